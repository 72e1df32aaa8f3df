package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import tools.jackson.databind.JsonNode;

/**
 * Voting, and the moderators' poll commands. Option lists stay JSON as sent: the poll checks each element itself
 * and says which one is wrong.
 */
public sealed interface PollCommand extends Command {

    /** The chosen option ids (exactly one for a single-choice poll). */
    @JsonTypeName("poll.vote")
    record Vote(long id, JsonNode options) implements PollCommand {
    }

    /** A draft: a question and its options (texts). */
    @JsonTypeName("poll.create")
    record Create(String question, boolean multiple, JsonNode options) implements PollCommand {

        public Create {
            question = Command.text(question);
        }
    }

    /** {@code seconds}: an optional time limit, kept as sent so the poll can say exactly what fits. */
    @JsonTypeName("poll.launch")
    record Launch(long id, JsonNode seconds) implements PollCommand {
    }

    @JsonTypeName("poll.reveal")
    record Reveal(long id) implements PollCommand {
    }

    @JsonTypeName("poll.close")
    record Close(long id) implements PollCommand {
    }

    @JsonTypeName("poll.delete")
    record Delete(long id) implements PollCommand {
    }
}
