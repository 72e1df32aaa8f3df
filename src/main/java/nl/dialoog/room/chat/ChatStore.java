package nl.dialoog.room.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code room_chat_message} table. */
@Component
class ChatStore {

    private static final String SELECT = """
            SELECT m.id, m.participant_id, p.display_name, p.role, p.organisation, p.country, p.show_card,
                   m.reply_to, m.body, m.created_at, m.deleted_at IS NOT NULL
            FROM room_chat_message m JOIN room_participant p ON p.id = m.participant_id
            """;

    private final JdbcClient jdbc;

    ChatStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long eventId, long participantId, Long replyTo, String body, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_chat_message (event_id, participant_id, reply_to, body, created_at)
                        VALUES (:event, :participant, :reply, :body, :at)""")
                .param("event", eventId)
                .param("participant", participantId)
                .param("reply", replyTo)
                .param("body", body)
                .param("at", Times.utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<ChatMessage> find(long eventId, long id) {
        return jdbc.sql(SELECT + " WHERE m.event_id = :event AND m.id = :id")
                .param("event", eventId)
                .param("id", id)
                .query(ChatStore::message)
                .optional();
    }

    /** The newest {@code limit} messages that are not deleted, oldest first. */
    List<ChatMessage> recent(long eventId, int limit) {
        List<ChatMessage> newestFirst = jdbc.sql(SELECT + """
                         WHERE m.event_id = :event AND m.deleted_at IS NULL ORDER BY m.id DESC LIMIT :limit""")
                .param("event", eventId)
                .param("limit", limit)
                .query(ChatStore::message)
                .list();
        return newestFirst.reversed();
    }

    /** The sender's latest messages, newest first, for the slow-mode and repeat checks. */
    List<ChatMessage> latestBy(long eventId, long participantId, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE m.event_id = :event AND m.participant_id = :participant ORDER BY m.id DESC LIMIT :limit""")
                .param("event", eventId)
                .param("participant", participantId)
                .param("limit", limit)
                .query(ChatStore::message)
                .list();
    }

    void delete(long id, long by, Instant at) {
        jdbc.sql("UPDATE room_chat_message SET deleted_at = :at, deleted_by = :by, body = '' WHERE id = :id")
                .param("at", Times.utc(at))
                .param("by", by)
                .param("id", id)
                .update();
    }

    private static ChatMessage message(ResultSet rs, int row) throws SQLException {
        return new ChatMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), (Long) rs.getObject(8, Long.class), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getBoolean(11));
    }
}
