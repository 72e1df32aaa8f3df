package nl.dialoog.room.poll;

import java.time.Instant;
import java.util.List;

/**
 * A poll with its options, in their order. {@code ballots} is the number of people who voted; {@code closesAt}
 * is when a poll launched with a time limit closes by itself (null: it stays open until a moderator closes it).
 */
record Poll(long id, long eventId, String question, boolean multiple, PollState state, boolean revealed,
            int ballots, Instant launchedAt, Instant closesAt, Instant closedAt, boolean deleted,
            List<Option> options) {

    record Option(long id, String label) {
    }

    Poll withOptions(List<Option> options) {
        return new Poll(id, eventId, question, multiple, state, revealed, ballots, launchedAt, closesAt, closedAt,
                deleted, options);
    }

    boolean visibleTo(boolean staff) {
        return !deleted && (staff || state != PollState.DRAFT);
    }

    boolean hasOption(long optionId) {
        return options.stream().anyMatch(option -> option.id() == optionId);
    }
}
