package nl.dialoog.stage;

import java.net.URI;
import java.time.Instant;

/**
 * What a browser needs to join an event's VideoRoom: a Janus token (valid for Janus's API and the room's
 * allow-list), the room's number and the Janus address.
 */
public record StagePass(String token, long room, URI janus, StageRole role, Instant expiresAt) {
}
