package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;

public sealed interface ChatCommand extends Command {

    /** A message, optionally a reply to message {@code replyTo} (0: none). */
    @JsonTypeName("chat.post")
    record Post(String text, long replyTo) implements ChatCommand {

        public Post {
            text = Command.text(text);
        }
    }

    @JsonTypeName("chat.delete")
    record Delete(long id) implements ChatCommand {
    }
}
