package nl.dialoog.room.moderation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

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
    public Set<String> commands() {
        return Set.of("hand.raise", "hand.lower");
    }

    @Override
    public Object handle(Actor actor, String command, JsonNode body) {
        if ("hand.raise".equals(command)) {
            if (actor.muted()) {
                throw new RoomRefusal("room.error.muted");
            }
            return change(actor, actor.participantId(), true);
        }
        long whom = body.path("participantId").asLong(0);
        if (whom <= 0 || whom == actor.participantId()) {
            return change(actor, actor.participantId(), false);
        }
        if (!actor.isStaff()) {
            throw new RoomRefusal("room.error.notAllowed");
        }
        Map<String, Object> result = change(actor, whom, false);
        audit.recordAs(ModerationFeature.who(actor), "room.hand.lowered", "event:" + actor.eventId(),
                "hand of participant " + whom);
        return result;
    }

    private Map<String, Object> change(Actor actor, long whom, boolean raise) {
        Participant participant = participants.find(whom)
                .filter(found -> found.eventId() == actor.eventId() && !found.removed())
                .orElseThrow(() -> new RoomRefusal("room.moderation.error.noSuchParticipant"));
        boolean raised = participant.handRaisedAt() != null;
        if (raised != raise) {
            participants.setHandRaised(whom, raise);
            participant = participants.find(whom).orElseThrow();
            roomLog.appendForStaff(actor.eventId(), "hand", view(participant));
            tell.participant(actor.eventId(), whom, "you.hand", Map.of("raised", raise, "by", actor.participantId()),
                    BusMessage.Then.STAY);
        }
        return Map.of("raised", raise);
    }

    /** A raised (or lowered) hand as staff see it. */
    static Map<String, Object> view(Participant participant) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", participant.id());
        view.put("name", participant.displayName());
        view.put("role", participant.role().name());
        Instant at = participant.handRaisedAt();
        view.put("raised", at != null);
        if (at != null) {
            view.put("at", at.toString());
        }
        return view;
    }
}
