package nl.dialoog.room.live;

import nl.dialoog.room.RoomRole;

/** A person acting in a room: who they are there, and what their role lets them do. */
public record Actor(long participantId, long eventId, RoomRole role, String displayName, boolean muted,
                    String language) {

    public boolean isStaff() {
        return role.isStaff();
    }
}
