package nl.dialoog.registration.internal;

import static nl.dialoog.registration.internal.OptionsStore.instant;
import static nl.dialoog.shared.Times.utc;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dialoog.event.EventId;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for registrations and their personal tokens. */
@Repository
public class RegistrationStore {

    private static final TypeReference<Map<Long, List<String>>> ANSWERS = new TypeReference<>() {
    };

    static final String COLUMNS = """
            r.id, r.event_id, r.name, r.email, r.language, r.time_zone, r.status, r.answers, r.consent_version,
            r.consented_at, r.created_at""";

    /** A new registration's row; consentText is the exact privacy text shown. */
    public record Row(long eventId, String name, String email, String language, String zone, RegistrationStatus status,
               Map<Long, List<String>> answers, int consentVersion, String consentLanguage, String consentText,
               Long inviteId) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<RegistrationView> view;
    private final AnswerIndex index;

    RegistrationStore(JdbcClient jdbc, JsonMapper json, AnswerIndex index) {
        this.jdbc = jdbc;
        this.json = json;
        this.index = index;
        this.view = (rs, n) -> new RegistrationView(new RegistrationId(rs.getLong(1)), new EventId(rs.getLong(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), ZoneId.of(rs.getString(6)),
                RegistrationStatus.valueOf(rs.getString(7)), json.readValue(rs.getString(8), ANSWERS),
                rs.getInt(9), instant(rs, 10), instant(rs, 11));
    }

    RowMapper<RegistrationView> views() {
        return view;
    }

    public long insert(Row row, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO registration (event_id, name, email, active_email, language, time_zone, status,
                            answers, consent_version, consent_language, consent_text, consented_at, invite_id,
                            queued_at, created_at, updated_at, confirmed_at)
                        VALUES (:event, :name, :email, :key, :language, :zone, :status, :answers, :version,
                            :consentLanguage, :consentText, :now, :invite, :queued, :now, :now, :confirmed)""")
                .param("event", row.eventId()).param("name", row.name()).param("email", row.email())
                .param("key", emailKey(row.email())).param("language", row.language()).param("zone", row.zone())
                .param("status", row.status().name()).param("answers", json.writeValueAsString(row.answers()))
                .param("version", row.consentVersion()).param("consentLanguage", row.consentLanguage())
                .param("consentText", row.consentText()).param("invite", row.inviteId())
                .param("queued", row.status() == RegistrationStatus.WAITLISTED ? utc(now) : null)
                .param("confirmed", row.status() == RegistrationStatus.CONFIRMED ? utc(now) : null)
                .param("now", utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        index.add(id, row.answers());
        return id;
    }

    /** Counts one more place taken; the caller inserted a confirmed registration (see {@link #confirmedCount}). */
    public void countPlace(long eventId) {
        jdbc.sql("UPDATE registration_options SET confirmed_count = confirmed_count + 1 WHERE event_id = :event")
                .param("event", eventId).update();
    }

    public Optional<RegistrationView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registration r WHERE r.id = :id").param("id", id)
                .query(view).optional();
    }

    /** The registration a token belongs to, if the token is of that kind and not revoked. */
    public Optional<RegistrationView> findByToken(String tokenHash, Tokens.Kind kind) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM registration r JOIN registration_token t ON t.registration_id = r.id
                        WHERE t.token_hash = :hash AND t.kind = :kind""")
                .param("hash", tokenHash).param("kind", kind.name()).query(view).optional();
    }

    public Optional<RegistrationView> findActive(long eventId, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registration r WHERE r.event_id = :event AND r.active_email = :key")
                .param("event", eventId).param("key", emailKey(email)).query(view).optional();
    }

    public List<RegistrationView> ofEvent(long eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registration r WHERE r.event_id = :event ORDER BY r.id")
                .param("event", eventId).query(view).list();
    }

    /** The places taken: the count kept on the options row (see {@link #countPlace}, {@link #setStatus}). */
    public int confirmedCount(long eventId) {
        return jdbc.sql("SELECT confirmed_count FROM registration_options WHERE event_id = :event")
                .param("event", eventId).query(Integer.class).optional().orElse(0);
    }

    public Map<RegistrationStatus, Integer> counts(long eventId) {
        Map<RegistrationStatus, Integer> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("SELECT status, COUNT(*) FROM registration WHERE event_id = :event GROUP BY status")
                .param("event", eventId)
                .query((rs, n) -> counts.put(RegistrationStatus.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    /** The longest-waiting person on the event's waiting list. */
    Optional<Long> firstWaiting(long eventId) {
        return jdbc.sql("""
                        SELECT id FROM registration WHERE event_id = :event AND status = 'WAITLISTED'
                        ORDER BY queued_at, id FETCH FIRST 1 ROWS ONLY""")
                .param("event", eventId).query(Long.class).optional();
    }

    /** Changes the status; the event's count of places taken follows when the registration gains or loses one. */
    public void setStatus(long id, RegistrationStatus status, Instant now) {
        jdbc.sql("""
                        UPDATE registration_options SET confirmed_count = confirmed_count + :gained
                            - (SELECT COUNT(*) FROM registration WHERE id = :id AND status = 'CONFIRMED')
                        WHERE event_id = (SELECT event_id FROM registration WHERE id = :id)""")
                .param("gained", status == RegistrationStatus.CONFIRMED ? 1 : 0).param("id", id).update();
        jdbc.sql("""
                        UPDATE registration SET status = :status, updated_at = :now,
                            active_email = CASE WHEN :active THEN active_email ELSE NULL END,
                            queued_at = CASE WHEN :waiting THEN :now ELSE queued_at END,
                            confirmed_at = CASE WHEN :confirmed THEN COALESCE(confirmed_at, :now) ELSE confirmed_at END
                        WHERE id = :id""")
                .param("status", status.name()).param("now", utc(now)).param("active", status.isActive())
                .param("confirmed", status == RegistrationStatus.CONFIRMED)
                .param("waiting", status == RegistrationStatus.WAITLISTED).param("id", id).update();
    }

    /** An unverified registration made before {@code cutoff}: its id and event. */
    public record Stale(long id, long eventId) {
    }

    public List<Stale> unverifiedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        SELECT id, event_id FROM registration WHERE status = 'UNVERIFIED' AND created_at < :cutoff
                        ORDER BY created_at, id LIMIT :limit""")
                .param("cutoff", utc(cutoff)).param("limit", limit)
                .query((rs, n) -> new Stale(rs.getLong(1), rs.getLong(2))).list();
    }

    /** Expires a registration that is still unverified; false when it no longer is (verified, or another node won). */
    public boolean expire(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE registration SET status = 'EXPIRED', active_email = NULL, updated_at = :now
                        WHERE id = :id AND status = 'UNVERIFIED'""")
                .param("now", utc(now)).param("id", id).update() == 1;
    }

    public void updateDetails(long id, String language, String zone, Map<Long, List<String>> answers, Instant now) {
        jdbc.sql("""
                        UPDATE registration SET language = :language, time_zone = :zone, answers = :answers,
                            updated_at = :now WHERE id = :id""")
                .param("language", language).param("zone", zone).param("answers", json.writeValueAsString(answers))
                .param("now", utc(now)).param("id", id).update();
        index.write(id, answers);
    }

    void addToken(long registrationId, String hash, Tokens.Kind kind, Instant now) {
        jdbc.sql("""
                        INSERT INTO registration_token (token_hash, registration_id, kind, created_at)
                        VALUES (:hash, :registration, :kind, :now)""")
                .param("hash", hash).param("registration", registrationId).param("kind", kind.name())
                .param("now", utc(now)).update();
    }

    /** Stores a token's hash unless it is stored already (the same link shown in a second mail). */
    void keepToken(long registrationId, String hash, Tokens.Kind kind, Instant now) {
        jdbc.sql("""
                        INSERT INTO registration_token (token_hash, registration_id, kind, created_at)
                        VALUES (:hash, :registration, :kind, :now) ON CONFLICT DO NOTHING""")
                .param("hash", hash).param("registration", registrationId).param("kind", kind.name())
                .param("now", utc(now)).update();
    }

    int linkGeneration(long registrationId) {
        return jdbc.sql("SELECT link_generation FROM registration WHERE id = :id").param("id", registrationId)
                .query(Integer.class).optional().orElse(0);
    }

    private void nextLinkGeneration(long registrationId) {
        jdbc.sql("UPDATE registration SET link_generation = link_generation + 1 WHERE id = :id")
                .param("id", registrationId).update();
    }

    /** Ends every personal link of the registration: a link shown after this is a new one (a new generation). */
    public void revokeTokens(long registrationId) {
        jdbc.sql("DELETE FROM registration_token WHERE registration_id = :registration")
                .param("registration", registrationId).update();
        nextLinkGeneration(registrationId);
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
