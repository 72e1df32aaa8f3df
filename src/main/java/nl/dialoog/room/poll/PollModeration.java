package nl.dialoog.room.poll;

import static nl.dialoog.room.live.CommandHandler.staffOnly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.TimeLimited;
import nl.dialoog.room.protocol.PollCommand;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.shared.Audit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The moderators' part of polls, each action audited: {@code poll.create} a draft ({@link PollDraft}),
 * {@code poll.launch} it (one active poll per room; with {@code seconds}, a time limit after which
 * {@link PollTimer} closes it), {@code poll.reveal} the results,
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
    public void register(Registry commands) {
        commands.on(PollCommand.Create.class, staffOnly((actor, command) -> create(actor, PollDraft.read(command))));
        commands.on(PollCommand.Launch.class, staffOnly((actor, command) -> launch(actor, poll(actor, command.id()),
                TimeLimited.read(command.seconds(), "room.poll.error.timer"))));
        commands.on(PollCommand.Reveal.class, staffOnly((actor, command) -> reveal(actor, poll(actor, command.id()))));
        commands.on(PollCommand.Close.class, staffOnly((actor, command) -> close(actor, poll(actor, command.id()))));
        commands.on(PollCommand.Delete.class, staffOnly((actor, command) -> delete(actor, poll(actor, command.id()))));
    }

    private Poll poll(Actor actor, long id) {
        return store.lock(actor.eventId(), id)
                .filter(found -> !found.deleted())
                .orElseThrow(() -> new RoomRefusal("room.poll.error.noSuchPoll"));
    }

    private Reply.PollChanged create(Actor actor, PollDraft draft) {
        long id = store.insert(actor.eventId(), draft, actor.participantId(), clock.instant());
        return done(actor, store.find(actor.eventId(), id).orElseThrow(), "created", draft.question());
    }

    private Reply.PollChanged launch(Actor actor, Poll poll, Optional<Duration> limit) {
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

    private Reply.PollChanged reveal(Actor actor, Poll poll) {
        if (poll.state() == PollState.DRAFT) {
            throw new RoomRefusal("room.poll.error.wrongState");
        }
        store.reveal(poll.id());
        return done(actor, reread(poll), "revealed", poll.question());
    }

    private Reply.PollChanged close(Actor actor, Poll poll) {
        requireState(poll, PollState.ACTIVE);
        store.close(poll.id(), clock.instant());
        return done(actor, reread(poll), "closed", poll.question());
    }

    private Reply.PollChanged delete(Actor actor, Poll poll) {
        if (poll.state() == PollState.ACTIVE) {
            throw new RoomRefusal("room.poll.error.closeFirst");
        }
        store.delete(poll.id(), clock.instant());
        return done(actor, reread(poll), "deleted", poll.question());
    }

    private Poll reread(Poll poll) {
        return store.find(poll.eventId(), poll.id()).orElseThrow();
    }

    private Reply.PollChanged done(Actor actor, Poll poll, String action, String detail) {
        long seq = frames.changed(poll);
        audit.recordAs(actor.displayName() + " (room participant " + actor.participantId() + ")",
                "room.poll." + action, "event:" + actor.eventId(), "poll " + poll.id() + ": " + detail);
        return new Reply.PollChanged(poll.id(), poll.state().name(), seq);
    }

    private static void requireState(Poll poll, PollState state) {
        if (poll.state() != state) {
            throw new RoomRefusal("room.poll.error.wrongState");
        }
    }
}
