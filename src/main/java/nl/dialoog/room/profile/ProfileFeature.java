package nl.dialoog.room.profile;

import java.util.Map;
import java.util.Set;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.shared.TextRules;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code me.rename}: a person chooses the name others see (the registration's name at first) and whether their
 * organisation and country are shown next to it. New messages carry the new name; a joining client sees it on all.
 */
@Component
class ProfileFeature implements CommandHandler {

    static final int MAX_NAME = 80;

    private final ParticipantStore participants;

    ProfileFeature(ParticipantStore participants) {
        this.participants = participants;
    }

    @Override
    public Set<String> commands() {
        return Set.of("me.rename");
    }

    @Override
    public Object handle(Actor actor, String command, JsonNode body) {
        String name = body.path("name").asString("").strip();
        if (name.isEmpty()) {
            throw new RoomRefusal("room.profile.error.empty");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new RoomRefusal("room.profile.error.tooLong", String.valueOf(MAX_NAME));
        }
        if (!TextRules.oneLine(name)) {
            throw new RoomRefusal("room.profile.error.invalid");
        }
        boolean showCard = body.path("showCard").asBoolean(true);
        participants.rename(actor.participantId(), name, showCard);
        return Map.of("name", name, "showCard", showCard);
    }
}
