package nl.dialoog.room.live;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code room} table: one row per event's room, made on first use, holding settings and the log counter. */
@Component
public class RoomStore {

    private static final String COLUMNS = """
            event_id, opens_minutes_before, chat_enabled, slow_mode_seconds, qa_premoderated,
            statements_premoderated, last_seq""";

    private final JdbcClient jdbc;

    RoomStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void ensure(long eventId) {
        jdbc.sql("INSERT INTO room (event_id) VALUES (:event) ON CONFLICT DO NOTHING").param("event", eventId).update();
    }

    public Optional<RoomState> find(long eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM room WHERE event_id = :event")
                .param("event", eventId)
                .query((rs, n) -> new RoomState(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getInt(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getLong(7)))
                .optional();
    }

    public RoomState get(long eventId) {
        ensure(eventId);
        return find(eventId).orElseThrow();
    }

    /** The last committed log number of each of these rooms, by event id (rooms without a row are left out). */
    java.util.Map<Long, Long> lastSeqs(java.util.Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Long> heads = new java.util.HashMap<>();
        jdbc.sql("SELECT event_id, last_seq FROM room WHERE event_id IN (:events)")
                .param("events", eventIds)
                .query((rs, n) -> heads.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return heads;
    }

    /** Takes the next number of the room's log; the row stays locked until the caller's transaction ends. */
    long nextSeq(long eventId) {
        long last = jdbc.sql("SELECT last_seq FROM room WHERE event_id = :event FOR UPDATE")
                .param("event", eventId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("no room for event " + eventId));
        jdbc.sql("UPDATE room SET last_seq = :seq WHERE event_id = :event")
                .param("seq", last + 1)
                .param("event", eventId)
                .update();
        return last + 1;
    }

    public void setChatEnabled(long eventId, boolean enabled) {
        set(eventId, "chat_enabled", enabled);
    }

    public void setSlowMode(long eventId, int seconds) {
        set(eventId, "slow_mode_seconds", seconds);
    }

    public void setQaPremoderated(long eventId, boolean on) {
        set(eventId, "qa_premoderated", on);
    }

    public void setStatementsPremoderated(long eventId, boolean on) {
        set(eventId, "statements_premoderated", on);
    }

    public void setOpensMinutesBefore(long eventId, int minutes) {
        set(eventId, "opens_minutes_before", minutes);
    }

    /** Whether the host shows the live opinion map to everyone, not only to staff. */
    public boolean opinionMapShared(long eventId) {
        return jdbc.sql("SELECT opinion_map_shared FROM room WHERE event_id = :event")
                .param("event", eventId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void setOpinionMapShared(long eventId, boolean shared) {
        set(eventId, "opinion_map_shared", shared);
    }

    private void set(long eventId, String column, Object value) {
        ensure(eventId);
        jdbc.sql("UPDATE room SET " + column + " = :value WHERE event_id = :event")
                .param("value", value)
                .param("event", eventId)
                .update();
    }
}
