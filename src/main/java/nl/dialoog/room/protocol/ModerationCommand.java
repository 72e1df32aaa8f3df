package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import tools.jackson.databind.JsonNode;

/** What staff do to people and to the room; roles and invitations are for hosts. */
public sealed interface ModerationCommand extends Command {

    @JsonTypeName("moderation.mute")
    record Mute(long participantId) implements ModerationCommand {
    }

    @JsonTypeName("moderation.unmute")
    record Unmute(long participantId) implements ModerationCommand {
    }

    @JsonTypeName("moderation.remove")
    record Remove(long participantId) implements ModerationCommand {
    }

    /**
     * The settings to change (the others left out). Kept as sent, so that a setting of the wrong kind is refused
     * with the setting's own message rather than read as something else.
     */
    @JsonTypeName("moderation.settings")
    record Settings(JsonNode chatEnabled, JsonNode slowModeSeconds, JsonNode qaPremoderated,
                    JsonNode statementsPremoderated) implements ModerationCommand {
    }

    /** Who is here now. */
    @JsonTypeName("moderation.people")
    record People() implements ModerationCommand {
    }

    @JsonTypeName("moderation.role")
    record Role(long participantId, String role) implements ModerationCommand {

        public Role {
            role = Command.text(role);
        }
    }

    @JsonTypeName("moderation.invite")
    record Invite(String role, String name) implements ModerationCommand {

        public Invite {
            role = Command.text(role);
            name = Command.text(name);
        }
    }

    @JsonTypeName("moderation.revokeInvitation")
    record RevokeInvitation(long id) implements ModerationCommand {
    }
}
