package nl.dialoog.room.qa;

import static nl.dialoog.room.live.CommandHandler.staffOnly;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.protocol.QaCommand;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.shared.Audit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The moderators' part of Q&A, each action audited: {@code qa.approve} a pending question, {@code qa.answer} it
 * (optionally {@code live}: answered on stage), {@code qa.dismiss}, {@code qa.reopen}, {@code qa.merge} a duplicate
 * ({@code id}) into another ({@code into}), and {@code qa.pin} / {@code qa.unpin} the one now discussed (at most one
 * per room; a question that stops being open loses its pin).
 */
@Component
class QaModeration implements CommandHandler {

    private static final Set<QuestionState> ANSWERABLE = EnumSet.of(QuestionState.PENDING, QuestionState.OPEN,
            QuestionState.ANSWERED);
    private static final Set<QuestionState> DISMISSIBLE = EnumSet.of(QuestionState.PENDING, QuestionState.OPEN,
            QuestionState.ANSWERED);
    private static final Set<QuestionState> REOPENABLE = EnumSet.of(QuestionState.ANSWERED, QuestionState.DISMISSED);
    private static final Set<QuestionState> MERGE_TARGETS = EnumSet.of(QuestionState.OPEN, QuestionState.ANSWERED);

    private final QuestionStore store;
    private final QuestionFrames frames;
    private final Audit audit;

    QaModeration(QuestionStore store, QuestionFrames frames, Audit audit) {
        this.store = store;
        this.frames = frames;
        this.audit = audit;
    }

    @Override
    public void register(Registry commands) {
        commands.on(QaCommand.Approve.class, staffOnly((actor, command) -> move(actor, command.id(),
                EnumSet.of(QuestionState.PENDING), QuestionState.OPEN, false, "approved")));
        commands.on(QaCommand.Answer.class, staffOnly((actor, command) -> move(actor, command.id(), ANSWERABLE,
                QuestionState.ANSWERED, command.live(), "answered")));
        commands.on(QaCommand.Dismiss.class, staffOnly((actor, command) -> move(actor, command.id(), DISMISSIBLE,
                QuestionState.DISMISSED, false, "dismissed")));
        commands.on(QaCommand.Reopen.class, staffOnly((actor, command) -> move(actor, command.id(), REOPENABLE,
                QuestionState.OPEN, false, "reopened")));
        commands.on(QaCommand.Merge.class, staffOnly((actor, command) -> merge(actor, command.id(), command.into())));
        commands.on(QaCommand.Pin.class, staffOnly((actor, command) -> pin(actor, command.id())));
        commands.on(QaCommand.Unpin.class, staffOnly((actor, command) -> unpin(actor)));
    }

    private Reply.QuestionMoved move(Actor actor, long id, Set<QuestionState> from, QuestionState to, boolean live,
                                     String action) {
        Question question = listed(actor, id);
        if (!from.contains(question.state())) {
            throw new RoomRefusal("room.qa.error.wrongState");
        }
        store.setState(id, to, live);
        if (question.pinned() && to != QuestionState.OPEN) {
            store.unpin(actor.eventId());
            frames.pinned(actor.eventId(), null);
        }
        long seq = frames.changed(store.find(actor.eventId(), id).orElseThrow());
        audit.recordAs(who(actor), "room.qa." + action, "event:" + actor.eventId(),
                "question " + id + (live ? " (live)" : "") + ", was " + question.state().name() + ": "
                        + question.body());
        return new Reply.QuestionMoved(id, to.name(), seq);
    }

    private Reply.QuestionMerged merge(Actor actor, long id, long into) {
        if (id == into) {
            throw new RoomRefusal("room.qa.error.mergeSelf");
        }
        // rows are locked lowest id first, so two merges of the same pair cannot wait for each other
        Question first = listed(actor, Math.min(id, into));
        Question second = listed(actor, Math.max(id, into));
        Question source = first.id() == id ? first : second;
        Question target = first.id() == id ? second : first;
        if (!MERGE_TARGETS.contains(target.state())) {
            throw new RoomRefusal("room.qa.error.wrongState");
        }
        store.merge(source.id(), target.id());
        if (source.pinned()) {
            frames.pinned(actor.eventId(), null);
        }
        frames.changed(store.find(actor.eventId(), source.id()).orElseThrow());
        long seq = frames.changed(store.find(actor.eventId(), target.id()).orElseThrow());
        audit.recordAs(who(actor), "room.qa.merged", "event:" + actor.eventId(),
                "question " + source.id() + " merged into " + target.id() + ": " + source.body());
        return new Reply.QuestionMerged(source.id(), target.id(), seq);
    }

    private Reply.QuestionChanged pin(Actor actor, long id) {
        Question question = listed(actor, id);
        if (question.state() != QuestionState.OPEN) {
            throw new RoomRefusal("room.qa.error.wrongState");
        }
        if (!question.pinned()) {
            try {
                store.unpin(actor.eventId());
                store.pin(actor.eventId(), id);
            } catch (DataIntegrityViolationException anotherPinAtTheSameTime) {
                throw new RoomRefusal("room.qa.error.busy");
            }
        }
        long seq = frames.pinned(actor.eventId(), id);
        audit.recordAs(who(actor), "room.qa.pinned", "event:" + actor.eventId(), "question " + id);
        return new Reply.QuestionChanged(id, seq);
    }

    private Reply.QuestionChanged unpin(Actor actor) {
        Optional<Long> pinned = store.pinned(actor.eventId());
        store.unpin(actor.eventId());
        long seq = frames.pinned(actor.eventId(), null);
        audit.recordAs(who(actor), "room.qa.unpinned", "event:" + actor.eventId(),
                pinned.map(id -> "question " + id).orElse("nothing was pinned"));
        return new Reply.QuestionChanged(pinned.orElse(null), seq);
    }

    private Question listed(Actor actor, long id) {
        return store.lock(actor.eventId(), id)
                .filter(Question::listed)
                .orElseThrow(() -> new RoomRefusal("room.qa.error.noSuchQuestion"));
    }

    /** How the audit trail names someone acting in a room. */
    static String who(Actor actor) {
        return actor.displayName() + " (room participant " + actor.participantId() + ")";
    }
}
