package nl.dialoog.room.live;

import nl.dialoog.room.protocol.Frame;
import nl.dialoog.room.protocol.SessionFrame;

/**
 * One numbered change in a room's log, as the ready-made frames sent to clients: {@code publicFrame} for everyone
 * (null when only staff see the change) and {@code staffFrame} for hosts and moderators (null when they see the same).
 */
public record RoomEntry(long eventId, long seq, String kind, String publicFrame, String staffFrame) {

    private static final String SKIP = Frame.kindOf(SessionFrame.Skip.class);

    /**
     * The frame for staff or everyone else. A staff-only change still takes its number in everyone's sequence, so
     * others get a bare {@code skip} with that number: without it they would see a gap and resume forever.
     */
    public String frameFor(boolean staff) {
        if (staff && staffFrame != null) {
            return staffFrame;
        }
        return publicFrame != null ? publicFrame : "{\"seq\":" + seq + ",\"kind\":\"" + SKIP + "\"}";
    }
}
