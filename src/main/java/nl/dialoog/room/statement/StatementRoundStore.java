package nl.dialoog.room.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code room_statement_round} table, and the round's counts from {@code room_statement_vote}. */
@Component
class StatementRoundStore {

    private static final String SELECT = "SELECT id, event_id, launched_at, closes_at, closed_at FROM room_statement_round";

    /** A round; {@code closesAt} its time limit (or null), {@code closedAt} null while it runs. */
    record Round(long id, long eventId, Instant launchedAt, Instant closesAt, Instant closedAt) {

        boolean running() {
            return closedAt == null;
        }
    }

    /** Votes cast or changed in a round, and by how many people. */
    record Tally(int votes, int voters) {
    }

    private final JdbcClient jdbc;

    StatementRoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a round; the unique {@code active_in} refuses a second running one in the room (an exception). */
    long launch(long eventId, long by, Instant at, Instant closesAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_statement_round (event_id, active_in, launched_by, launched_at, closes_at)
                        VALUES (:event, :event, :by, :at, :closes)""")
                .param("event", eventId)
                .param("by", by)
                .param("at", Times.utc(at))
                .param("closes", closesAt == null ? null : Times.utc(closesAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Round> running(long eventId) {
        return jdbc.sql(SELECT + " WHERE active_in = :event")
                .param("event", eventId)
                .query(StatementRoundStore::round)
                .optional();
    }

    Optional<Round> find(long eventId, long id) {
        return jdbc.sql(SELECT + " WHERE event_id = :event AND id = :id")
                .param("event", eventId)
                .param("id", id)
                .query(StatementRoundStore::round)
                .optional();
    }

    /** The round, its row locked until the transaction ends. */
    Optional<Round> lock(long eventId, long id) {
        return jdbc.sql(SELECT + " WHERE event_id = :event AND id = :id FOR UPDATE")
                .param("event", eventId)
                .param("id", id)
                .query(StatementRoundStore::round)
                .optional();
    }

    /** Ends a running round; false when it had already ended. */
    boolean close(long id, Instant at) {
        return jdbc.sql("""
                        UPDATE room_statement_round SET active_in = NULL, closed_at = :at
                        WHERE id = :id AND active_in IS NOT NULL""")
                .param("at", Times.utc(at))
                .param("id", id)
                .update() == 1;
    }

    /** Running rounds whose time ran out by {@code now}, in any room: round id to event id. */
    Map<Long, Long> due(Instant now) {
        Map<Long, Long> due = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, event_id FROM room_statement_round
                        WHERE active_in IS NOT NULL AND closes_at <= :now ORDER BY id""")
                .param("now", Times.utc(now))
                .query((ResultSet rs) -> {
                    due.put(rs.getLong(1), rs.getLong(2));
                });
        return due;
    }

    /** The votes on statements cast or changed while the round ran (up to now while it runs). */
    Tally tally(Round round, Instant now) {
        return jdbc.sql("""
                        SELECT COUNT(*), COUNT(DISTINCT participant_id) FROM room_statement_vote
                        WHERE event_id = :event AND voted_at >= :from AND voted_at <= :to""")
                .param("event", round.eventId())
                .param("from", Times.utc(round.launchedAt()))
                .param("to", Times.utc(round.running() ? now : round.closedAt()))
                .query((rs, n) -> new Tally(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    private static Round round(ResultSet rs, int row) throws SQLException {
        OffsetDateTime closes = rs.getObject(4, OffsetDateTime.class);
        OffsetDateTime closed = rs.getObject(5, OffsetDateTime.class);
        return new Round(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                closes == null ? null : closes.toInstant(), closed == null ? null : closed.toInstant());
    }
}
