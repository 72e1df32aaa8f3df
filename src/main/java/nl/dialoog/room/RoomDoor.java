package nl.dialoog.room;

/**
 * What a room page needs to connect someone: the room (event id), who they are there, their role, the time zone to show times in, and the pass
 * their page's script connects with.
 */
public record RoomDoor(long eventId, long participantId, String displayName, RoomRole role, String zone,
                       String pass) {
}
