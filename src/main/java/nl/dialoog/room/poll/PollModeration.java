package nl.dialoog.room.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.shared.Audit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The moderators' part of polls, each action audited: {@code poll.create} and {@code poll.update} a draft
 * ({@link PollDraft}), {@code poll.launch} it (one active poll per room; with {@code seconds}, a time limit after
 * which {@link PollTimer} closes it), {@code poll.reveal} the results,
 * {@code poll.close} it, and {@code poll.delete} a draft or a closed poll.
 */
@Component
class PollModeration implements CommandHandler {

    private final PollStore store;
    private final PollFrames frames;
    private final Audit audit;
    private final Clock clock;

    PollModeration(PollStore store, PollFrames frames, Audit audit, Clock clock) {
        this.store = store;
        this.frames = frames;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Set<String> commands() {
        return Set.of("poll.create", "poll.update", "poll.launch", "poll.reveal", "poll.close", "poll.delete");
    }

    @Override
    public Object handle(Actor actor, String command, JsonNode body) {
        if (!actor.isStaff()) {
            throw new RoomRefusal("room.error.notAllowed");
        }
        if ("poll.create".equals(command)) {
            return create(actor, PollDraft.read(body));
        }
        Poll poll = store.lock(actor.eventId(), body.path("id").asLong(0))
                .filter(found -> !found.deleted())
                .orElseThrow(() -> new RoomRefusal("room.poll.error.noSuchPoll"));
        return switch (command) {
            case "poll.update" -> update(actor, poll, PollDraft.read(body));
            case "poll.launch" -> launch(actor, poll, PollTimer.read(body));
            case "poll.reveal" -> reveal(actor, poll);
            case "poll.close" -> close(actor, poll);
            case "poll.delete" -> delete(actor, poll);
            default -> throw new RoomRefusal("room.error.unknownCommand");
        };
    }

    private Map<String, Object> create(Actor actor, PollDraft draft) {
        long id = store.insert(actor.eventId(), draft, actor.participantId(), clock.instant());
        return done(actor, store.find(actor.eventId(), id).orElseThrow(), "created", draft.question());
    }

    private Map<String, Object> update(Actor actor, Poll poll, PollDraft draft) {
        requireState(poll, PollState.DRAFT);
        store.replace(poll.id(), draft);
        return done(actor, reread(poll), "updated", draft.question());
    }

    private Map<String, Object> launch(Actor actor, Poll poll, Optional<Duration> limit) {
        requireState(poll, PollState.DRAFT);
        if (store.active(actor.eventId()).isPresent()) {
            throw new RoomRefusal("room.poll.error.otherActive");
        }
        try {
            Instant now = clock.instant();
            store.launch(poll.id(), actor.eventId(), now, limit.map(now::plus).orElse(null));
        } catch (DataIntegrityViolationException launchedAtTheSameTime) {
            throw new RoomRefusal("room.poll.error.otherActive");
        }
        return done(actor, reread(poll), "launched",
                poll.question() + limit.map(time -> " (closes after " + time.toSeconds() + " s)").orElse(""));
    }

    private Map<String, Object> reveal(Actor actor, Poll poll) {
        if (poll.state() == PollState.DRAFT) {
            throw new RoomRefusal("room.poll.error.wrongState");
        }
        store.reveal(poll.id());
        return done(actor, reread(poll), "revealed", poll.question());
    }

    private Map<String, Object> close(Actor actor, Poll poll) {
        requireState(poll, PollState.ACTIVE);
        store.close(poll.id(), clock.instant());
        return done(actor, reread(poll), "closed", poll.question());
    }

    private Map<String, Object> delete(Actor actor, Poll poll) {
        if (poll.state() == PollState.ACTIVE) {
            throw new RoomRefusal("room.poll.error.closeFirst");
        }
        store.delete(poll.id(), clock.instant());
        return done(actor, reread(poll), "deleted", poll.question());
    }

    private Poll reread(Poll poll) {
        return store.find(poll.eventId(), poll.id()).orElseThrow();
    }

    private Map<String, Object> done(Actor actor, Poll poll, String action, String detail) {
        long seq = frames.changed(poll);
        audit.recordAs(actor.displayName() + " (room participant " + actor.participantId() + ")",
                "room.poll." + action, "event:" + actor.eventId(), "poll " + poll.id() + ": " + detail);
        return Map.of("id", poll.id(), "state", poll.state().name(), "seq", seq);
    }

    private static void requireState(Poll poll, PollState state) {
        if (poll.state() != state) {
            throw new RoomRefusal("room.poll.error.wrongState");
        }
    }
}
