package nl.dialoog.room.live;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.shared.AfterCommit;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room's append-only log. {@link #append} numbers a change under the room row's lock, stores the frames exactly
 * as clients will get them (serialised once), and hands the entry to the {@link RoomBus} only after the commit: a
 * client never sees a change that could still roll back, and since the lock makes number n+1 wait for n's commit,
 * every number below a published one is already readable.
 */
@Component
public class RoomLog {

    private final JdbcClient jdbc;
    private final RoomStore rooms;
    private final RoomBus bus;
    private final JsonMapper json;
    private final Clock clock;

    RoomLog(JdbcClient jdbc, RoomStore rooms, RoomBus bus, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.rooms = rooms;
        this.bus = bus;
        this.json = json;
        this.clock = clock;
    }

    /** Appends a change everyone sees the same way. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RoomEntry append(long eventId, String kind, Object data) {
        return append(eventId, kind, data, null, Audience.EVERYONE);
    }

    /** Appends a change only staff see. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RoomEntry appendForStaff(long eventId, String kind, Object data) {
        return append(eventId, kind, null, data, Audience.STAFF);
    }

    /**
     * Appends a change that staff see with more detail ({@code staffData}, e.g. who asked an anonymous question)
     * than everyone else ({@code publicData}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RoomEntry append(long eventId, String kind, Object publicData, Object staffData, Audience audience) {
        long seq = rooms.nextSeq(eventId);
        String publicFrame = audience == Audience.EVERYONE ? frame(seq, kind, publicData) : null;
        String staffFrame = staffData == null ? null : frame(seq, kind, staffData);
        jdbc.sql("""
                        INSERT INTO room_event (event_id, seq, kind, public_frame, staff_frame, created_at)
                        VALUES (:event, :seq, :kind, :public, :staff, :at)""")
                .param("event", eventId)
                .param("seq", seq)
                .param("kind", kind)
                .param("public", publicFrame)
                .param("staff", staffFrame)
                .param("at", Times.utc(clock.instant()))
                .update();
        RoomEntry entry = new RoomEntry(eventId, seq, kind, publicFrame, staffFrame);
        AfterCommit.run(() -> bus.publish(new BusMessage.Logged(entry)));
        return entry;
    }

    /** The entries after {@code seq}, oldest first, at most {@code limit}. */
    public List<RoomEntry> after(long eventId, long seq, int limit) {
        return jdbc.sql("""
                        SELECT seq, kind, public_frame, staff_frame FROM room_event
                        WHERE event_id = :event AND seq > :seq ORDER BY seq LIMIT :limit""")
                .param("event", eventId)
                .param("seq", seq)
                .param("limit", limit)
                .query((rs, n) -> new RoomEntry(eventId, rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** A frame outside the log: acknowledgements, snapshots, presence. */
    public String frame(String kind, Object data) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("kind", kind);
        frame.put("data", data);
        return json.writeValueAsString(frame);
    }

    private String frame(long seq, String kind, Object data) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("seq", seq);
        frame.put("kind", kind);
        frame.put("data", data);
        return json.writeValueAsString(frame);
    }
}
