package nl.dialoog.registration.broadcast;

import static nl.dialoog.registration.internal.OptionsStore.instant;
import static nl.dialoog.shared.Times.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.internal.OptionsStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for broadcasts and the registrations they go to. */
@Repository
class BroadcastStore {

    /** A broadcast row; progress counts from the outbox are added by {@link Broadcasts}. */
    record Row(long id, long eventId, String subject, String body, RegistrationStatus status, String language,
               int recipients, int queued, long lastRegistrationId, Instant createdAt, Instant finishedAt,
               String kind) {

        boolean isResults() {
            return RESULTS.equals(kind);
        }
    }

    /** The kind of a follow-up with the results; the organisers' own messages are "message". */
    static final String RESULTS = "results";

    /** Who "everyone" is: registrations that hold or wait for a place, not unverified, cancelled or rejected. */
    private static final String AUDIENCE = """
             FROM registration WHERE event_id = :event
              AND status IN ('CONFIRMED', 'WAITLISTED', 'AWAITING_APPROVAL')
              AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
              AND (CAST(:language AS VARCHAR(12)) IS NULL OR language = :language)""";

    private static final String COLUMNS = """
            id, event_id, subject, body, status_filter, language_filter, recipients, queued, last_registration_id,
            created_at, finished_at, kind""";

    private final JdbcClient jdbc;

    BroadcastStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int audience(long eventId, RegistrationStatus status, String language) {
        return jdbc.sql("SELECT COUNT(*) " + AUDIENCE).param("event", eventId)
                .param("status", status == null ? null : status.name()).param("language", language)
                .query(Integer.class).single();
    }

    /** The next registrations of the audience after {@code afterId}, in id order. */
    List<Long> next(long eventId, RegistrationStatus status, String language, long afterId, int limit) {
        return jdbc.sql("SELECT id " + AUDIENCE + " AND id > :after ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")
                .param("event", eventId).param("status", status == null ? null : status.name())
                .param("language", language).param("after", afterId).query(Long.class).list();
    }

    long insert(long eventId, NewBroadcast broadcast, int recipients, String by, Instant now) {
        return insert(eventId, broadcast, "message", recipients, by, now);
    }

    long insert(long eventId, NewBroadcast broadcast, String kind, int recipients, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO registration_broadcast (event_id, subject, body, status_filter, language_filter,
                            recipients, queued, last_registration_id, created_by, created_at, kind)
                        VALUES (:event, :subject, :body, :status, :language, :recipients, 0, 0, :by, :now, :kind)""")
                .param("kind", kind)
                .param("event", eventId).param("subject", broadcast.subject()).param("body", broadcast.body())
                .param("status", broadcast.status() == null ? null : broadcast.status().name())
                .param("language", broadcast.language()).param("recipients", recipients).param("by", by)
                .param("now", utc(now)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void insertTranslations(long id, java.util.Map<String, MessageText> translations) {
        translations.forEach((language, text) -> jdbc.sql("""
                        INSERT INTO registration_broadcast_text (broadcast_id, language, subject, body)
                        VALUES (:id, :language, :subject, :body)""")
                .param("id", id).param("language", language).param("subject", text.subject())
                .param("body", text.body()).update());
    }

    /** A broadcast's text in its other languages, by language. */
    java.util.Map<String, MessageText> translations(long id) {
        java.util.Map<String, MessageText> texts = new java.util.HashMap<>();
        jdbc.sql("SELECT language, subject, body FROM registration_broadcast_text WHERE broadcast_id = :id")
                .param("id", id).query(rs -> {
                    texts.put(rs.getString("language"), new MessageText(rs.getString("subject"), rs.getString("body")));
                });
        return texts;
    }

    List<Row> ofEvent(long eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registration_broadcast WHERE event_id = :event ORDER BY id DESC")
                .param("event", eventId).query(this::row).list();
    }

    List<Long> unfinished() {
        return jdbc.sql("SELECT id FROM registration_broadcast WHERE finished_at IS NULL ORDER BY id")
                .query(Long.class).list();
    }

    /** The row, locked until the transaction ends: one node at a time works on a broadcast. */
    Optional<Row> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registration_broadcast WHERE id = :id FOR UPDATE")
                .param("id", id).query(this::row).optional();
    }

    void advance(long id, long lastRegistrationId, int queued, Instant finishedAt) {
        jdbc.sql("""
                        UPDATE registration_broadcast SET last_registration_id = :last, queued = :queued,
                            finished_at = :finished WHERE id = :id""")
                .param("last", lastRegistrationId).param("queued", queued).param("finished", utc(finishedAt))
                .param("id", id).update();
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String status = rs.getString("status_filter");
        return new Row(rs.getLong("id"), rs.getLong("event_id"), rs.getString("subject"), rs.getString("body"),
                status == null ? null : RegistrationStatus.valueOf(status), rs.getString("language_filter"),
                rs.getInt("recipients"), rs.getInt("queued"), rs.getLong("last_registration_id"),
                instant(rs, 10), instant(rs, 11), rs.getString("kind"));
    }
}
