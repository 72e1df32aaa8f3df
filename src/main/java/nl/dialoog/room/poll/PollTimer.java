package nl.dialoog.room.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.shared.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Closes polls whose time limit has run out. The limit is kept with the poll ({@code closes_at}) and looked for
 * every {@link #EVERY} in the database rather than remembered in memory, so a poll closes on time although the
 * moderator who launched it has left, the node that launched it has restarted, or several nodes serve the room:
 * each closes under the poll row's lock and only while the poll is still active, so it closes once.
 */
@Component
class PollTimer implements DisposableBean {

    static final Duration EVERY = Duration.ofSeconds(1);
    static final int MIN_SECONDS = 3;
    static final int MAX_SECONDS = 3600;
    private static final Logger log = LoggerFactory.getLogger(PollTimer.class);

    private final PollStore store;
    private final PollFrames frames;
    private final Audit audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("room-poll-timer").daemon().factory());

    PollTimer(PollStore store, PollFrames frames, Audit audit, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.frames = frames;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        timer.scheduleWithFixedDelay(this::closeDue, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The time limit of {@code poll.launch}: {@code seconds} absent or null for none, else a whole number of
     * seconds from {@link #MIN_SECONDS} to {@link #MAX_SECONDS}; anything else is refused, saying what fits.
     */
    static Optional<Duration> read(JsonNode seconds) {
        if (seconds == null || seconds.isMissingNode() || seconds.isNull()) {
            return Optional.empty();
        }
        if (!seconds.isIntegralNumber() || !seconds.canConvertToInt()
                || seconds.intValue() < MIN_SECONDS || seconds.intValue() > MAX_SECONDS) {
            throw new RoomRefusal("room.poll.error.timer", String.valueOf(MIN_SECONDS), String.valueOf(MAX_SECONDS));
        }
        return Optional.of(Duration.ofSeconds(seconds.intValue()));
    }

    void closeDue() {
        Instant now = clock.instant();
        try {
            store.due(now).forEach((pollId, eventId) -> transactions.executeWithoutResult(status -> close(eventId,
                    pollId, now)));
        } catch (RuntimeException failure) {
            log.warn("closing polls whose time ran out failed", failure);
        }
    }

    private void close(long eventId, long pollId, Instant now) {
        store.lock(eventId, pollId)
                .filter(poll -> poll.state() == PollState.ACTIVE && !poll.deleted())
                .filter(poll -> poll.closesAt() != null && !poll.closesAt().isAfter(now))
                .ifPresent(poll -> {
                    store.close(poll.id(), now);
                    frames.changed(store.find(eventId, pollId).orElseThrow());
                    audit.recordAs("poll timer", "room.poll.closed", "event:" + eventId,
                            "poll " + poll.id() + ": " + poll.question() + " (its time limit ran out)");
                });
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
