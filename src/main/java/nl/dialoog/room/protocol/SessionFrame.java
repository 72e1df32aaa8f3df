package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;

/** What a connection itself is told: how it catches up, and the answers to its commands. */
public sealed interface SessionFrame extends Frame {

    /**
     * Everything a joining client needs, up to number {@code seq}; each feature adds its own part under its name
     * ({@code chat}, {@code qa}…).
     */
    @JsonTypeName("snapshot")
    @JsonPropertyOrder({"seq", "you", "room", "presence"})
    record Snapshot(long seq, You you, ModerationFrame.Settings room, int presence, Map<String, Object> parts)
            implements SessionFrame {

        @Override
        @JsonAnyGetter
        public Map<String, Object> parts() {
            return parts;
        }
    }

    record You(long id, String name, String role, boolean muted, boolean handRaised) {
    }

    /** The end of the missed entries a reconnecting client got instead of a snapshot. */
    @JsonTypeName("resumed")
    record Resumed(long seq) implements SessionFrame {
    }

    /** The client fell behind and its queue was dropped: it resumes from the last number it has. */
    @JsonTypeName("resync")
    record Resync() implements SessionFrame, Bare {
    }

    /** A staff-only entry's number, for everyone else: without it they would see a gap. */
    @JsonTypeName("skip")
    record Skip() implements SessionFrame, Bare {
    }

    /** A command's acknowledgement, after its change is committed; {@code ref} is the client's own label. */
    @JsonTypeName("ack")
    record Ack(String ref, Object result) implements SessionFrame {
    }

    /** A command refused, nothing changed: the reason's key and its text in the client's language. */
    @JsonTypeName("error")
    record Error(String ref, String code, String message) implements SessionFrame {
    }

    /** Over a limit: why, and how many seconds to wait before connecting again. */
    @JsonTypeName("limited")
    record Limited(String code, String message, int retryAfter) implements SessionFrame {
    }

    /** The answer to a command sent without a valid pass (over HTTP; a socket is closed instead). */
    @JsonTypeName("refused")
    record Refused() implements SessionFrame, Bare {
    }

    /** The answer to a command that is not JSON (over HTTP; a socket is closed instead). */
    @JsonTypeName("garbled")
    record Garbled() implements SessionFrame, Bare {
    }
}
