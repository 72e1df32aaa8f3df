package nl.dialoog.room.qa;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.room.live.Audience;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.shared.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * How questions look to the room, and the log entries that tell it about a change. Every {@code qa.question} frame
 * is the question's whole view (or {@code {id, gone}} where the reader may not see it, any more), so a replay always
 * ends in the same state. Others see an anonymous question without its author; staff frames carry the author.
 */
@Component
class QuestionFrames {

    private final QuestionStore store;
    private final RoomLog roomLog;
    private final RoomBus bus;

    QuestionFrames(QuestionStore store, RoomLog roomLog, RoomBus bus) {
        this.store = store;
        this.roomLog = roomLog;
        this.bus = bus;
    }

    /** Tells the room the question's new state: everyone what they may see of it, staff all of it. */
    long changed(Question question) {
        List<QuestionStore.Merged> merged = store.mergedInto(question.id());
        Map<String, Object> staff = view(question, merged, true);
        if (!question.listed()) {
            return roomLog.append(question.eventId(), "qa.question", gone(question.id())).seq();
        }
        if (question.state() == QuestionState.PENDING) {
            return roomLog.append(question.eventId(), "qa.question", null, staff, Audience.STAFF).seq();
        }
        if (question.state() == QuestionState.DISMISSED) {
            return roomLog.append(question.eventId(), "qa.question", gone(question.id()), staff, Audience.EVERYONE)
                    .seq();
        }
        Map<String, Object> everyone = view(question, merged, false);
        return roomLog.append(question.eventId(), "qa.question", everyone,
                question.anonymous() ? staff : null, Audience.EVERYONE).seq();
    }

    long votes(Question question, int votes) {
        return roomLog.append(question.eventId(), "qa.votes", Map.of("id", question.id(), "votes", votes)).seq();
    }

    long pinned(long eventId, Long questionId) {
        Map<String, Object> pin = new HashMap<>();
        pin.put("id", questionId);
        return roomLog.append(eventId, "qa.pin", pin).seq();
    }

    /**
     * After the commit, tells the voter's own connections (other tabs, other devices) whether they upvote the
     * question now; frames shared by everyone cannot say that.
     */
    void tellVoter(Question question, long participantId, boolean voted) {
        String frame = roomLog.frame("qa.mine", Map.of("id", question.id(), "voted", voted));
        AfterCommit.run(() -> {
            bus.publish(new BusMessage.Direct(question.eventId(), participantId, frame, BusMessage.Then.STAY));
        });
    }

    /** The question as {@code viewer} sees it: staff see who asked an anonymous question, others do not. */
    static Map<String, Object> view(Question question, List<QuestionStore.Merged> merged, boolean staff) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", question.id());
        view.put("text", question.body());
        view.put("at", question.createdAt().toString());
        view.put("state", question.state().name());
        view.put("answeredLive", question.answeredLive());
        view.put("votes", question.votes());
        view.put("anonymous", question.anonymous());
        view.put("author", question.anonymous() && !staff ? null : author(question));
        view.put("merged", merged.stream().map(m -> Map.of("id", m.id(), "text", m.text())).toList());
        return view;
    }

    private static Map<String, Object> author(Question question) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("id", question.participantId());
        author.put("name", question.authorName());
        author.put("role", question.authorRole());
        if (question.showCard()) {
            author.put("organisation", question.organisation());
            author.put("country", question.country());
        }
        return author;
    }

    private static Map<String, Object> gone(long id) {
        return Map.of("id", id, "gone", true);
    }
}
