package nl.dialoog.room.moderation;

import static nl.dialoog.room.live.CommandHandler.staffOnly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.dialoog.room.RoomRole;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.Presence;
import nl.dialoog.room.live.RoomCommands;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomState;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.live.SnapshotPart;
import nl.dialoog.room.protocol.ModerationCommand;
import nl.dialoog.room.protocol.ModerationFrame;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.room.protocol.SnapshotParts;
import nl.dialoog.room.protocol.YouFrame;
import nl.dialoog.event.EventId;
import nl.dialoog.shared.Audit;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.StagePerson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What staff do to people and to the room: {@code moderation.mute} / {@code .unmute} / {@code .remove} a
 * participant, {@code moderation.settings} (chat on/off, slow mode, pre-moderation of questions and statements),
 * {@code moderation.people} (who is here now), and for hosts {@code moderation.role} (appoint a moderator or
 * panelist), {@code moderation.invite} and {@code moderation.revokeInvitation}. Every action is audited.
 * <p>
 * Nobody acts on a host (hosts are the event's organisers) or on themselves; only hosts act on moderators. The
 * person concerned is told on all their connections ({@code you.muted}, {@code you.removed}…); other staff see the
 * change as a staff-only {@code participant} frame.
 */
@Component
class ModerationFeature implements CommandHandler, SnapshotPart {

    static final int MAX_SLOW_MODE_SECONDS = 600;
    static final int MAX_PEOPLE = 2000;

    private final ParticipantStore participants;
    private final RoomStore rooms;
    private final RoomLog roomLog;
    private final Presence presence;
    private final RoomInvitations invitations;
    private final Tell tell;
    private final Audit audit;
    private final Stage stage;

    ModerationFeature(ParticipantStore participants, RoomStore rooms, RoomLog roomLog, Presence presence,
                      RoomInvitations invitations, Tell tell, Audit audit, Stage stage) {
        this.participants = participants;
        this.rooms = rooms;
        this.roomLog = roomLog;
        this.presence = presence;
        this.invitations = invitations;
        this.tell = tell;
        this.audit = audit;
        this.stage = stage;
    }

    @Override
    public void register(Registry commands) {
        commands.on(ModerationCommand.Mute.class, staffOnly((actor, command) ->
                mute(actor, command.participantId(), true)));
        commands.on(ModerationCommand.Unmute.class, staffOnly((actor, command) ->
                mute(actor, command.participantId(), false)));
        commands.on(ModerationCommand.Remove.class, staffOnly((actor, command) ->
                remove(actor, command.participantId())));
        commands.on(ModerationCommand.Settings.class, staffOnly(this::settings));
        commands.on(ModerationCommand.People.class, staffOnly((actor, command) -> people(actor)));
        commands.on(ModerationCommand.Role.class, staffOnly((actor, command) ->
                role(actor, command.participantId(), command.role())));
        commands.on(ModerationCommand.Invite.class, staffOnly((actor, command) ->
                invitations.invite(host(actor), command.role(), command.name())));
        commands.on(ModerationCommand.RevokeInvitation.class, staffOnly((actor, command) ->
                invitations.revoke(host(actor), command.id())));
    }

    @Override
    public void addTo(SnapshotParts parts, Actor viewer) {
        parts.moderation(snapshot(viewer));
    }

    /** Staff get the raised hands (oldest first) and, for hosts, the invitations; everyone else nothing. */
    ModerationFrame.Snapshot snapshot(Actor viewer) {
        if (!viewer.isStaff()) {
            return null;
        }
        List<ModerationFrame.Hand> hands = participants.all(viewer.eventId()).stream()
                .filter(participant -> participant.handRaisedAt() != null && !participant.removed())
                .sorted(Comparator.comparing(Participant::handRaisedAt))
                .map(HandFeature::view)
                .toList();
        return new ModerationFrame.Snapshot(hands,
                viewer.role() == RoomRole.HOST ? invitations.list(viewer.eventId()) : null);
    }

    private Reply.Muted mute(Actor actor, long whom, boolean muted) {
        Participant target = target(actor, whom);
        if (target.muted() != muted) {
            participants.setMuted(whom, muted);
            changed(actor, whom);
            tell.participant(actor.eventId(), whom, muted ? new YouFrame.Muted() : new YouFrame.Unmuted(),
                    BusMessage.Then.STAY);
            audit.recordAs(who(actor), muted ? "room.participant.muted" : "room.participant.unmuted",
                    "event:" + actor.eventId(), whom(target));
        }
        return new Reply.Muted(whom, muted);
    }

    /**
     * Removes someone from the room: their pass and their join link (or invitation) stop entering this room; their
     * open connections get {@code you.removed} and are closed as refused, so their page stops reconnecting.
     */
    private Reply.Removed remove(Actor actor, long whom) {
        Participant target = target(actor, whom);
        participants.setRemoved(whom);
        changed(actor, whom);
        if (target.handRaisedAt() != null) {
            roomLog.appendForStaff(actor.eventId(), HandFeature.view(participants.find(whom).orElseThrow()));
        }
        tell.participant(actor.eventId(), whom, new YouFrame.Removed(null), BusMessage.Then.REFUSE);
        // their Janus tokens too, so they can neither publish nor watch the stage any more
        stage.revoke(new EventId(actor.eventId()), StagePerson.participant(whom));
        audit.recordAs(who(actor), "room.participant.removed", "event:" + actor.eventId(), whom(target));
        return new Reply.Removed(whom, true);
    }

    private ModerationFrame.Settings settings(Actor actor, ModerationCommand.Settings body) {
        long eventId = actor.eventId();
        RoomState before = rooms.get(eventId);
        List<String> changes = new ArrayList<>();
        JsonNode slow = body.slowModeSeconds();
        if (slow != null) {
            if (!slow.isIntegralNumber() || slow.asLong() < 0 || slow.asLong() > MAX_SLOW_MODE_SECONDS) {
                throw new RoomRefusal("room.moderation.error.slowMode", String.valueOf(MAX_SLOW_MODE_SECONDS));
            }
            if (slow.asInt() != before.slowModeSeconds()) {
                rooms.setSlowMode(eventId, slow.asInt());
                changes.add("slow mode " + slow.asInt() + " s");
            }
        }
        Boolean chat = flag(body.chatEnabled());
        if (chat != null && chat != before.chatEnabled()) {
            rooms.setChatEnabled(eventId, chat);
            changes.add("chat " + (chat ? "on" : "off"));
        }
        Boolean qa = flag(body.qaPremoderated());
        if (qa != null && qa != before.qaPremoderated()) {
            rooms.setQaPremoderated(eventId, qa);
            changes.add("questions pre-moderated " + (qa ? "on" : "off"));
        }
        Boolean statements = flag(body.statementsPremoderated());
        if (statements != null && statements != before.statementsPremoderated()) {
            rooms.setStatementsPremoderated(eventId, statements);
            changes.add("statements pre-moderated " + (statements ? "on" : "off"));
        }
        ModerationFrame.Settings view = RoomCommands.settingsView(rooms.get(eventId));
        if (!changes.isEmpty()) {
            roomLog.append(eventId, view);
            audit.recordAs(who(actor), "room.settings.changed", "event:" + eventId, String.join(", ", changes));
        }
        return view;
    }

    /** A setting left out (null) stays as it is; one sent must be a JSON boolean. */
    private static Boolean flag(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new RoomRefusal("room.moderation.error.badSetting");
        }
        return value.asBoolean();
    }

    /** The people in the room now, by name; at most {@link #MAX_PEOPLE}, with the total. */
    private Reply.People people(Actor actor) {
        List<Long> present = presence.present(actor.eventId());
        List<ModerationFrame.Participant> people = participants.byIds(present).stream()
                .filter(participant -> !participant.removed())
                .limit(MAX_PEOPLE)
                .map(ModerationFeature::view)
                .toList();
        return new Reply.People(people, present.size());
    }

    private Reply.Appointed role(Actor actor, long whom, String wanted) {
        host(actor);
        RoomRole role;
        try {
            role = RoomRole.valueOf(wanted);
        } catch (IllegalArgumentException unknown) {
            throw new RoomRefusal("room.moderation.error.badRole");
        }
        if (role == RoomRole.HOST) {
            throw new RoomRefusal("room.moderation.error.badRole");
        }
        Participant target = target(actor, whom);
        if (target.role() != role) {
            participants.setRole(whom, role);
            changed(actor, whom);
            tell.participant(actor.eventId(), whom, new YouFrame.Role(role.name()), BusMessage.Then.RECONNECT);
            audit.recordAs(who(actor), "room.participant.role", "event:" + actor.eventId(),
                    whom(target) + ": " + target.role() + " -> " + role);
        }
        return new Reply.Appointed(whom, role.name());
    }

    private static Actor host(Actor actor) {
        if (actor.role() != RoomRole.HOST) {
            throw new RoomRefusal("room.error.notAllowed");
        }
        return actor;
    }

    /** Someone staff may act on: in this room, not removed, not themselves, not a host; moderators by hosts only. */
    private Participant target(Actor actor, long whom) {
        Participant target = participants.find(whom)
                .filter(found -> found.eventId() == actor.eventId() && !found.removed())
                .orElseThrow(() -> new RoomRefusal("room.moderation.error.noSuchParticipant"));
        if (target.id() == actor.participantId()) {
            throw new RoomRefusal("room.moderation.error.self");
        }
        if (target.role() == RoomRole.HOST
                || target.role() == RoomRole.MODERATOR && actor.role() != RoomRole.HOST) {
            throw new RoomRefusal("room.error.notAllowed");
        }
        return target;
    }

    private void changed(Actor actor, long whom) {
        roomLog.appendForStaff(actor.eventId(), view(participants.find(whom).orElseThrow()));
    }

    static ModerationFrame.Participant view(Participant participant) {
        return new ModerationFrame.Participant(participant.id(), participant.displayName(), participant.role().name(),
                participant.organisation(), participant.country(), participant.muted(), participant.removed(),
                participant.handRaisedAt() != null);
    }

    static String who(Actor actor) {
        return actor.displayName() + " (room participant " + actor.participantId() + ")";
    }

    private static String whom(Participant participant) {
        return "participant " + participant.id() + " (" + participant.displayName() + ", " + participant.role() + ")";
    }
}
