package nl.dialoog.room;

import java.time.Instant;
import java.util.List;

/**
 * Everything said and voted in an event's room, in the order it happened, for the results report: the people who
 * entered, their visits, the chat (deleted messages left out), the questions (with their upvotes), the polls that
 * were launched (with their tallies), the accepted statements and every statement vote.
 */
public record RoomRecord(long eventId, List<Person> people, List<Visit> visits, List<Chat> chat,
                         List<Question> questions, List<Poll> polls, List<Statement> statements,
                         List<StatementVote> votes) {

    /** A person in the room; {@code registrationId} is null for staff entering with an account or an invitation. */
    public record Person(long id, Long registrationId, RoomRole role, String displayName, String organisation,
                         String country) {
    }

    /** One stay in the room; {@code leftAt} is the last time seen when the connection ended without a goodbye. */
    public record Visit(long personId, Instant joinedAt, Instant leftAt) {
    }

    public record Chat(long id, long personId, Long replyTo, String body, Instant at) {
    }

    /** {@code state} as the room keeps it (OPEN, ANSWERED, DISMISSED, …); merged questions point to their target. */
    public record Question(long id, long personId, String body, boolean anonymous, String state,
                           boolean answeredLive, Long mergedInto, int upvotes, Instant at) {
    }

    public record Poll(long id, String question, boolean multiple, int ballots, List<PollOption> options,
                       Instant launchedAt, Instant closedAt) {
    }

    public record PollOption(long id, String label, int votes) {
    }

    public record Statement(long id, long personId, String body, boolean seeded, Instant at) {
    }

    /** {@code vote}: 1 agree, -1 disagree, 0 pass (Pol.is's convention). */
    public record StatementVote(long statementId, long personId, int vote, Instant at) {
    }
}
