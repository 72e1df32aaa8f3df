package nl.dialoog.room.qa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.live.SnapshotPart;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What everyone does with questions: {@code qa.ask} (text, optionally anonymous), {@code qa.vote} (upvote or
 * withdraw: {@code up} true or false, so a retry changes nothing) and {@code qa.delete} (one's own, or any for
 * staff). Limits: muted people cannot ask, the longest question, at most a few questions a minute, and no asking
 * the same thing twice. The moderators' part is {@link QaModeration}.
 */
@Component
class QaFeature implements CommandHandler, SnapshotPart {

    static final int QUESTION_MAX = 500;
    static final int QUESTIONS_PER_MINUTE = 3;

    private final QuestionStore store;
    private final QuestionFrames frames;
    private final RoomStore rooms;
    private final Audit audit;
    private final Clock clock;

    QaFeature(QuestionStore store, QuestionFrames frames, RoomStore rooms, Audit audit, Clock clock) {
        this.store = store;
        this.frames = frames;
        this.rooms = rooms;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Set<String> commands() {
        return Set.of("qa.ask", "qa.vote", "qa.delete");
    }

    @Override
    public String name() {
        return "qa";
    }

    @Override
    public Object handle(Actor actor, String command, JsonNode body) {
        return switch (command) {
            case "qa.ask" -> ask(actor, body.path("text").asString(""), body.path("anonymous").asBoolean(false));
            case "qa.vote" -> vote(actor, body.path("id").asLong(0), body.path("up").asBoolean(true));
            case "qa.delete" -> delete(actor, body.path("id").asLong(0));
            default -> throw new RoomRefusal("room.error.unknownCommand");
        };
    }

    /**
     * The questions the viewer may see (with their votes), the pinned one, the ids the viewer upvoted ({@code mine})
     * and asked ({@code asked}): the shared frames cannot say the last two.
     */
    @Override
    public Object snapshot(Actor viewer) {
        Map<Long, List<QuestionStore.Merged>> merged = store.merged(viewer.eventId());
        List<Question> visible = store.listed(viewer.eventId()).stream()
                .filter(question -> question.visibleTo(viewer.participantId(), viewer.isStaff()))
                .toList();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("questions", visible.stream()
                .map(question -> QuestionFrames.view(question, merged.getOrDefault(question.id(), List.of()),
                        viewer.isStaff()))
                .toList());
        snapshot.put("pinned", store.pinned(viewer.eventId()).orElse(null));
        snapshot.put("mine", store.upvotedBy(viewer.eventId(), viewer.participantId()));
        snapshot.put("asked", visible.stream()
                .filter(question -> question.participantId() == viewer.participantId())
                .map(Question::id)
                .toList());
        return snapshot;
    }

    private Map<String, Object> ask(Actor actor, String raw, boolean anonymous) {
        String text = raw.strip();
        if (text.isEmpty()) {
            throw new RoomRefusal("room.qa.error.empty");
        }
        if (text.codePointCount(0, text.length()) > QUESTION_MAX) {
            throw new RoomRefusal("room.qa.error.tooLong", String.valueOf(QUESTION_MAX));
        }
        if (actor.muted()) {
            throw new RoomRefusal("room.error.muted");
        }
        Instant now = clock.instant();
        if (!actor.isStaff()) {
            List<Question> earlier = store.byAuthor(actor.eventId(), actor.participantId());
            long lastMinute = earlier.stream()
                    .filter(question -> question.createdAt().isAfter(now.minus(Duration.ofMinutes(1))))
                    .count();
            if (lastMinute >= QUESTIONS_PER_MINUTE) {
                throw new RoomRefusal("room.qa.error.tooFast");
            }
            String same = normal(text);
            if (earlier.stream().anyMatch(question -> !question.deleted() && normal(question.body()).equals(same))) {
                throw new RoomRefusal("room.qa.error.repeated");
            }
        }
        boolean premoderated = rooms.get(actor.eventId()).qaPremoderated() && !actor.isStaff();
        QuestionState state = premoderated ? QuestionState.PENDING : QuestionState.OPEN;
        long id = store.insert(actor.eventId(), actor.participantId(), text, anonymous, state, now);
        Question question = store.find(actor.eventId(), id).orElseThrow();
        long seq = frames.changed(question);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", id);
        result.put("seq", seq);
        result.put("question", QuestionFrames.view(question, List.of(), true));
        return result;
    }

    private Map<String, Object> vote(Actor actor, long id, boolean up) {
        Question question = store.lock(actor.eventId(), id)
                .filter(found -> found.visibleTo(actor.participantId(), actor.isStaff()))
                .orElseThrow(() -> new RoomRefusal("room.qa.error.noSuchQuestion"));
        if (question.state() != QuestionState.OPEN) {
            throw new RoomRefusal("room.qa.error.notOpen");
        }
        boolean changed = up
                ? store.upvote(id, actor.participantId(), clock.instant())
                : store.withdraw(id, actor.participantId());
        int votes = store.votes(id);
        if (changed) {
            frames.votes(question, votes);
            frames.tellVoter(question, actor.participantId(), up);
        }
        return Map.of("id", id, "voted", up, "votes", votes);
    }

    private Map<String, Object> delete(Actor actor, long id) {
        Question question = store.lock(actor.eventId(), id)
                .filter(found -> found.visibleTo(actor.participantId(), actor.isStaff()))
                .orElseThrow(() -> new RoomRefusal("room.qa.error.noSuchQuestion"));
        boolean own = question.participantId() == actor.participantId();
        if (!own && !actor.isStaff()) {
            throw new RoomRefusal("room.error.notAllowed");
        }
        store.delete(id, clock.instant());
        if (question.pinned()) {
            frames.pinned(actor.eventId(), null);
        }
        long seq = frames.changed(store.find(actor.eventId(), id).orElseThrow());
        if (!own) {
            audit.recordAs(QaModeration.who(actor), "room.qa.deleted", "event:" + actor.eventId(),
                    "question " + id + " by participant " + question.participantId() + ": " + question.body());
        }
        return Map.of("id", id, "seq", seq);
    }

    /** A question's text as the repeat check compares it: case and spacing do not make it new. */
    static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
