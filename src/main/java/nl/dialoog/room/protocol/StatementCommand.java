package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import tools.jackson.databind.JsonNode;

/** Statements, their votes, and the host's switch for the opinion map. */
public sealed interface StatementCommand extends Command {

    @JsonTypeName("statement.submit")
    record Submit(String text) implements StatementCommand {

        public Submit {
            text = Command.text(text);
        }
    }

    @JsonTypeName("statement.accept")
    record Accept(long id) implements StatementCommand {
    }

    @JsonTypeName("statement.reject")
    record Reject(long id) implements StatementCommand {
    }

    /** {@code vote}: agree, disagree or pass; a new vote replaces the old. */
    @JsonTypeName("statement.vote")
    record Vote(long id, String vote) implements StatementCommand {

        public Vote {
            vote = Command.text(vote);
        }
    }

    /** Staff ask for the tally. */
    @JsonTypeName("statement.counts")
    record Counts() implements StatementCommand {
    }

    /** Shows the opinion map to everyone ({@code shared} true) or to staff only; must be a JSON boolean. */
    @JsonTypeName("opinionMap.share")
    record ShareMap(JsonNode shared) implements StatementCommand {
    }

    /** Starts a statement round for the whole room; {@code seconds}: an optional time limit, kept as sent. */
    @JsonTypeName("statement.round.launch")
    record LaunchRound(JsonNode seconds) implements StatementCommand {
    }

    /** Ends the running statement round. */
    @JsonTypeName("statement.round.close")
    record CloseRound() implements StatementCommand {
    }
}
