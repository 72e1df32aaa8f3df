package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;

/**
 * Polls' frames. A {@code poll} frame holds the poll's whole view (or that it is gone). Votes per option appear only
 * where the reader may see them (staff, or everyone once revealed): absent, not zero, otherwise.
 */
public sealed interface PollFrame extends Frame {

    @JsonTypeName("poll")
    sealed interface Change extends PollFrame {
    }

    /** {@code closesAt}: an instant, not "seconds left" — the frame is logged and may be replayed long after. */
    record Poll(long id, String question, boolean multiple, String state, boolean revealed, int ballots,
                String closesAt, List<Option> options) implements Change {
    }

    record Option(long id, String label, @JsonInclude(JsonInclude.Include.NON_NULL) Integer votes) {
    }

    record Gone(long id, boolean gone) implements Change {

        public Gone(long id) {
            this(id, true);
        }
    }

    /** A count update, about once a second while people vote; {@code options} only with the results. */
    @JsonTypeName("poll.tally")
    record Tally(long id, int ballots, @JsonInclude(JsonInclude.Include.NON_NULL) List<Count> options)
            implements PollFrame {
    }

    record Count(long id, int votes) {
    }

    /** To the voter's own connections: the options they chose. */
    @JsonTypeName("poll.ballot")
    record Ballot(long id, List<Long> options) implements PollFrame, Reply {
    }

    /** Polls' part of the snapshot: the polls the viewer may see, and their own ballots by poll id. */
    /** {@code now}: the server's time, so a device whose clock is off still counts a timed poll down right. */
    record Snapshot(List<Poll> polls, Map<String, List<Long>> mine, String now) {
    }
}
