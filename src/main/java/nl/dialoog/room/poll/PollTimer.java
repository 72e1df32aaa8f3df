package nl.dialoog.room.poll;

import java.time.Instant;
import java.util.Map;
import nl.dialoog.room.live.TimeLimited;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Component;

/**
 * Polls' time limits ({@code closes_at}): the room's timer closes a timed poll that ran out, once, while it is still
 * active, and tells the room as a moderator's close would.
 */
@Component
class PollTimer implements TimeLimited {

    private final PollStore store;
    private final PollFrames frames;
    private final Audit audit;

    PollTimer(PollStore store, PollFrames frames, Audit audit) {
        this.store = store;
        this.frames = frames;
        this.audit = audit;
    }

    @Override
    public Map<Long, Long> due(Instant now) {
        return store.due(now);
    }

    @Override
    public void closeDue(long eventId, long pollId, Instant now) {
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
}
