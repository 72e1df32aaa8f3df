package nl.dialoog.room.poll;

import java.util.Map;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.protocol.PollFrame;
import org.springframework.stereotype.Component;

/**
 * How polls look to the room, and the log entries that tell it about a change. A {@code poll} frame is the poll's
 * whole view (or {@code {id, gone}}), so a replay always ends in the same state. Until the moderators reveal the
 * results, everyone else sees only how many voted; staff always see the counts per option.
 */
@Component
class PollFrames {

    private final PollStore store;
    private final RoomLog roomLog;

    PollFrames(PollStore store, RoomLog roomLog) {
        this.store = store;
        this.roomLog = roomLog;
    }

    /** Tells the room the poll's new state: a draft only staff, a launched one everyone. */
    long changed(Poll poll) {
        if (poll.deleted()) {
            PollFrame.Gone gone = new PollFrame.Gone(poll.id());
            return poll.state() == PollState.DRAFT
                    ? roomLog.appendForStaff(poll.eventId(), gone).seq()
                    : roomLog.append(poll.eventId(), gone).seq();
        }
        Map<Long, Integer> counts = store.counts(poll.id());
        PollFrame.Poll staff = view(poll, counts, true);
        if (poll.state() == PollState.DRAFT) {
            return roomLog.appendForStaff(poll.eventId(), staff).seq();
        }
        return roomLog.append(poll.eventId(), view(poll, counts, false), poll.revealed() ? null : staff).seq();
    }

    /**
     * The poll as a viewer sees it: its options, how many voted, and — for staff, or for everyone once revealed —
     * the votes per option.
     */
    static PollFrame.Poll view(Poll poll, Map<Long, Integer> counts, boolean staff) {
        boolean results = staff || poll.revealed();
        return new PollFrame.Poll(poll.id(), poll.question(), poll.multiple(), poll.state().name(), poll.revealed(),
                poll.ballots(), poll.state() == PollState.ACTIVE && poll.closesAt() != null
                        ? poll.closesAt().toString() : null,
                poll.options().stream()
                        .map(option -> new PollFrame.Option(option.id(), option.label(),
                                results ? counts.getOrDefault(option.id(), 0) : null))
                        .toList());
    }

    /** A count update: how many voted and, when {@code results}, the votes per option. */
    static PollFrame.Tally tally(Poll poll, Map<Long, Integer> counts, boolean results) {
        return new PollFrame.Tally(poll.id(), poll.ballots(), !results ? null : poll.options().stream()
                .map(option -> new PollFrame.Count(option.id(), counts.getOrDefault(option.id(), 0)))
                .toList());
    }
}
