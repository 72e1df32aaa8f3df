package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * Q&amp;A's frames. A {@code qa.question} frame holds the question's whole view, or only that it is gone for the
 * reader, so a replay always ends in the same state.
 */
public sealed interface QaFrame extends Frame {

    @JsonTypeName("qa.question")
    sealed interface Change extends QaFrame {
    }

    /** {@code author} is null for others than staff when the question is anonymous. */
    record Question(long id, String text, String at, String state, boolean answeredLive, int votes,
                    boolean anonymous, Author author, List<Merged> merged) implements Change {
    }

    record Gone(long id, boolean gone) implements Change {

        public Gone(long id) {
            this(id, true);
        }
    }

    /** A duplicate merged into the question. */
    record Merged(long id, String text) {
    }

    @JsonTypeName("qa.votes")
    record Votes(long id, int votes) implements QaFrame {
    }

    /** The question now discussed, or none ({@code id} null). */
    @JsonTypeName("qa.pin")
    record Pin(Long id) implements QaFrame {
    }

    /** To the voter's own connections: whether they upvote the question now. */
    @JsonTypeName("qa.mine")
    record Mine(long id, boolean voted) implements QaFrame {
    }

    /** Q&amp;A's part of the snapshot: what the viewer may see, what they upvoted and what they asked. */
    record Snapshot(List<Question> questions, Long pinned, List<Long> mine, List<Long> asked) {
    }
}
