package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Chat's frames; a message is also how the snapshot lists the latest ones. */
public sealed interface ChatFrame extends Frame {

    @JsonTypeName("chat.posted")
    record Posted(long id, Author author, String text, String at,
                  @JsonInclude(JsonInclude.Include.NON_NULL) ReplyTo replyTo) implements ChatFrame {
    }

    /** The message a reply quotes: its author's name and the start of its text. */
    record ReplyTo(long id, String name, String excerpt) {
    }

    @JsonTypeName("chat.deleted")
    record Deleted(long id) implements ChatFrame {
    }
}
