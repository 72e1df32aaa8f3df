package nl.dialoog.room.moderation;

import nl.dialoog.event.EventId;
import nl.dialoog.registration.RegistrationCancelled;
import nl.dialoog.registration.RegistrationErased;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationRejected;
import nl.dialoog.room.ParticipantErased;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomLogErasure;
import nl.dialoog.room.protocol.YouFrame;
import nl.dialoog.shared.Audit;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.StagePerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the room does when a registration ends: a cancelled, rejected or erased registration no longer enters the
 * room. Its participant is removed, which voids every pass issued before (a pass is checked against the participant
 * on each connect and command), and its open connections — WebSocket or event stream, on every node — are told why
 * and closed as refused, so the page stops reconnecting; their stage tokens are revoked, so they can neither
 * publish nor watch the video any more. On erasure the room also forgets who the person was.
 *
 * <p>Each handler runs once per event through Spring Modulith's publication log (retried after a crash) and may run
 * twice without harm: removing a removed participant, or forgetting a forgotten one, changes nothing. Forgetting
 * is announced as {@link ParticipantErased}, for what was built from the room (the results report).
 */
@Component
class RegistrationEnds {

    /** The name an erased participant's contributions show; language-neutral, as it is stored. */
    static final String ERASED_NAME = "—";

    private final ParticipantStore participants;
    private final RoomLog roomLog;
    private final RoomLogErasure erasure;
    private final Tell tell;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Stage stage;

    RegistrationEnds(ParticipantStore participants, RoomLog roomLog, RoomLogErasure erasure, Tell tell, Audit audit,
                     ApplicationEventPublisher events, Stage stage) {
        this.events = events;
        this.stage = stage;
        this.participants = participants;
        this.roomLog = roomLog;
        this.erasure = erasure;
        this.tell = tell;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(RegistrationCancelled cancelled) {
        end(cancelled.eventId().value(), cancelled.registrationId(), "cancelled");
    }

    @ApplicationModuleListener
    void on(RegistrationRejected rejected) {
        end(rejected.eventId().value(), rejected.registrationId(), "rejected");
    }

    @ApplicationModuleListener
    void on(RegistrationErased erased) {
        long eventId = erased.eventId().value();
        participants.ofRegistration(eventId, erased.registrationId().value()).ifPresent(participant -> {
            boolean wasRemoved = participant.removed();
            // the room's audit entries name staff, and the people staff acted on, as who() and whom() write them
            String subject = "event:" + eventId;
            String name = participant.displayName();
            audit.forget(subject, name + " (room participant " + participant.id() + ")",
                    ERASED_NAME + " (room participant " + participant.id() + ")");
            audit.forget(subject, "participant " + participant.id() + " (" + name + ", ",
                    "participant " + participant.id() + " (" + ERASED_NAME + ", ");
            participants.forget(participant.id(), ERASED_NAME);
            int frames = erasure.forget(eventId, participant.id(), ERASED_NAME);
            Participant now = participants.find(participant.id()).orElseThrow();
            roomLog.appendForStaff(eventId, ModerationFeature.view(now));
            if (participant.handRaisedAt() != null) {
                roomLog.appendForStaff(eventId, HandFeature.view(now));
            }
            if (!wasRemoved) {
                tell.participant(eventId, participant.id(), new YouFrame.Removed("erased"), BusMessage.Then.REFUSE);
                stage.revoke(erased.eventId(), StagePerson.participant(participant.id()));
            }
            audit.recordAs("system", "room.participant.erased", "event:" + eventId,
                    "participant " + participant.id() + ", " + frames + " log entries rewritten");
            events.publishEvent(new ParticipantErased(erased.eventId()));
        });
    }

    private void end(long eventId, RegistrationId registration, String reason) {
        participants.ofRegistration(eventId, registration.value())
                .filter(participant -> !participant.removed())
                .ifPresent(participant -> remove(participant, reason));
    }

    private void remove(Participant participant, String reason) {
        long eventId = participant.eventId();
        participants.setRemoved(participant.id());
        Participant now = participants.find(participant.id()).orElseThrow();
        roomLog.appendForStaff(eventId, ModerationFeature.view(now));
        if (participant.handRaisedAt() != null) {
            roomLog.appendForStaff(eventId, HandFeature.view(now));
        }
        tell.participant(eventId, participant.id(), new YouFrame.Removed(reason), BusMessage.Then.REFUSE);
        stage.revoke(new EventId(eventId), StagePerson.participant(participant.id()));
        audit.recordAs("system", "room.participant.removed", "event:" + eventId,
                "participant " + participant.id() + ": registration " + reason);
    }
}
