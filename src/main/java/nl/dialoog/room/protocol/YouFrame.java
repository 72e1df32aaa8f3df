package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** What one person is told, on all their connections, about a decision on them. */
public sealed interface YouFrame extends Frame {

    @JsonTypeName("you.muted")
    record Muted() implements YouFrame {
    }

    @JsonTypeName("you.unmuted")
    record Unmuted() implements YouFrame {
    }

    /**
     * Removed from the room; {@code reason} says why when it was not a moderator (cancelled, rejected, erased).
     */
    @JsonTypeName("you.removed")
    record Removed(@JsonInclude(JsonInclude.Include.NON_NULL) String reason) implements YouFrame {
    }

    /** A new role: the page loads again to serve it. */
    @JsonTypeName("you.role")
    record Role(String role) implements YouFrame {
    }

    /** One's hand was raised or lowered, {@code by} whom (oneself, or a moderator). */
    @JsonTypeName("you.hand")
    record Hand(boolean raised, long by) implements YouFrame {
    }

    /** One's place on the stage changed: INVITED, ON_STAGE, OFF or NONE. */
    @JsonTypeName("you.stage")
    record Stage(String state) implements YouFrame {
    }

    /** A moderator muted one's microphone on the stage. */
    @JsonTypeName("you.stageMuted")
    record StageMuted() implements YouFrame {
    }

    /** A moderator let one's microphone on the stage be heard again. */
    @JsonTypeName("you.stageUnmuted")
    record StageUnmuted() implements YouFrame {
    }
}
