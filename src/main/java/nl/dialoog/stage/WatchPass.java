package nl.dialoog.stage;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What a watch-only attendee's browser needs: either the event's VideoRoom on the first Janus ({@code room} set,
 * {@code mountpoints} empty), or the Streaming mountpoints of a relay Janus that carry the stage, one per
 * publisher. The token is valid on that Janus only.
 */
public record WatchPass(String token, URI janus, long room, List<Long> mountpoints, String relay, Instant expiresAt) {

    public boolean relayed() {
        return relay != null;
    }
}
