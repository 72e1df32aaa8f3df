package nl.dialoog.room.moderation;

import java.util.Map;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.shared.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * Tells one participant about a decision on them ({@code you.muted}, {@code you.removed}…) on all their
 * connections, on every node, once the decision is committed: a person is never told something that rolled back.
 */
@Component
class Tell {

    private final RoomBus bus;
    private final RoomLog roomLog;

    Tell(RoomBus bus, RoomLog roomLog) {
        this.bus = bus;
        this.roomLog = roomLog;
    }

    void participant(long eventId, long participantId, String kind, Map<String, Object> data, BusMessage.Then then) {
        BusMessage message = new BusMessage.Direct(eventId, participantId, roomLog.frame(kind, data), then);
        AfterCommit.run(() -> bus.publish(message));
    }
}
