package nl.dialoog.room.live;

/**
 * One numbered change in a room's log, as the ready-made frames sent to clients: {@code publicFrame} for everyone
 * (null when only staff see the change) and {@code staffFrame} for hosts and moderators (null when they see the same).
 */
public record RoomEntry(long eventId, long seq, String kind, String publicFrame, String staffFrame) {

    public String frameFor(boolean staff) {
        return staff && staffFrame != null ? staffFrame : publicFrame;
    }
}
