package nl.dialoog.room.statement;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.dialoog.room.live.Audience;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.protocol.StatementFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The running round's count for staff, sent at most once per {@link #EVERY} per room rather than once per vote, and
 * not logged: the round's own frames and every staff snapshot carry the count as it stands.
 */
@Component
class StatementRoundTally implements DisposableBean {

    static final Duration EVERY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(StatementRoundTally.class);

    /** Rooms with a statement vote since the last tally. */
    private final Set<Long> touched = ConcurrentHashMap.newKeySet();
    private final StatementRoundStore store;
    private final RoomLog roomLog;
    private final RoomBus bus;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("room-statement-round-tally").daemon().factory());

    StatementRoundTally(StatementRoundStore store, RoomLog roomLog, RoomBus bus, Clock clock) {
        this.store = store;
        this.roomLog = roomLog;
        this.bus = bus;
        this.clock = clock;
        timer.scheduleWithFixedDelay(this::send, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A statement vote was committed in the room. */
    void touched(long eventId) {
        touched.add(eventId);
    }

    private void send() {
        for (Long eventId : touched) {
            if (!touched.remove(eventId)) {
                continue;
            }
            try {
                store.running(eventId).ifPresent(round -> {
                    StatementRoundStore.Tally tally = store.tally(round, clock.instant());
                    bus.publish(new BusMessage.Ephemeral(eventId, roomLog.frame(
                            new StatementFrame.RoundTally(round.id(), tally.votes(), tally.voters())), Audience.STAFF));
                });
            } catch (RuntimeException failure) {
                log.warn("statement round tally of room {} failed", eventId, failure);
            }
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
