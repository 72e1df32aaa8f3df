package nl.dialoog.room.poll;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.SnapshotPart;
import nl.dialoog.room.protocol.PollCommand;
import nl.dialoog.room.protocol.PollFrame;
import nl.dialoog.room.protocol.SnapshotParts;
import nl.dialoog.shared.AfterCommit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Voting: {@code poll.vote} with the poll's {@code id} and the chosen option ids ({@code options}; exactly one for a
 * single-choice poll). One ballot per person and poll, kept by the ballot table's key; a vote adds no log entry, so
 * a thousand votes do not mean a thousand frames to everyone ({@link PollTally} sends the counts). The moderators'
 * part is {@link PollModeration}.
 */
@Component
class PollFeature implements CommandHandler, SnapshotPart {

    private final PollStore store;
    private final PollTally tally;
    private final RoomLog roomLog;
    private final RoomBus bus;
    private final Clock clock;

    PollFeature(PollStore store, PollTally tally, RoomLog roomLog, RoomBus bus, Clock clock) {
        this.store = store;
        this.tally = tally;
        this.roomLog = roomLog;
        this.bus = bus;
        this.clock = clock;
    }

    @Override
    public void register(Registry commands) {
        commands.on(PollCommand.Vote.class, this::vote);
    }

    @Override
    public void addTo(SnapshotParts parts, Actor viewer) {
        parts.polls(snapshot(viewer));
    }

    /** The polls the viewer may see (drafts for staff only), and the viewer's own ballots ({@code mine}). */
    PollFrame.Snapshot snapshot(Actor viewer) {
        List<PollFrame.Poll> polls = store.all(viewer.eventId()).stream()
                .filter(poll -> poll.visibleTo(viewer.isStaff()))
                .map(poll -> PollFrames.view(poll, store.counts(poll.id()), viewer.isStaff()))
                .toList();
        Map<String, List<Long>> mine = new LinkedHashMap<>();
        store.ballots(viewer.eventId(), viewer.participantId())
                .forEach((poll, options) -> mine.put(String.valueOf(poll), options));
        return new PollFrame.Snapshot(polls, mine, clock.instant().toString());
    }

    private PollFrame.Ballot vote(Actor actor, PollCommand.Vote command) {
        Poll poll = store.find(actor.eventId(), command.id())
                .filter(found -> found.visibleTo(false))
                .orElseThrow(() -> new RoomRefusal("room.poll.error.noSuchPoll"));
        if (poll.state() != PollState.ACTIVE) {
            throw new RoomRefusal("room.poll.error.notActive");
        }
        List<Long> choices = List.copyOf(choices(poll, command.options()));
        if (!store.countBallot(poll.id())) {
            throw new RoomRefusal("room.poll.error.notActive");
        }
        if (!store.insertBallot(poll.id(), actor.participantId(), clock.instant())) {
            throw new RoomRefusal("room.poll.error.alreadyVoted");
        }
        for (long option : choices) {
            store.insertChoice(poll.id(), actor.participantId(), option);
        }
        PollFrame.Ballot answer = new PollFrame.Ballot(poll.id(), choices);
        String ballot = roomLog.frame(answer);
        AfterCommit.run(() -> {
            tally.touched(poll.eventId(), poll.id());
            // the voter's other tabs and devices learn their ballot; shared frames cannot say it
            bus.publish(new BusMessage.Direct(poll.eventId(), actor.participantId(), ballot, BusMessage.Then.STAY));
        });
        return answer;
    }

    /** The chosen option ids, checked against the poll: known options, one or (for multiple choice) more. */
    private static Set<Long> choices(Poll poll, JsonNode given) {
        if (given == null || !given.isArray() || given.isEmpty()) {
            throw new RoomRefusal("room.poll.error.noChoice");
        }
        Set<Long> choices = new LinkedHashSet<>();
        for (JsonNode node : given) {
            if (!node.isIntegralNumber() || !node.canConvertToLong() || !poll.hasOption(node.longValue())) {
                throw new RoomRefusal("room.poll.error.unknownOption");
            }
            choices.add(node.longValue());
        }
        if (!poll.multiple() && choices.size() > 1) {
            throw new RoomRefusal("room.poll.error.oneChoice");
        }
        return choices;
    }
}
