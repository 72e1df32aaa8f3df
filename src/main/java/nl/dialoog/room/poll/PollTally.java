package nl.dialoog.room.poll;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Live counts of the polls people are voting in, sent at most once per {@link #EVERY} per poll rather than once per
 * vote: a thousand votes in a second cost the room one frame. Everyone gets how many voted (and the votes per
 * option once revealed); before that, the room's staff get the votes per option in a frame of their own. Nothing
 * here is logged: the poll's own frames (close, reveal) and every snapshot carry the counts as they stand.
 */
@Component
class PollTally implements DisposableBean {

    static final Duration EVERY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(PollTally.class);

    /** Polls with votes since the last tally: poll id to event id. */
    private final Map<Long, Long> touched = new ConcurrentHashMap<>();
    private final PollStore store;
    private final RoomLog roomLog;
    private final RoomBus bus;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("room-poll-tally").daemon().factory());

    PollTally(PollStore store, RoomLog roomLog, RoomBus bus) {
        this.store = store;
        this.roomLog = roomLog;
        this.bus = bus;
        timer.scheduleWithFixedDelay(this::send, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A vote was committed in the poll. */
    void touched(long eventId, long pollId) {
        touched.put(pollId, eventId);
    }

    private void send() {
        for (Long pollId : touched.keySet()) {
            Long eventId = touched.remove(pollId);
            if (eventId == null) {
                continue;
            }
            try {
                store.find(eventId, pollId).filter(poll -> !poll.deleted()).ifPresent(this::send);
            } catch (RuntimeException failure) {
                log.warn("poll {} tally failed", pollId, failure);
            }
        }
    }

    private void send(Poll poll) {
        Map<Long, Integer> counts = store.counts(poll.id());
        bus.publish(new BusMessage.Ephemeral(poll.eventId(),
                roomLog.frame(PollFrames.tally(poll, counts, poll.revealed()))));
        if (!poll.revealed()) {
            String staffFrame = roomLog.frame(PollFrames.tally(poll, counts, true));
            for (long staff : store.staff(poll.eventId())) {
                bus.publish(new BusMessage.Direct(poll.eventId(), staff, staffFrame, BusMessage.Then.STAY));
            }
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
