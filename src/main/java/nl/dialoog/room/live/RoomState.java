package nl.dialoog.room.live;

/** A room's settings as moderators set them. */
public record RoomState(long eventId, int opensMinutesBefore, boolean chatEnabled, int slowModeSeconds,
                        boolean qaPremoderated, boolean statementsPremoderated, long lastSeq) {
}
