package nl.dialoog.room.qa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.live.SnapshotPart;
import nl.dialoog.room.protocol.QaCommand;
import nl.dialoog.room.protocol.QaFrame;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.room.protocol.SnapshotParts;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Component;

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
    public void register(Registry commands) {
        commands.on(QaCommand.Ask.class, this::ask);
        commands.on(QaCommand.Vote.class, this::vote);
        commands.on(QaCommand.Delete.class, this::delete);
    }

    @Override
    public void addTo(SnapshotParts parts, Actor viewer) {
        parts.qa(snapshot(viewer));
    }

    /**
     * The questions the viewer may see (with their votes), the pinned one, the ids the viewer upvoted ({@code mine})
     * and asked ({@code asked}): the shared frames cannot say the last two.
     */
    QaFrame.Snapshot snapshot(Actor viewer) {
        Map<Long, List<QuestionStore.Merged>> merged = store.merged(viewer.eventId());
        List<Question> visible = store.listed(viewer.eventId()).stream()
                .filter(question -> question.visibleTo(viewer.participantId(), viewer.isStaff()))
                .toList();
        return new QaFrame.Snapshot(
                visible.stream()
                        .map(question -> QuestionFrames.view(question, merged.getOrDefault(question.id(), List.of()),
                                viewer.isStaff()))
                        .toList(),
                store.pinned(viewer.eventId()).orElse(null),
                store.upvotedBy(viewer.eventId(), viewer.participantId()),
                visible.stream()
                        .filter(question -> question.participantId() == viewer.participantId())
                        .map(Question::id)
                        .toList());
    }

    private Reply.Asked ask(Actor actor, QaCommand.Ask command) {
        String text = command.text().strip();
        boolean anonymous = command.anonymous();
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
        return new Reply.Asked(id, seq, QuestionFrames.view(question, List.of(), true));
    }

    private Reply.Upvoted vote(Actor actor, QaCommand.Vote command) {
        long id = command.id();
        boolean up = command.up();
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
        return new Reply.Upvoted(id, up, votes);
    }

    private Reply.QuestionChanged delete(Actor actor, QaCommand.Delete command) {
        long id = command.id();
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
        return new Reply.QuestionChanged(id, seq);
    }

    /** A question's text as the repeat check compares it: case and spacing do not make it new. */
    static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
