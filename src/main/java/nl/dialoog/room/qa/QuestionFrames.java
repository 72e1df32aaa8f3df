package nl.dialoog.room.qa;

import java.util.List;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.protocol.Author;
import nl.dialoog.room.protocol.QaFrame;
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
        QaFrame.Question staff = view(question, merged, true);
        if (!question.listed()) {
            return roomLog.append(question.eventId(), new QaFrame.Gone(question.id())).seq();
        }
        if (question.state() == QuestionState.PENDING) {
            return roomLog.appendForStaff(question.eventId(), staff).seq();
        }
        if (question.state() == QuestionState.DISMISSED) {
            return roomLog.append(question.eventId(), new QaFrame.Gone(question.id()), staff).seq();
        }
        QaFrame.Question everyone = view(question, merged, false);
        return roomLog.append(question.eventId(), everyone, question.anonymous() ? staff : null).seq();
    }

    long votes(Question question, int votes) {
        return roomLog.append(question.eventId(), new QaFrame.Votes(question.id(), votes)).seq();
    }

    long pinned(long eventId, Long questionId) {
        return roomLog.append(eventId, new QaFrame.Pin(questionId)).seq();
    }

    /**
     * After the commit, tells the voter's own connections (other tabs, other devices) whether they upvote the
     * question now; frames shared by everyone cannot say that.
     */
    void tellVoter(Question question, long participantId, boolean voted) {
        String frame = roomLog.frame(new QaFrame.Mine(question.id(), voted));
        AfterCommit.run(() -> {
            bus.publish(new BusMessage.Direct(question.eventId(), participantId, frame, BusMessage.Then.STAY));
        });
    }

    /** The question as {@code viewer} sees it: staff see who asked an anonymous question, others do not. */
    static QaFrame.Question view(Question question, List<QuestionStore.Merged> merged, boolean staff) {
        Author author = question.anonymous() && !staff ? null : new Author(question.participantId(),
                question.authorName(), question.authorRole(),
                question.showCard() ? new Author.Card(question.organisation(), question.country()) : null);
        return new QaFrame.Question(question.id(), question.body(), question.createdAt().toString(),
                question.state().name(), question.answeredLive(), question.votes(), question.anonymous(), author,
                merged.stream().map(m -> new QaFrame.Merged(m.id(), m.text())).toList());
    }
}
