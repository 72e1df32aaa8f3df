package nl.dialoog.room.moderation;

import java.time.Instant;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.protocol.ModerationFrame;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.room.protocol.SignalCommand;
import nl.dialoog.room.protocol.YouFrame;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Component;

/**
 * Raised hands: {@code hand.raise} and {@code hand.lower} for one's own hand; staff lower someone else's with
 * {@code hand.lower} and a {@code participantId}. Staff follow the hands through staff-only {@code hand} frames;
 * the person learns of a change to their hand through a {@code you.hand} frame on all their connections.
 */
@Component
class HandFeature implements CommandHandler {

    private final ParticipantStore participants;
    private final RoomLog roomLog;
    private final Tell tell;
    private final Audit audit;

    HandFeature(ParticipantStore participants, RoomLog roomLog, Tell tell, Audit audit) {
        this.participants = participants;
        this.roomLog = roomLog;
        this.tell = tell;
        this.audit = audit;
    }

    @Override
    public void register(Registry commands) {
        commands.on(SignalCommand.RaiseHand.class, (actor, command) -> {
            if (actor.muted()) {
                throw new RoomRefusal("room.error.muted");
            }
            return change(actor, actor.participantId(), true);
        });
        commands.on(SignalCommand.LowerHand.class, this::lower);
    }

    private Reply.Hand lower(Actor actor, SignalCommand.LowerHand command) {
        long whom = command.participantId();
        if (whom <= 0 || whom == actor.participantId()) {
            return change(actor, actor.participantId(), false);
        }
        if (!actor.isStaff()) {
            throw new RoomRefusal("room.error.notAllowed");
        }
        Reply.Hand result = change(actor, whom, false);
        audit.recordAs(ModerationFeature.who(actor), "room.hand.lowered", "event:" + actor.eventId(),
                "hand of participant " + whom);
        return result;
    }

    private Reply.Hand change(Actor actor, long whom, boolean raise) {
        Participant participant = participants.find(whom)
                .filter(found -> found.eventId() == actor.eventId() && !found.removed())
                .orElseThrow(() -> new RoomRefusal("room.moderation.error.noSuchParticipant"));
        boolean raised = participant.handRaisedAt() != null;
        if (raised != raise) {
            participants.setHandRaised(whom, raise);
            participant = participants.find(whom).orElseThrow();
            roomLog.appendForStaff(actor.eventId(), view(participant));
            tell.participant(actor.eventId(), whom, new YouFrame.Hand(raise, actor.participantId()),
                    BusMessage.Then.STAY);
        }
        return new Reply.Hand(raise);
    }

    /** A raised (or lowered) hand as staff see it. */
    static ModerationFrame.Hand view(Participant participant) {
        Instant at = participant.handRaisedAt();
        return new ModerationFrame.Hand(participant.id(), participant.displayName(), participant.role().name(),
                at != null, at == null ? null : at.toString());
    }
}
