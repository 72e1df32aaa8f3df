package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;

/**
 * The room's own frames (settings, head count, reactions) and staff's view of people ({@code participant},
 * {@code hand}: staff only).
 */
public sealed interface ModerationFrame extends Frame {

    /** The room's settings as clients see them. */
    @JsonTypeName("room.settings")
    record Settings(boolean chatEnabled, int slowModeSeconds, boolean qaPremoderated, boolean statementsPremoderated)
            implements ModerationFrame, Reply {
    }

    /** How many people are in the room now. */
    @JsonTypeName("presence")
    record Presence(int count) implements ModerationFrame {
    }

    /** The emoji reactions since the last such frame, by name. */
    @JsonTypeName("reactions")
    record Reactions(Map<String, Integer> counts) implements ModerationFrame {
    }

    /** A person as staff see them (after a change, and in the people list). */
    @JsonTypeName("participant")
    record Participant(long id, String name, String role, String organisation, String country, boolean muted,
                       boolean removed, boolean handRaised) implements ModerationFrame {
    }

    /** A raised (or lowered) hand as staff see it; {@code at} only while raised. */
    @JsonTypeName("hand")
    record Hand(long id, String name, String role, boolean raised,
                @JsonInclude(JsonInclude.Include.NON_NULL) String at) implements ModerationFrame {
    }

    /** A personal invitation link as hosts see it; {@code path} (the link) only in the answer that made it. */
    record Invitation(long id, String role, String name, String at, boolean revoked, boolean used,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String path) implements Reply {

        public Invitation withPath(String link) {
            return new Invitation(id, role, name, at, revoked, used, link);
        }
    }

    /** Moderation's part of a staff member's snapshot: raised hands, and for hosts the invitations. */
    record Snapshot(List<Hand> hands, @JsonInclude(JsonInclude.Include.NON_NULL) List<Invitation> invitations) {
    }
}
