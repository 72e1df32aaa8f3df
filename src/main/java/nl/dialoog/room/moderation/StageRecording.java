package nl.dialoog.room.moderation;

import java.util.Map;
import java.util.Set;
import nl.dialoog.event.EventId;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.StagePerson;
import nl.dialoog.stage.StageRefused;
import nl.dialoog.stage.StageRole;
import tools.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * {@code recording.start} and {@code recording.stop}: the room's staff (hosts and moderators) record the stage.
 * The stage refuses anyone who is not its moderator, so the room passes staff as {@link StageRole#MODERATOR} and
 * everyone else as what they are; the stage audits who did it.
 */
@Component
class StageRecording implements CommandHandler {

    private final Stage stage;

    StageRecording(Stage stage) {
        this.stage = stage;
    }

    @Override
    public Set<String> commands() {
        return Set.of("recording.start", "recording.stop");
    }

    @Override
    public Object handle(Actor actor, String command, JsonNode body) {
        EventId event = new EventId(actor.eventId());
        StagePerson person = StagePerson.participant(actor.participantId());
        StageRole role = actor.isStaff() ? StageRole.MODERATOR
                : actor.role() == nl.dialoog.room.RoomRole.PANELIST ? StageRole.PANELIST : StageRole.ATTENDEE;
        try {
            if ("recording.start".equals(command)) {
                stage.startRecording(event, person, role);
                return Map.of("recording", true);
            }
            stage.stopRecording(event, person, role);
            return Map.of("recording", false);
        } catch (StageRefused refused) {
            throw new RoomRefusal(refused.code());
        }
    }
}
