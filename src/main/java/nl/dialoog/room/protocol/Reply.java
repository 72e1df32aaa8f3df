package nl.dialoog.room.protocol;

import java.util.List;

/**
 * What a command's acknowledgement carries back to its sender ({@link SessionFrame.Ack#result()}), written as its
 * fields: one of the records below, or a frame the others get too (the settings as changed, a stage seat…). Most
 * answers that follow a change name the log number ({@code seq}) that told the room, so the sender can tell its own
 * change when it comes back.
 */
public sealed interface Reply permits Reply.Posted, Reply.Hand, Reply.Muted, Reply.Removed, Reply.People,
        Reply.Appointed, Reply.PollChanged, Reply.Renamed, Reply.Asked, Reply.Upvoted, Reply.QuestionChanged,
        Reply.QuestionMoved, Reply.QuestionMerged, Reply.StatementStatus, Reply.StatementVote, Reply.StatementCounts,
        Reply.RoundChanged, ModerationFrame.Settings, ModerationFrame.Invitation, PollFrame.Ballot,
        StatementFrame.Sharing, StageFrame.Live, StageFrame.Seat, StageFrame.Recording, StageFrame.Pass,
        StageFrame.Relayed {

    /** A chat message posted or deleted: its id and log number. */
    record Posted(long id, long seq) implements Reply {
    }

    /** Whether one's hand is raised now. */
    record Hand(boolean raised) implements Reply {
    }

    /** Whether a person is muted now. */
    record Muted(long id, boolean muted) implements Reply {
    }

    /** A person removed from the room. */
    record Removed(long id, boolean removed) implements Reply {
    }

    /** The people in the room, as staff see them (at most a page of them), and how many there are. */
    record People(List<ModerationFrame.Participant> people, int total) implements Reply {
    }

    /** A person's role now. */
    record Appointed(long id, String role) implements Reply {
    }

    /** A moderator's poll command: the poll's state now, and the log number that told the room. */
    record PollChanged(long id, String state, long seq) implements Reply {
    }

    /** The name as kept, and whether the card shows. */
    record Renamed(String name, boolean showCard) implements Reply {
    }

    /** A question asked: its id and log number, and the question as its author sees it. */
    record Asked(long id, long seq, QaFrame.Question question) implements Reply {
    }

    /** Whether one upvotes the question now, and its votes. */
    record Upvoted(long id, boolean voted, int votes) implements Reply {
    }

    /** A question deleted, pinned or unpinned ({@code id} null: nothing was pinned). */
    record QuestionChanged(Long id, long seq) implements Reply {
    }

    /** A question approved, answered, dismissed or reopened: its state now. */
    record QuestionMoved(long id, String state, long seq) implements Reply {
    }

    /** A question merged into another. */
    record QuestionMerged(long id, long into, long seq) implements Reply {
    }

    /** A statement submitted or decided on: its status now. */
    record StatementStatus(long id, String status) implements Reply {
    }

    /** One's vote on a statement now. */
    record StatementVote(long id, String vote) implements Reply {
    }

    /** The votes per statement so far (staff only), and by how many people. */
    record StatementCounts(List<Count> counts, int voters) implements Reply {

        public record Count(long id, int agree, int disagree, int pass) {
        }
    }

    /** A moderator's round command: the round's id and state, and the log number that told the room. */
    record RoundChanged(long id, String state, long seq) implements Reply {
    }
}
