package nl.dialoog.stage;

import java.net.URI;
import java.time.Instant;

/**
 * What a browser needs to join an event's VideoRoom: a Janus token (valid for Janus's API and the room's
 * allow-list), the room's number and the Janus address. A person who may publish also gets {@code feed}, the
 * publisher id to join with: a moderator's mute and removal find them by it, and a publisher in the room under any
 * other id is sent out. 0 for a pass that only watches.
 */
public record StagePass(String token, long room, URI janus, StageRole role, Instant expiresAt, long feed) {

    public StagePass(String token, long room, URI janus, StageRole role, Instant expiresAt) {
        this(token, room, janus, role, expiresAt, 0);
    }
}
