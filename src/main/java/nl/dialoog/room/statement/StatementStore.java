package nl.dialoog.room.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dialoog.room.StatementVotes;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code room_statement} and {@code room_statement_vote} tables. */
@Component
class StatementStore {

    private static final String SELECT = """
            SELECT s.id, s.event_id, s.participant_id, p.display_name, s.body, s.status, s.seeded, s.created_at
            FROM room_statement s JOIN room_participant p ON p.id = s.participant_id
            """;

    /** Votes per statement, for staff. */
    record Counts(long statementId, int agree, int disagree, int pass) {
    }

    private final JdbcClient jdbc;

    StatementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long eventId, long participantId, String body, Statement.Status status, boolean seeded, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_statement (event_id, participant_id, body, status, seeded, created_at)
                        VALUES (:event, :participant, :body, :status, :seeded, :at)""")
                .param("event", eventId)
                .param("participant", participantId)
                .param("body", body)
                .param("status", status.name())
                .param("seeded", seeded)
                .param("at", Times.utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Statement> find(long eventId, long id) {
        return jdbc.sql(SELECT + " WHERE s.event_id = :event AND s.id = :id")
                .param("event", eventId)
                .param("id", id)
                .query(StatementStore::statement)
                .optional();
    }

    /** Accepted statements, and for staff the pending ones too, oldest first. */
    List<Statement> visible(long eventId, boolean staff) {
        return jdbc.sql(SELECT + " WHERE s.event_id = :event AND s.status IN (:statuses) ORDER BY s.id")
                .param("event", eventId)
                .param("statuses", staff ? List.of("ACCEPTED", "PENDING") : List.of("ACCEPTED"))
                .query(StatementStore::statement)
                .list();
    }

    /** Moves a statement from one status to another; false when someone else decided first. */
    boolean decide(long id, Statement.Status from, Statement.Status to, long by, Instant at) {
        return jdbc.sql("""
                        UPDATE room_statement SET status = :to, decided_by = :by, decided_at = :at
                        WHERE id = :id AND status = :from""")
                .param("to", to.name())
                .param("by", by)
                .param("at", Times.utc(at))
                .param("id", id)
                .param("from", from.name())
                .update() == 1;
    }

    boolean exists(long eventId, String body) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM room_statement
                        WHERE event_id = :event AND LOWER(body) = LOWER(:body) AND status <> 'REJECTED'""")
                .param("event", eventId)
                .param("body", body)
                .query(Integer.class)
                .single() > 0;
    }

    Optional<Instant> latestBy(long eventId, long participantId) {
        return jdbc.sql("""
                        SELECT MAX(created_at) FROM room_statement WHERE event_id = :event AND participant_id = :p""")
                .param("event", eventId)
                .param("p", participantId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    int pendingBy(long eventId, long participantId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM room_statement
                        WHERE event_id = :event AND participant_id = :p AND status = 'PENDING'""")
                .param("event", eventId)
                .param("p", participantId)
                .query(Integer.class)
                .single();
    }

    /**
     * Stores a participant's vote, replacing an earlier one. Portable across H2 and PostgreSQL without an upsert:
     * update; else insert unless a concurrent vote got in first (the primary key decides); then update that one.
     */
    void vote(long eventId, long statementId, long participantId, Vote vote, Instant at) {
        if (update(statementId, participantId, vote, at) == 1) {
            return;
        }
        int inserted = jdbc.sql("""
                        INSERT INTO room_statement_vote (statement_id, participant_id, event_id, vote, voted_at)
                        VALUES (:statement, :participant, :event, :vote, :at)
                        ON CONFLICT DO NOTHING""")
                .param("statement", statementId)
                .param("participant", participantId)
                .param("event", eventId)
                .param("vote", vote.name())
                .param("at", Times.utc(at))
                .update();
        if (inserted == 0) {
            update(statementId, participantId, vote, at);
        }
    }

    private int update(long statementId, long participantId, Vote vote, Instant at) {
        return jdbc.sql("""
                        UPDATE room_statement_vote SET vote = :vote, voted_at = :at
                        WHERE statement_id = :statement AND participant_id = :participant""")
                .param("vote", vote.name())
                .param("at", Times.utc(at))
                .param("statement", statementId)
                .param("participant", participantId)
                .update();
    }

    /** A participant's votes in a room, by statement id. */
    Map<Long, Vote> votesOf(long eventId, long participantId) {
        Map<Long, Vote> votes = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT statement_id, vote FROM room_statement_vote
                        WHERE event_id = :event AND participant_id = :p ORDER BY statement_id""")
                .param("event", eventId)
                .param("p", participantId)
                .query(rs -> {
                    votes.put(rs.getLong(1), Vote.valueOf(rs.getString(2)));
                });
        return votes;
    }

    List<Counts> counts(long eventId) {
        return jdbc.sql("""
                        SELECT statement_id,
                               SUM(CASE WHEN vote = 'AGREE' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN vote = 'DISAGREE' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN vote = 'PASS' THEN 1 ELSE 0 END)
                        FROM room_statement_vote WHERE event_id = :event
                        GROUP BY statement_id ORDER BY statement_id""")
                .param("event", eventId)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    int voters(long eventId) {
        return jdbc.sql("SELECT COUNT(DISTINCT participant_id) FROM room_statement_vote WHERE event_id = :event")
                .param("event", eventId)
                .query(Integer.class)
                .single();
    }

    /** The accepted statements' ids and texts, oldest first. */
    List<StatementVotes.Statement> acceptedTexts(long eventId) {
        return jdbc.sql("SELECT id, body FROM room_statement WHERE event_id = :event AND status = 'ACCEPTED' ORDER BY id")
                .param("event", eventId)
                .query((rs, n) -> new StatementVotes.Statement(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Every current vote on an accepted statement, as 1 / -1 / 0. */
    List<StatementVotes.Vote> currentVotes(long eventId) {
        return jdbc.sql("""
                        SELECT v.participant_id, v.statement_id, v.vote FROM room_statement_vote v
                        JOIN room_statement s ON s.id = v.statement_id
                        WHERE v.event_id = :event AND s.status = 'ACCEPTED'
                        ORDER BY v.participant_id, v.statement_id""")
                .param("event", eventId)
                .query((rs, n) -> new StatementVotes.Vote(rs.getLong(1), rs.getLong(2),
                        Vote.valueOf(rs.getString(3)).sign()))
                .list();
    }

    /** The rooms with a vote cast or changed at or after {@code since} (on the index of {@code voted_at}). */
    List<Long> roomsVotedSince(Instant since) {
        return jdbc.sql("SELECT DISTINCT event_id FROM room_statement_vote WHERE voted_at >= :since ORDER BY event_id")
                .param("since", Times.utc(since))
                .query(Long.class)
                .list();
    }

    private static Statement statement(ResultSet rs, int row) throws SQLException {
        return new Statement(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                Statement.Status.valueOf(rs.getString(6)), rs.getBoolean(7),
                rs.getObject(8, OffsetDateTime.class).toInstant());
    }
}
