package nl.dialoog.room;

/** What a person may do in a room. Hosts and moderators are the room's staff. */
public enum RoomRole {
    HOST, MODERATOR, PANELIST, ATTENDEE;

    public boolean isStaff() {
        return this == HOST || this == MODERATOR;
    }
}
