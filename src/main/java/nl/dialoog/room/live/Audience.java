package nl.dialoog.room.live;

/** Who receives a logged change: everyone in the room, or only its staff (hosts and moderators). */
public enum Audience {
    EVERYONE, STAFF
}
