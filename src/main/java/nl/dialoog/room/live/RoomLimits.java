package nl.dialoog.room.live;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.dialoog.shared.RateBuckets;
import org.springframework.stereotype.Component;

/**
 * Keeps one person from costing the room more than a person can, beside the command rate {@link RoomCommands}
 * keeps: at most {@code socketsPerPerson} connections on this node (two tabs and a phone fit), and token buckets
 * for opening a connection (each one starts with a snapshot, tens of kilobytes) and for asking to resume (each one
 * replays up to {@code resumeLimit} entries); the buckets keep at most 100,000 people, least recently seen go first. A refusal is a {@link RoomRefusal} that the transports send as a
 * {@code limited} frame before closing, so the client says why and waits before it tries again.
 */
@Component
class RoomLimits {

    /** Seconds a client waits after a refusal: long enough to matter to a flood, short enough for a person. */
    static final int RETRY_SECONDS = 15;

    private final int socketsPerPerson;
    private final RateBuckets connects;
    private final RateBuckets resumes;
    private final Map<Long, Set<Connection>> open = new ConcurrentHashMap<>();

    RoomLimits(RoomSettings settings) {
        this.socketsPerPerson = settings.socketsPerPerson();
        this.connects = new RateBuckets(settings.connectsPerMinute(), Duration.ofMinutes(1), 100_000,
                TimeMeter.SYSTEM_MILLISECONDS);
        this.resumes = new RateBuckets(settings.resumesPerMinute(), Duration.ofMinutes(1), 100_000,
                TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** Counts a new connection in, or refuses it (too many at once, or opened too often). */
    void enter(Connection connection) {
        long person = connection.actor().participantId();
        if (connects.take(String.valueOf(person)) < 0) {
            throw new RoomRefusal("room.error.reconnectingTooOften");
        }
        boolean[] admitted = {false};
        open.compute(person, (id, connections) -> {
            Set<Connection> current = connections != null ? connections : new HashSet<>();
            current.removeIf(Connection::isClosed);
            if (current.size() < socketsPerPerson) {
                current.add(connection);
                admitted[0] = true;
            }
            return current.isEmpty() ? null : current;
        });
        if (!admitted[0]) {
            throw new RoomRefusal("room.error.tooManyConnections", socketsPerPerson);
        }
    }

    /** Counts a connection out; closing twice is harmless. */
    void leave(Connection connection) {
        open.computeIfPresent(connection.actor().participantId(), (id, connections) -> {
            connections.remove(connection);
            return connections.isEmpty() ? null : connections;
        });
    }

    /** Takes one resume, or refuses it when the person asked too often. */
    void resume(Connection connection) {
        if (resumes.take(String.valueOf(connection.actor().participantId())) < 0) {
            throw new RoomRefusal("room.error.reconnectingTooOften");
        }
    }
}
