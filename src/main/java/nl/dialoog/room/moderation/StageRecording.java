package nl.dialoog.room.moderation;

import nl.dialoog.event.EventId;
import nl.dialoog.room.RoomRole;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.protocol.StageCommand;
import nl.dialoog.room.protocol.StageFrame;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.StagePerson;
import nl.dialoog.stage.StageRefused;
import nl.dialoog.stage.StageRole;
import org.springframework.stereotype.Component;

/**
 * {@code recording.start} and {@code recording.stop}: the room's staff (hosts and moderators) record the stage.
 * The stage refuses anyone who is not its moderator, so the room passes staff as {@link StageRole#MODERATOR} and
 * everyone else as what they are; the stage audits who did it. Everyone in the room is told that the stage is being
 * recorded ({@code stage.recording}).
 */
@Component
class StageRecording implements CommandHandler {

    private final Stage stage;
    private final RoomLog roomLog;

    StageRecording(Stage stage, RoomLog roomLog) {
        this.stage = stage;
        this.roomLog = roomLog;
    }

    @Override
    public void register(Registry commands) {
        commands.on(StageCommand.StartRecording.class, (actor, command) -> record(actor, true));
        commands.on(StageCommand.StopRecording.class, (actor, command) -> record(actor, false));
    }

    private StageFrame.Recording record(Actor actor, boolean on) {
        EventId event = new EventId(actor.eventId());
        StagePerson person = StagePerson.participant(actor.participantId());
        StageRole role = actor.isStaff() ? StageRole.MODERATOR
                : actor.role() == RoomRole.PANELIST ? StageRole.PANELIST : StageRole.ATTENDEE;
        try {
            if (on) {
                stage.startRecording(event, person, role);
            } else {
                stage.stopRecording(event, person, role);
            }
        } catch (StageRefused refused) {
            throw new RoomRefusal(refused.messageKey());
        }
        StageFrame.Recording frame = new StageFrame.Recording(on);
        roomLog.append(actor.eventId(), frame);
        return frame;
    }
}
