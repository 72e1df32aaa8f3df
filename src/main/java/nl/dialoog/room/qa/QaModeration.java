package nl.dialoog.room.qa;

import java.util.EnumSet;
import java.util.LinkedHashMap;
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
    public Set<String> commands() {
        return Set.of("qa.approve", "qa.answer", "qa.dismiss", "qa.reopen", "qa.merge", "qa.pin", "qa.unpin");
    }

    @Override
    public Object handle(Actor actor, String command, JsonNode body) {
        if (!actor.isStaff()) {
            throw new RoomRefusal("room.error.notAllowed");
        }
        long id = body.path("id").asLong(0);
        return switch (command) {
            case "qa.approve" -> move(actor, id, EnumSet.of(QuestionState.PENDING), QuestionState.OPEN, false,
                    "approved");
            case "qa.answer" -> move(actor, id, ANSWERABLE, QuestionState.ANSWERED,
                    body.path("live").asBoolean(false), "answered");
            case "qa.dismiss" -> move(actor, id, DISMISSIBLE, QuestionState.DISMISSED, false, "dismissed");
            case "qa.reopen" -> move(actor, id, REOPENABLE, QuestionState.OPEN, false, "reopened");
            case "qa.merge" -> merge(actor, id, body.path("into").asLong(0));
            case "qa.pin" -> pin(actor, id);
            case "qa.unpin" -> unpin(actor);
            default -> throw new RoomRefusal("room.error.unknownCommand");
        };
    }

    private Map<String, Object> move(Actor actor, long id, Set<QuestionState> from, QuestionState to, boolean live,
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
        return Map.of("id", id, "state", to.name(), "seq", seq);
    }

    private Map<String, Object> merge(Actor actor, long id, long into) {
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
        return Map.of("id", source.id(), "into", target.id(), "seq", seq);
    }

    private Map<String, Object> pin(Actor actor, long id) {
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
        return Map.of("id", id, "seq", seq);
    }

    private Map<String, Object> unpin(Actor actor) {
        Optional<Long> pinned = store.pinned(actor.eventId());
        store.unpin(actor.eventId());
        long seq = frames.pinned(actor.eventId(), null);
        audit.recordAs(who(actor), "room.qa.unpinned", "event:" + actor.eventId(),
                pinned.map(id -> "question " + id).orElse("nothing was pinned"));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", pinned.orElse(null));
        result.put("seq", seq);
        return result;
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
