package nl.dialoog.stage;

import java.net.URI;
import java.time.Instant;

/**
 * What a browser needs to join an event's VideoRoom: a Janus token (valid for Janus's API and the room's
 * allow-list), the room's number and the Janus address. A person who may publish also gets {@code feed}, the
 * publisher id to join with ({@code feed + 1} for their screen share): a moderator's mute and removal find them by
 * it, and whoever sends media in the room under any other id is sent out when the stage goes live. 0 for a pass
 * that only watches.
 */
public record StagePass(String token, long room, URI janus, StageRole role, Instant expiresAt, long feed) {

    public StagePass(String token, long room, URI janus, StageRole role, Instant expiresAt) {
        this(token, room, janus, role, expiresAt, 0);
    }
}
