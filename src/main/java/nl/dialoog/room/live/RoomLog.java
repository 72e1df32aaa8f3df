package nl.dialoog.room.live;

import java.time.Clock;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.dialoog.room.protocol.Frame;
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
    public RoomEntry append(long eventId, Frame frame) {
        return append(eventId, frame, null);
    }

    /** Appends a change only staff see. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RoomEntry appendForStaff(long eventId, Frame frame) {
        return append(eventId, null, frame);
    }

    /**
     * Appends a change that staff see as {@code forStaff} (e.g. with who asked an anonymous question; null: as
     * everyone) and everyone else as {@code forEveryone} (null: only staff see it). Both are of one kind.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RoomEntry append(long eventId, Frame forEveryone, Frame forStaff) {
        String kind = Frame.kindOf((forEveryone != null ? forEveryone : forStaff).getClass());
        if (forStaff != null && !kind.equals(Frame.kindOf(forStaff.getClass()))) {
            throw new IllegalArgumentException("one log entry, two kinds: " + kind + ", " + forStaff);
        }
        long seq = rooms.nextSeq(eventId);
        String publicFrame = forEveryone != null ? write(seq, forEveryone) : null;
        String staffFrame = forStaff != null ? write(seq, forStaff) : null;
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
    public String frame(Frame frame) {
        return write(null, frame);
    }

    /** The frame as clients get it: its number (when logged), its kind, and its data (unless it has none). */
    private String write(Long seq, Frame frame) {
        return json.writeValueAsString(new Envelope(seq, Frame.kindOf(frame.getClass()),
                frame instanceof Frame.Bare ? null : frame));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Envelope(Long seq, String kind, Frame data) {
    }
}
