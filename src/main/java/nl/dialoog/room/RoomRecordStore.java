package nl.dialoog.room;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads an event's whole room for {@link RoomRecord}: one query per table, each in the order things happened, so
 * the record of a large session costs eight round trips however many people spoke.
 */
@Component
class RoomRecordStore {

    private final JdbcClient jdbc;

    RoomRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything at once; the caller holds a read-only transaction so the parts agree with each other. */
    RoomRecord read(long eventId) {
        return new RoomRecord(eventId, people(eventId), visits(eventId), chat(eventId), questions(eventId),
                polls(eventId), statements(eventId), votes(eventId));
    }

    private List<RoomRecord.Person> people(long eventId) {
        return jdbc.sql("""
                        SELECT id, registration_id, role, display_name, organisation, country
                        FROM room_participant WHERE event_id = :event ORDER BY id""")
                .param("event", eventId)
                .query((rs, n) -> new RoomRecord.Person(rs.getLong(1), rs.getObject(2, Long.class),
                        RoomRole.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** A visit that ended without a goodbye (a dropped connection) ends when the person was last seen. */
    private List<RoomRecord.Visit> visits(long eventId) {
        return jdbc.sql("""
                        SELECT participant_id, joined_at, COALESCE(left_at, last_seen_at)
                        FROM room_visit WHERE event_id = :event ORDER BY joined_at, id""")
                .param("event", eventId)
                .query((rs, n) -> new RoomRecord.Visit(rs.getLong(1), instant(rs, 2), instant(rs, 3)))
                .list();
    }

    private List<RoomRecord.Chat> chat(long eventId) {
        return jdbc.sql("""
                        SELECT id, participant_id, reply_to, body, created_at FROM room_chat_message
                        WHERE event_id = :event AND deleted_at IS NULL ORDER BY id""")
                .param("event", eventId)
                .query((rs, n) -> new RoomRecord.Chat(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), instant(rs, 5)))
                .list();
    }

    private List<RoomRecord.Question> questions(long eventId) {
        return jdbc.sql("""
                        SELECT q.id, q.participant_id, q.body, q.anonymous, q.state, q.answered_live, q.merged_into,
                               (SELECT COUNT(*) FROM room_question_vote v WHERE v.question_id = q.id), q.created_at
                        FROM room_question q WHERE q.event_id = :event AND q.deleted_at IS NULL ORDER BY q.id""")
                .param("event", eventId)
                .query((rs, n) -> new RoomRecord.Question(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5), rs.getBoolean(6), rs.getObject(7, Long.class),
                        rs.getInt(8), instant(rs, 9)))
                .list();
    }

    /** Launched polls only: a draft nobody saw is no part of the session. Options with their tally, in order. */
    private List<RoomRecord.Poll> polls(long eventId) {
        Map<Long, List<RoomRecord.PollOption>> options = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT o.poll_id, o.id, o.label,
                               (SELECT COUNT(*) FROM room_poll_choice c WHERE c.poll_id = o.poll_id
                                                                          AND c.option_id = o.id)
                        FROM room_poll_option o JOIN room_poll p ON p.id = o.poll_id
                        WHERE p.event_id = :event AND p.launched_at IS NOT NULL AND p.deleted_at IS NULL
                        ORDER BY o.poll_id, o.position, o.id""")
                .param("event", eventId)
                .query((rs, n) -> options.computeIfAbsent(rs.getLong(1), poll -> new ArrayList<>())
                        .add(new RoomRecord.PollOption(rs.getLong(2), rs.getString(3), rs.getInt(4))))
                .list();
        return jdbc.sql("""
                        SELECT id, question, multiple, ballots, launched_at, closed_at FROM room_poll
                        WHERE event_id = :event AND launched_at IS NOT NULL AND deleted_at IS NULL
                        ORDER BY launched_at, id""")
                .param("event", eventId)
                .query((rs, n) -> new RoomRecord.Poll(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                        List.copyOf(options.getOrDefault(rs.getLong(1), List.of())), instant(rs, 5), instant(rs, 6)))
                .list();
    }

    private List<RoomRecord.Statement> statements(long eventId) {
        return jdbc.sql("""
                        SELECT id, participant_id, body, seeded, created_at FROM room_statement
                        WHERE event_id = :event AND status = 'ACCEPTED' ORDER BY id""")
                .param("event", eventId)
                .query((rs, n) -> new RoomRecord.Statement(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getBoolean(4), instant(rs, 5)))
                .list();
    }

    /** Votes on accepted statements (a rejected statement's votes count for nothing), as 1 / -1 / 0. */
    private List<RoomRecord.StatementVote> votes(long eventId) {
        return jdbc.sql("""
                        SELECT v.statement_id, v.participant_id, v.vote, v.voted_at
                        FROM room_statement_vote v JOIN room_statement s ON s.id = v.statement_id
                        WHERE v.event_id = :event AND s.status = 'ACCEPTED'
                        ORDER BY v.voted_at, v.statement_id, v.participant_id""")
                .param("event", eventId)
                .query((rs, n) -> new RoomRecord.StatementVote(rs.getLong(1), rs.getLong(2), vote(rs.getString(3)),
                        instant(rs, 4)))
                .list();
    }

    private static int vote(String stored) {
        return switch (stored) {
            case "AGREE" -> 1;
            case "DISAGREE" -> -1;
            case "PASS" -> 0;
            default -> throw new IllegalStateException("unknown statement vote " + stored);
        };
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
