package nl.dialoog.room.live;

import java.time.Instant;
import nl.dialoog.room.RoomRole;

/** A person in a room as the room keeps them. */
public record Participant(long id, long eventId, Long registrationId, Long accountId, RoomRole role,
                          String displayName, String organisation, String country, boolean showCard, boolean muted,
                          boolean removed, Instant handRaisedAt) {

    public Actor actor(String language) {
        return new Actor(id, eventId, role, displayName, muted, language);
    }
}
