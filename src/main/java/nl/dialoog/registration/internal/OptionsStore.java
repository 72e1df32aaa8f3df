package nl.dialoog.registration.internal;

import static nl.dialoog.shared.Times.utc;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationOptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for an event's registration options, questions and invite codes. */
@Repository
public class OptionsStore {

    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> OPTION_LIST = new TypeReference<>() {
    };

    /** An invite code as the organiser sees it; a bound code works only for its invitee's address. */
    public record Invite(long id, String code, String email, String name, Long usedBy, boolean bound) {

        /** Whether someone registering with this address may use the code. */
        boolean admits(String address) {
            return !bound || email != null && RegistrationStore.emailKey(email).equals(RegistrationStore.emailKey(address));
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DataSource dataSource;
    private volatile String lockClause;

    OptionsStore(JdbcClient jdbc, JsonMapper json, DataSource dataSource) {
        this.jdbc = jdbc;
        this.json = json;
        this.dataSource = dataSource;
    }

    /** Makes sure the event has an options row (the row admissions lock); harmless when it exists. */
    void ensure(long eventId, Instant now) {
        jdbc.sql("""
                        INSERT INTO registration_options (event_id, requires_approval, invite_only, verify_email,
                            privacy_text, privacy_version, updated_at)
                        VALUES (:event, FALSE, FALSE, FALSE, '{}', 0, :now) ON CONFLICT DO NOTHING""")
                .param("event", eventId).param("now", utc(now)).update();
    }

    /**
     * Locks the event's options row until the transaction ends: every admission (new registration, verification,
     * approval, promotion) takes this lock first, so counting places and taking one happen one at a time per event.
     * False when the event has no options row yet.
     */
    Optional<Stamp> lock(long eventId) {
        return jdbc.sql("SELECT version, confirmed_count FROM registration_options WHERE event_id = :event "
                        + lockClause())
                .param("event", eventId).query(Stamp.MAPPER).optional();
    }

    /**
     * PostgreSQL's FOR NO KEY UPDATE: it excludes every other admission as FOR UPDATE would, but not the key-share
     * lock that inserting a registration (whose event_id refers to this row) takes — so a registration written
     * before the lock is taken ({@link Intake}) does not deadlock with one that holds it. H2 knows only FOR UPDATE
     * and takes no such key-share lock.
     */
    private String lockClause() {
        if (lockClause == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(dataSource,
                        DatabaseMetaData::getDatabaseProductName);
                lockClause = "PostgreSQL".equals(product) ? "FOR NO KEY UPDATE" : "FOR UPDATE";
            } catch (MetaDataAccessException unknown) {
                throw new IllegalStateException("cannot tell which database this is", unknown);
            }
        }
        return lockClause;
    }

    /** What {@link #settle} checks about the places. */
    enum Places {
        /** A place is free: take it. */
        TAKE_ONE,
        /** Every place is taken. */
        NONE_FREE,
        /** Nothing about places. */
        ANY
    }

    /**
     * Locks the options row as {@link #lock} does (until the transaction ends) if the options are still of
     * {@code version} and the places are as {@code places} says, taking a place for TAKE_ONE; false (nothing
     * changed) if not. One statement.
     */
    boolean settle(long eventId, long version, Places places) {
        if (places == Places.TAKE_ONE) {
            return jdbc.sql("""
                            UPDATE registration_options SET confirmed_count = confirmed_count + 1
                            WHERE event_id = :event AND version = :version
                                AND (capacity IS NULL OR confirmed_count < capacity)""")
                    .param("event", eventId).param("version", version).update() == 1;
        }
        // only locked, not updated: a new version of this row for every registration would slow every read of it
        return jdbc.sql("SELECT event_id FROM registration_options WHERE event_id = :event AND version = :version"
                        + (places == Places.NONE_FREE ? " AND confirmed_count >= capacity " : " ") + lockClause())
                .param("event", eventId).param("version", version).query(Long.class).optional().isPresent();
    }

    /** The same without the lock; empty when the event has no options row yet. */
    public Optional<Stamp> stamp(long eventId) {
        return jdbc.sql("SELECT version, confirmed_count FROM registration_options WHERE event_id = :event")
                .param("event", eventId).query(Stamp.MAPPER).optional();
    }

    /**
     * The options row's version, raised by every change to the options or questions (see {@link RecentOptions}),
     * and the places taken.
     */
    public record Stamp(long version, int confirmed) {

        /** An event without an options row: the defaults, no place taken. */
        public static final Stamp NONE = new Stamp(-1, 0);

        private static final org.springframework.jdbc.core.RowMapper<Stamp> MAPPER =
                (rs, n) -> new Stamp(rs.getLong(1), rs.getInt(2));
    }

    public Optional<RegistrationOptions> find(long eventId) {
        return jdbc.sql("""
                        SELECT capacity, opens_at, closes_at, requires_approval, invite_only, verify_email,
                            privacy_text, privacy_version FROM registration_options WHERE event_id = :event""")
                .param("event", eventId)
                .query((rs, n) -> new RegistrationOptions((Integer) rs.getObject(1, Integer.class),
                        instant(rs, 2), instant(rs, 3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6),
                        text(rs.getString(7)), rs.getInt(8), questions(eventId)))
                .optional();
    }

    public void update(long eventId, RegistrationOptions options, Instant now) {
        jdbc.sql("""
                        UPDATE registration_options SET capacity = :capacity, opens_at = :opens, closes_at = :closes,
                            requires_approval = :approval, invite_only = :invite, verify_email = :verify,
                            privacy_text = :privacy, privacy_version = :version, updated_at = :now,
                            version = version + 1
                        WHERE event_id = :event""")
                .param("capacity", options.capacity())
                .param("opens", utc(options.opensAt())).param("closes", utc(options.closesAt()))
                .param("approval", options.requiresApproval()).param("invite", options.inviteOnly())
                .param("verify", options.verifyEmail())
                .param("privacy", json.writeValueAsString(options.privacyText().values()))
                .param("version", options.privacyVersion()).param("now", utc(now)).param("event", eventId)
                .update();
    }

    public List<Question> questions(long eventId) {
        return jdbc.sql("""
                        SELECT id, position, kind, required, label, options FROM registration_question
                        WHERE event_id = :event ORDER BY position, id""")
                .param("event", eventId)
                .query((rs, n) -> new Question(rs.getLong(1), rs.getInt(2), QuestionKind.valueOf(rs.getString(3)),
                        rs.getBoolean(4), text(rs.getString(5)), options(rs.getString(6))))
                .list();
    }

    public long addQuestion(long eventId, QuestionKind kind, boolean required, LocalizedText label,
                     List<Question.Option> options) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM registration_question WHERE event_id = :e")
                .param("e", eventId).query(Integer.class).single();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO registration_question (event_id, position, kind, required, label, options)
                        VALUES (:event, :position, :kind, :required, :label, :options)""")
                .param("event", eventId).param("position", position).param("kind", kind.name())
                .param("required", required).param("label", json.writeValueAsString(label.values()))
                .param("options", storedOptions(options))
                .update(keys, "id");
        touch(eventId);
        return keys.getKeyAs(Long.class);
    }

    /** Changes a question's label, required flag and options; its kind and place stay. */
    public boolean updateQuestion(long eventId, long questionId, boolean required, LocalizedText label,
                                  List<Question.Option> options) {
        boolean changed = jdbc.sql("""
                        UPDATE registration_question SET required = :required, label = :label, options = :options
                        WHERE event_id = :event AND id = :id""")
                .param("required", required).param("label", json.writeValueAsString(label.values()))
                .param("options", storedOptions(options)).param("event", eventId).param("id", questionId)
                .update() == 1;
        if (changed) {
            touch(eventId);
        }
        return changed;
    }

    /**
     * Swaps a question with its neighbour ({@code by} -1: up, 1: down) and numbers the event's questions again
     * from 1; nothing changes at either end.
     */
    public void moveQuestion(long eventId, long questionId, int by) {
        List<Long> ids = new ArrayList<>(jdbc.sql("""
                        SELECT id FROM registration_question WHERE event_id = :event ORDER BY position, id""")
                .param("event", eventId).query(Long.class).list());
        int at = ids.indexOf(questionId);
        int to = at + by;
        if (at < 0 || to < 0 || to >= ids.size()) {
            return;
        }
        ids.set(at, ids.get(to));
        ids.set(to, questionId);
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("UPDATE registration_question SET position = :position WHERE id = :id")
                    .param("position", i + 1).param("id", ids.get(i)).update();
        }
        touch(eventId);
    }

    private String storedOptions(List<Question.Option> options) {
        List<Map<String, Object>> stored = new ArrayList<>();
        options.forEach(option -> stored.add(Map.of("key", option.key(), "label", option.label().values())));
        return json.writeValueAsString(stored);
    }

    public boolean removeQuestion(long eventId, long questionId) {
        boolean removed = jdbc.sql("DELETE FROM registration_question WHERE event_id = :event AND id = :id")
                .param("event", eventId).param("id", questionId).update() == 1;
        if (removed) {
            touch(eventId);
        }
        return removed;
    }

    /** Changed questions are a new version of the options. */
    private void touch(long eventId) {
        jdbc.sql("UPDATE registration_options SET version = version + 1 WHERE event_id = :event")
                .param("event", eventId).update();
    }

    public void addInvite(long eventId, String code, String email, String name, Instant now) {
        jdbc.sql("""
                        INSERT INTO registration_invite (event_id, code, email, name, bound, created_at)
                        VALUES (:event, :code, :email, :name, :bound, :now)""")
                .param("event", eventId).param("code", code).param("email", email).param("name", name)
                .param("bound", email != null)
                .param("now", utc(now)).update();
    }

    public List<Invite> invites(long eventId) {
        return jdbc.sql("""
                        SELECT id, code, email, name, used_by, bound FROM registration_invite WHERE event_id = :event
                        ORDER BY id""")
                .param("event", eventId)
                .query((rs, n) -> new Invite(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getBoolean(6)))
                .list();
    }

    /** An unused invite code of the event, if the code is one. */
    Optional<Invite> unusedInvite(long eventId, String code) {
        return invites(eventId, code).filter(invite -> invite.usedBy() == null);
    }

    private Optional<Invite> invites(long eventId, String code) {
        return jdbc.sql("""
                        SELECT id, code, email, name, used_by, bound FROM registration_invite
                        WHERE event_id = :event AND code = :code""")
                .param("event", eventId).param("code", code)
                .query((rs, n) -> new Invite(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getBoolean(6)))
                .optional();
    }

    void useInvite(long inviteId, long registrationId) {
        jdbc.sql("UPDATE registration_invite SET used_by = :registration WHERE id = :id")
                .param("registration", registrationId).param("id", inviteId).update();
    }

    /** Frees the code again, so a cancelled invitee can come back with it. */
    public void releaseInvite(long registrationId) {
        jdbc.sql("UPDATE registration_invite SET used_by = NULL WHERE used_by = :registration")
                .param("registration", registrationId).update();
    }

    private LocalizedText text(String value) {
        return new LocalizedText(json.readValue(value, TEXT_MAP));
    }

    @SuppressWarnings("unchecked")
    private List<Question.Option> options(String value) {
        return json.readValue(value, OPTION_LIST).stream()
                .map(option -> new Question.Option((String) option.get("key"),
                        new LocalizedText((Map<String, String>) option.get("label"))))
                .toList();
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
