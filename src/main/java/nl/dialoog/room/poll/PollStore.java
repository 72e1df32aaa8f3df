package nl.dialoog.room.poll;

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

/** The {@code room_poll}, {@code room_poll_option}, {@code room_poll_ballot} and {@code room_poll_choice} tables. */
@Component
class PollStore {

    private static final String SELECT = """
            SELECT id, event_id, question, multiple, state, revealed, ballots, launched_at, closed_at,
                   deleted_at IS NOT NULL, closes_at
            FROM room_poll
            """;

    private final JdbcClient jdbc;

    PollStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long eventId, PollDraft draft, long createdBy, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_poll (event_id, question, multiple, state, created_by, created_at)
                        VALUES (:event, :question, :multiple, 'DRAFT', :by, :at)""")
                .param("event", eventId)
                .param("question", draft.question())
                .param("multiple", draft.multiple())
                .param("by", createdBy)
                .param("at", Times.utc(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertOptions(id, draft.options());
        return id;
    }

    private void insertOptions(long pollId, List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("INSERT INTO room_poll_option (poll_id, position, label) VALUES (:poll, :position, :label)")
                    .param("poll", pollId)
                    .param("position", i)
                    .param("label", options.get(i))
                    .update();
        }
    }

    Optional<Poll> find(long eventId, long id) {
        return jdbc.sql(SELECT + " WHERE event_id = :event AND id = :id")
                .param("event", eventId)
                .param("id", id)
                .query(PollStore::poll)
                .optional()
                .map(poll -> poll.withOptions(options(List.of(poll.id())).getOrDefault(poll.id(), List.of())));
    }

    /** Locks the poll's row for the rest of the transaction, then reads it. */
    Optional<Poll> lock(long eventId, long id) {
        boolean exists = jdbc.sql("SELECT id FROM room_poll WHERE event_id = :event AND id = :id FOR UPDATE")
                .param("event", eventId)
                .param("id", id)
                .query(Long.class)
                .optional()
                .isPresent();
        return exists ? find(eventId, id) : Optional.empty();
    }

    /** The room's polls that are not deleted, oldest first. */
    List<Poll> all(long eventId) {
        List<Poll> polls = jdbc.sql(SELECT + " WHERE event_id = :event AND deleted_at IS NULL ORDER BY id")
                .param("event", eventId)
                .query(PollStore::poll)
                .list();
        Map<Long, List<Poll.Option>> options = options(polls.stream().map(Poll::id).toList());
        return polls.stream().map(poll -> poll.withOptions(options.getOrDefault(poll.id(), List.of()))).toList();
    }

    private Map<Long, List<Poll.Option>> options(List<Long> pollIds) {
        if (pollIds.isEmpty()) {
            return Map.of();
        }
        record Row(long poll, Poll.Option option) {
        }
        return jdbc.sql("""
                        SELECT poll_id, id, label FROM room_poll_option WHERE poll_id IN (:polls)
                        ORDER BY poll_id, position""")
                .param("polls", pollIds)
                .query((rs, n) -> new Row(rs.getLong(1), new Poll.Option(rs.getLong(2), rs.getString(3))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::poll, LinkedHashMap::new,
                        Collectors.mapping(Row::option, Collectors.toList())));
    }

    Optional<Long> active(long eventId) {
        return jdbc.sql("SELECT id FROM room_poll WHERE active_in = :event")
                .param("event", eventId)
                .query(Long.class)
                .optional();
    }

    /**
     * Opens a draft for votes, until {@code closesAt} when given; the unique key on {@code active_in} refuses a
     * second active poll in the room.
     */
    void launch(long id, long eventId, Instant at, Instant closesAt) {
        jdbc.sql("""
                        UPDATE room_poll SET state = 'ACTIVE', active_in = :event, launched_at = :at,
                                             closes_at = :closes
                        WHERE id = :id AND state = 'DRAFT'""")
                .param("event", eventId)
                .param("at", Times.utc(at))
                .param("closes", Times.utc(closesAt))
                .param("id", id)
                .update();
    }

    /** Active polls whose time limit has run out by {@code now}, in any room: poll id to event id. */
    Map<Long, Long> due(Instant now) {
        Map<Long, Long> due = new LinkedHashMap<>();
        jdbc.sql("SELECT id, event_id FROM room_poll WHERE active_in IS NOT NULL AND closes_at <= :now ORDER BY id")
                .param("now", Times.utc(now))
                .query((ResultSet rs) -> {
                    due.put(rs.getLong(1), rs.getLong(2));
                });
        return due;
    }

    void close(long id, Instant at) {
        jdbc.sql("UPDATE room_poll SET state = 'CLOSED', active_in = NULL, closed_at = :at WHERE id = :id")
                .param("at", Times.utc(at))
                .param("id", id)
                .update();
    }

    void reveal(long id) {
        jdbc.sql("UPDATE room_poll SET revealed = TRUE WHERE id = :id").param("id", id).update();
    }

    void delete(long id, Instant at) {
        jdbc.sql("UPDATE room_poll SET deleted_at = :at, active_in = NULL WHERE id = :id")
                .param("at", Times.utc(at))
                .param("id", id)
                .update();
    }

    /**
     * Counts a ballot in, if the poll is still active, in one statement: that also locks the poll's row, so a vote
     * and the poll's closing cannot cross. False when the poll is no longer active.
     */
    boolean countBallot(long pollId) {
        return jdbc.sql("UPDATE room_poll SET ballots = ballots + 1 WHERE id = :id AND state = 'ACTIVE'")
                .param("id", pollId)
                .update() == 1;
    }

    /** Records that the person voted; false when they already had (the key keeps it to one ballot). */
    boolean insertBallot(long pollId, long participantId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO room_poll_ballot (poll_id, participant_id, created_at)
                        VALUES (:poll, :participant, :at) ON CONFLICT DO NOTHING""")
                .param("poll", pollId)
                .param("participant", participantId)
                .param("at", Times.utc(at))
                .update() == 1;
    }

    void insertChoice(long pollId, long participantId, long optionId) {
        jdbc.sql("""
                        INSERT INTO room_poll_choice (poll_id, participant_id, option_id)
                        VALUES (:poll, :participant, :option)""")
                .param("poll", pollId)
                .param("participant", participantId)
                .param("option", optionId)
                .update();
    }

    /** Votes per option of the poll; options nobody chose are missing. */
    Map<Long, Integer> counts(long pollId) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT option_id, COUNT(*) FROM room_poll_choice WHERE poll_id = :poll GROUP BY option_id")
                .param("poll", pollId)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** The options of each ballot the person cast in the room: poll id to option ids. */
    Map<Long, List<Long>> ballots(long eventId, long participantId) {
        record Row(long poll, long option) {
        }
        return jdbc.sql("""
                        SELECT c.poll_id, c.option_id FROM room_poll_choice c JOIN room_poll p ON p.id = c.poll_id
                        WHERE p.event_id = :event AND c.participant_id = :participant
                        ORDER BY c.poll_id, c.option_id""")
                .param("event", eventId)
                .param("participant", participantId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::poll, LinkedHashMap::new,
                        Collectors.mapping(Row::option, Collectors.toList())));
    }

    /** The room's staff, who get live counts before the results are revealed. */
    List<Long> staff(long eventId) {
        return jdbc.sql("""
                        SELECT id FROM room_participant
                        WHERE event_id = :event AND role IN ('HOST', 'MODERATOR') AND removed = FALSE""")
                .param("event", eventId)
                .query(Long.class)
                .list();
    }

    private static Poll poll(ResultSet rs, int row) throws SQLException {
        OffsetDateTime launched = rs.getObject(8, OffsetDateTime.class);
        OffsetDateTime closed = rs.getObject(9, OffsetDateTime.class);
        OffsetDateTime closes = rs.getObject(11, OffsetDateTime.class);
        return new Poll(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
                PollState.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getInt(7),
                launched == null ? null : launched.toInstant(), closes == null ? null : closes.toInstant(),
                closed == null ? null : closed.toInstant(),
                rs.getBoolean(10), List.of());
    }
}
