package nl.dialoog.registration;

import java.time.Instant;
import nl.dialoog.event.EventView;

/**
 * Where a personal join link leads once the event's live room is open. The room module provides it; until a room
 * says it is open (or when no room module runs) the join link shows the waiting page with a countdown.
 */
public interface LiveRoom {

    boolean isOpen(EventView event);

    /** When the event's room opens, so that the waiting page can count down to it and open it by itself. */
    Instant opensAt(EventView event);

    /** The path the join link forwards to, keeping the person's address bar on their own link. */
    String entryPath(String joinToken);
}
