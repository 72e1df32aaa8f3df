package nl.dialoog.stage.janus;

/**
 * A VideoRoom as the stage creates it.
 *
 * @param room        the room's number in Janus
 * @param description shown in Janus's own lists only
 * @param secret      needed to edit, allow tokens in and destroy the room
 * @param publishers  how many may publish at once
 * @param bitrate     the cap per publisher in bits per second (simulcast layers share it)
 */
public record RoomSpec(long room, String description, String secret, int publishers, int bitrate) {
}
