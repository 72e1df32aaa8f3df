package nl.dialoog.room.qa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code room_question} and {@code room_question_vote} tables. */
@Component
class QuestionStore {

    private static final String SELECT = """
            SELECT q.id, q.event_id, q.participant_id, p.display_name, p.role, p.organisation, p.country,
                   p.show_card, q.body, q.anonymous, q.state, q.answered_live, q.pinned_in IS NOT NULL,
                   q.created_at, q.deleted_at IS NOT NULL,
                   (SELECT COUNT(*) FROM room_question_vote v WHERE v.question_id = q.id)
            FROM room_question q JOIN room_participant p ON p.id = q.participant_id
            """;

    private final JdbcClient jdbc;

    QuestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long eventId, long participantId, String body, boolean anonymous, QuestionState state, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_question (event_id, participant_id, body, anonymous, state, created_at)
                        VALUES (:event, :participant, :body, :anonymous, :state, :at)""")
                .param("event", eventId)
                .param("participant", participantId)
                .param("body", body)
                .param("anonymous", anonymous)
                .param("state", state.name())
                .param("at", Times.utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Question> find(long eventId, long id) {
        return jdbc.sql(SELECT + " WHERE q.event_id = :event AND q.id = :id")
                .param("event", eventId)
                .param("id", id)
                .query(QuestionStore::question)
                .optional();
    }

    /**
     * Locks the question's row for the rest of the transaction, then reads it: changes to one question (its votes
     * above all) happen one after the other, so each counts what the one before committed.
     */
    Optional<Question> lock(long eventId, long id) {
        boolean exists = jdbc.sql("SELECT id FROM room_question WHERE event_id = :event AND id = :id FOR UPDATE")
                .param("event", eventId)
                .param("id", id)
                .query(Long.class)
                .optional()
                .isPresent();
        return exists ? find(eventId, id) : Optional.empty();
    }

    /** Every question still listed (not deleted, not merged away), oldest first. */
    List<Question> listed(long eventId) {
        return jdbc.sql(SELECT + """
                         WHERE q.event_id = :event AND q.deleted_at IS NULL AND q.state <> 'MERGED' ORDER BY q.id""")
                .param("event", eventId)
                .query(QuestionStore::question)
                .list();
    }

    /** The author's questions (deleted ones too), newest first, for the rate and repeat checks. */
    List<Question> byAuthor(long eventId, long participantId) {
        return jdbc.sql(SELECT + """
                         WHERE q.event_id = :event AND q.participant_id = :participant ORDER BY q.id DESC""")
                .param("event", eventId)
                .param("participant", participantId)
                .query(QuestionStore::question)
                .list();
    }

    /** Adds an upvote; false when the person had already upvoted (the key keeps it to one). */
    boolean upvote(long questionId, long participantId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO room_question_vote (question_id, participant_id, created_at)
                        VALUES (:question, :participant, :at) ON CONFLICT DO NOTHING""")
                .param("question", questionId)
                .param("participant", participantId)
                .param("at", Times.utc(at))
                .update() == 1;
    }

    /** Takes an upvote back; false when there was none. */
    boolean withdraw(long questionId, long participantId) {
        return jdbc.sql("DELETE FROM room_question_vote WHERE question_id = :question AND participant_id = :participant")
                .param("question", questionId)
                .param("participant", participantId)
                .update() == 1;
    }

    int votes(long questionId) {
        return jdbc.sql("SELECT COUNT(*) FROM room_question_vote WHERE question_id = :question")
                .param("question", questionId)
                .query(Long.class)
                .single()
                .intValue();
    }

    /** The questions of the room the person upvoted. */
    List<Long> upvotedBy(long eventId, long participantId) {
        return jdbc.sql("""
                        SELECT v.question_id FROM room_question_vote v JOIN room_question q ON q.id = v.question_id
                        WHERE q.event_id = :event AND v.participant_id = :participant ORDER BY v.question_id""")
                .param("event", eventId)
                .param("participant", participantId)
                .query(Long.class)
                .list();
    }

    void setState(long id, QuestionState state, boolean answeredLive) {
        jdbc.sql("UPDATE room_question SET state = :state, answered_live = :live WHERE id = :id")
                .param("state", state.name())
                .param("live", answeredLive)
                .param("id", id)
                .update();
    }

    /**
     * Merges {@code source} into {@code target}: its upvotes move over (someone who upvoted both counts once), and
     * it leaves the list. Both rows must be locked by the caller.
     */
    void merge(long source, long target) {
        jdbc.sql("""
                        INSERT INTO room_question_vote (question_id, participant_id, created_at)
                        SELECT :target, v.participant_id, v.created_at FROM room_question_vote v
                        WHERE v.question_id = :source AND NOT EXISTS (
                            SELECT 1 FROM room_question_vote t
                            WHERE t.question_id = :target AND t.participant_id = v.participant_id)""")
                .param("source", source)
                .param("target", target)
                .update();
        jdbc.sql("DELETE FROM room_question_vote WHERE question_id = :source").param("source", source).update();
        jdbc.sql("UPDATE room_question SET state = 'MERGED', merged_into = :target, pinned_in = NULL WHERE id = :source")
                .param("source", source)
                .param("target", target)
                .update();
    }

    /** What was merged into each question of the room: question id to the merged questions' ids and texts. */
    Map<Long, List<Merged>> merged(long eventId) {
        record Row(long target, Merged merged) {
        }
        return jdbc.sql("""
                        SELECT merged_into, id, body FROM room_question
                        WHERE event_id = :event AND merged_into IS NOT NULL AND deleted_at IS NULL ORDER BY id""")
                .param("event", eventId)
                .query((rs, n) -> new Row(rs.getLong(1), new Merged(rs.getLong(2), rs.getString(3))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::target, LinkedHashMap::new,
                        Collectors.mapping(Row::merged, Collectors.toList())));
    }

    List<Merged> mergedInto(long target) {
        return jdbc.sql("""
                        SELECT id, body FROM room_question
                        WHERE merged_into = :target AND deleted_at IS NULL ORDER BY id""")
                .param("target", target)
                .query((rs, n) -> new Merged(rs.getLong(1), rs.getString(2)))
                .list();
    }

    Optional<Long> pinned(long eventId) {
        return jdbc.sql("SELECT id FROM room_question WHERE pinned_in = :event")
                .param("event", eventId)
                .query(Long.class)
                .optional();
    }

    void unpin(long eventId) {
        jdbc.sql("UPDATE room_question SET pinned_in = NULL WHERE pinned_in = :event").param("event", eventId).update();
    }

    /** Pins a question; the unique key on {@code pinned_in} refuses a second pin in the room. */
    void pin(long eventId, long id) {
        jdbc.sql("UPDATE room_question SET pinned_in = :event WHERE id = :id AND event_id = :event")
                .param("event", eventId)
                .param("id", id)
                .update();
    }

    void delete(long id, Instant at) {
        jdbc.sql("UPDATE room_question SET deleted_at = :at, pinned_in = NULL WHERE id = :id")
                .param("at", Times.utc(at))
                .param("id", id)
                .update();
    }

    /** A question merged into another, as the other shows it. */
    record Merged(long id, String text) {
    }

    private static Question question(ResultSet rs, int row) throws SQLException {
        return new Question(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getBoolean(10),
                QuestionState.valueOf(rs.getString(11)), rs.getBoolean(12), rs.getBoolean(13),
                rs.getObject(14, OffsetDateTime.class).toInstant(), rs.getBoolean(15), rs.getInt(16));
    }
}
