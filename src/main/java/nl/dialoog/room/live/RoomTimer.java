package nl.dialoog.room.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes whatever ran out of time ({@link TimeLimited}): every {@link #EVERY} it asks each feature what is due and
 * closes each in a transaction of its own, so one failure neither stops the others nor the next round.
 */
@Component
class RoomTimer implements DisposableBean {

    static final Duration EVERY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(RoomTimer.class);

    private final ObjectProvider<TimeLimited> features;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("room-timer").daemon().factory());

    RoomTimer(ObjectProvider<TimeLimited> features, TransactionTemplate transactions, Clock clock) {
        this.features = features;
        this.transactions = transactions;
        this.clock = clock;
        timer.scheduleWithFixedDelay(this::closeDue, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    void closeDue() {
        Instant now = clock.instant();
        List<TimeLimited> all = features.orderedStream().toList();
        for (TimeLimited feature : all) {
            try {
                feature.due(now).forEach((id, eventId) -> transactions.executeWithoutResult(
                        status -> feature.closeDue(eventId, id, now)));
            } catch (RuntimeException failure) {
                log.warn("closing what ran out of time ({}) failed", feature.getClass().getSimpleName(), failure);
            }
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
