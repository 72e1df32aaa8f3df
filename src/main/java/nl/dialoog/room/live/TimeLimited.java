package nl.dialoog.room.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Something the moderators launch with an optional time limit (a poll, a statement round). The limit is kept with
 * the thing itself in the database, and {@link RoomTimer} asks every such feature once a second which ones ran out,
 * so they close on time although the moderator has left, the node has restarted, or several nodes serve the room.
 */
public interface TimeLimited {

    int MIN_SECONDS = 3;
    int MAX_SECONDS = 3600;

    /** The running ones whose time ran out by {@code now}: their id to their event's id. */
    Map<Long, Long> due(Instant now);

    /**
     * Closes one (in a transaction {@link RoomTimer} opened), under its row's lock and only while it still runs and
     * is due, so that when several nodes look at once it closes once.
     */
    void closeDue(long eventId, long id, Instant now);

    /**
     * A launch's {@code seconds}: absent or null for no limit, else a whole number of seconds from
     * {@link #MIN_SECONDS} to {@link #MAX_SECONDS}; anything else is refused with {@code refusal}, saying what fits.
     */
    static Optional<Duration> read(JsonNode seconds, String refusal) {
        if (seconds == null || seconds.isMissingNode() || seconds.isNull()) {
            return Optional.empty();
        }
        if (!seconds.isIntegralNumber() || !seconds.canConvertToInt()
                || seconds.intValue() < MIN_SECONDS || seconds.intValue() > MAX_SECONDS) {
            throw new RoomRefusal(refusal, String.valueOf(MIN_SECONDS), String.valueOf(MAX_SECONDS));
        }
        return Optional.of(Duration.ofSeconds(seconds.intValue()));
    }
}
