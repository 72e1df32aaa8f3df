package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** What a connection itself is told: how it catches up, and the answers to its commands. */
public sealed interface SessionFrame extends Frame {

    /**
     * Everything a joining client needs, up to number {@code seq}: who it is, the room's settings and head count,
     * then each feature's part under its name ({@code chat}: the latest messages, {@code qa}…), as gathered in
     * {@link SnapshotParts}.
     */
    @JsonTypeName("snapshot")
    record Snapshot(long seq, You you, ModerationFrame.Settings room, int presence, List<ChatFrame.Posted> chat,
                    QaFrame.Snapshot qa, PollFrame.Snapshot polls, StatementFrame.Snapshot statements,
                    StatementFrame.MapSnapshot opinionMap, ModerationFrame.Snapshot moderation,
                    StageFrame.Snapshot onstage) implements SessionFrame {

        public static Snapshot of(long seq, You you, ModerationFrame.Settings room, int presence,
                                  SnapshotParts parts) {
            return parts.snapshot(seq, you, room, presence);
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

    /**
     * A command's acknowledgement, after its change is committed; {@code ref} is the client's own label, and
     * {@code result} what the command's handler answers (null for most).
     */
    @JsonTypeName("ack")
    record Ack(String ref, Reply result) implements SessionFrame {
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
