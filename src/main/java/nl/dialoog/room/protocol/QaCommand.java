package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Everyone's Q&amp;A commands (ask, vote, delete) and the moderators' (the rest). */
public sealed interface QaCommand extends Command {

    @JsonTypeName("qa.ask")
    record Ask(String text, boolean anonymous) implements QaCommand {

        public Ask {
            text = Command.text(text);
        }
    }

    /** Upvote ({@code up} true, the default) or withdraw: a retry changes nothing. */
    @JsonTypeName("qa.vote")
    record Vote(long id, Boolean up) implements QaCommand {

        public Vote {
            up = up == null || up;
        }
    }

    @JsonTypeName("qa.delete")
    record Delete(long id) implements QaCommand {
    }

    @JsonTypeName("qa.approve")
    record Approve(long id) implements QaCommand {
    }

    /** {@code live}: answered on stage. */
    @JsonTypeName("qa.answer")
    record Answer(long id, boolean live) implements QaCommand {
    }

    @JsonTypeName("qa.dismiss")
    record Dismiss(long id) implements QaCommand {
    }

    @JsonTypeName("qa.reopen")
    record Reopen(long id) implements QaCommand {
    }

    /** Merges duplicate {@code id} into question {@code into}. */
    @JsonTypeName("qa.merge")
    record Merge(long id, long into) implements QaCommand {
    }

    @JsonTypeName("qa.pin")
    record Pin(long id) implements QaCommand {
    }

    @JsonTypeName("qa.unpin")
    record Unpin() implements QaCommand {
    }
}
