package nl.dialoog.room.moderation;

import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.protocol.YouFrame;
import nl.dialoog.shared.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * Tells one participant about a decision on them ({@code you.muted}, {@code you.removed}…) on all their
 * connections, on every node, once the decision is committed: a person is never told something that rolled back.
 */
@Component
public class Tell {

    private final RoomBus bus;
    private final RoomLog roomLog;

    Tell(RoomBus bus, RoomLog roomLog) {
        this.bus = bus;
        this.roomLog = roomLog;
    }

    public void participant(long eventId, long participantId, YouFrame frame, BusMessage.Then then) {
        BusMessage message = new BusMessage.Direct(eventId, participantId, roomLog.frame(frame), then);
        AfterCommit.run(() -> bus.publish(message));
    }
}
