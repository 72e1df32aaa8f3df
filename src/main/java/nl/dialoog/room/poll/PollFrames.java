package nl.dialoog.room.poll;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.dialoog.room.live.Audience;
import nl.dialoog.room.live.RoomLog;
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
            Map<String, Object> gone = Map.of("id", poll.id(), "gone", true);
            return poll.state() == PollState.DRAFT
                    ? roomLog.appendForStaff(poll.eventId(), "poll", gone).seq()
                    : roomLog.append(poll.eventId(), "poll", gone).seq();
        }
        Map<Long, Integer> counts = store.counts(poll.id());
        Map<String, Object> staff = view(poll, counts, true);
        if (poll.state() == PollState.DRAFT) {
            return roomLog.appendForStaff(poll.eventId(), "poll", staff).seq();
        }
        return roomLog.append(poll.eventId(), "poll", view(poll, counts, false),
                poll.revealed() ? null : staff, Audience.EVERYONE).seq();
    }

    /**
     * The poll as a viewer sees it: its options, how many voted, and — for staff, or for everyone once revealed —
     * the votes per option.
     */
    static Map<String, Object> view(Poll poll, Map<Long, Integer> counts, boolean staff) {
        boolean results = staff || poll.revealed();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", poll.id());
        view.put("question", poll.question());
        view.put("multiple", poll.multiple());
        view.put("state", poll.state().name());
        view.put("revealed", poll.revealed());
        view.put("ballots", poll.ballots());
        // an instant, not "seconds left": the frame is logged and may be replayed long after it was written
        view.put("closesAt", poll.state() == PollState.ACTIVE && poll.closesAt() != null
                ? poll.closesAt().toString() : null);
        view.put("options", poll.options().stream().map(option -> option(option, counts, results)).toList());
        return view;
    }

    /** A count update: how many voted and, when {@code results}, the votes per option. */
    static Map<String, Object> tally(Poll poll, Map<Long, Integer> counts, boolean results) {
        Map<String, Object> tally = new LinkedHashMap<>();
        tally.put("id", poll.id());
        tally.put("ballots", poll.ballots());
        if (results) {
            tally.put("options", poll.options().stream()
                    .map(option -> Map.of("id", option.id(), "votes", counts.getOrDefault(option.id(), 0)))
                    .toList());
        }
        return tally;
    }

    private static Map<String, Object> option(Poll.Option option, Map<Long, Integer> counts, boolean results) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", option.id());
        view.put("label", option.label());
        if (results) {
            view.put("votes", counts.getOrDefault(option.id(), 0));
        }
        return view;
    }
}
