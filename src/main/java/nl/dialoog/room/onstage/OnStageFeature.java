package nl.dialoog.room.onstage;

import static nl.dialoog.room.live.CommandHandler.staffOnly;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.dialoog.event.EventId;
import nl.dialoog.room.RoomRole;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.SnapshotPart;
import nl.dialoog.room.moderation.Tell;
import nl.dialoog.room.protocol.Command;
import nl.dialoog.room.protocol.ModerationFrame;
import nl.dialoog.room.protocol.SnapshotParts;
import nl.dialoog.room.protocol.StageCommand;
import nl.dialoog.room.protocol.StageFrame;
import nl.dialoog.room.protocol.YouFrame;
import nl.dialoog.room.onstage.StageSeats.State;
import nl.dialoog.shared.Audit;
import nl.dialoog.stage.RecordingState;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.StagePass;
import nl.dialoog.stage.StagePerson;
import nl.dialoog.stage.StageRefused;
import nl.dialoog.stage.StageRole;
import org.springframework.stereotype.Component;

/**
 * The moderator's stage controls as room commands. Staff: {@code stage.goLive} and {@code stage.end} (everyone gets
 * a {@code stage.live} frame), {@code stage.mute}, {@code stage.unmute} and {@code stage.remove} a person on stage,
 * {@code stage.invite} an attendee up and {@code stage.sendBack} again. The invited person: {@code stage.accept}
 * (answered with a pass to publish) or {@code stage.decline}. Whoever may publish: {@code stage.publishPass} and,
 * for the panel only, {@code stage.backstagePass}; anyone, {@code stage.relayed} (what their relay Janus carries).
 * Every decision is audited; the person concerned hears of it
 * through {@code you.stage}, {@code you.stageMuted} or {@code you.stageUnmuted} on all their connections, other
 * staff through a staff-only {@code stage.seat} frame.
 * Targets follow the moderation rules: nobody acts on a host or on themselves, only hosts act on moderators.
 */
@Component
class OnStageFeature implements CommandHandler, SnapshotPart {

    private final ParticipantStore participants;
    private final StageSeats seats;
    private final RoomLog roomLog;
    private final Tell tell;
    private final Audit audit;
    private final Stage stage;
    private final Clock clock;

    OnStageFeature(ParticipantStore participants, StageSeats seats, RoomLog roomLog, Tell tell, Audit audit,
                   Stage stage, Clock clock) {
        this.participants = participants;
        this.seats = seats;
        this.roomLog = roomLog;
        this.tell = tell;
        this.audit = audit;
        this.stage = stage;
        this.clock = clock;
    }

    @Override
    public void register(Registry commands) {
        commands.on(StageCommand.GoLive.class, staffOnly(refusing((actor, command) -> live(actor, true))));
        commands.on(StageCommand.End.class, staffOnly(refusing((actor, command) -> live(actor, false))));
        commands.on(StageCommand.Mute.class,
                staffOnly(refusing((actor, command) -> mute(actor, command.participantId(), true))));
        commands.on(StageCommand.Unmute.class,
                staffOnly(refusing((actor, command) -> mute(actor, command.participantId(), false))));
        commands.on(StageCommand.Remove.class,
                staffOnly(refusing((actor, command) -> remove(actor, command.participantId()))));
        commands.on(StageCommand.Invite.class,
                staffOnly(refusing((actor, command) -> invite(actor, command.participantId()))));
        commands.on(StageCommand.SendBack.class,
                staffOnly(refusing((actor, command) -> sendBack(actor, command.participantId()))));
        commands.on(StageCommand.Accept.class, refusing((actor, command) -> accept(actor)));
        commands.on(StageCommand.Decline.class, refusing((actor, command) -> decline(actor)));
        commands.on(StageCommand.PublishPass.class, refusing((actor, command) -> publishPass(actor)));
        commands.on(StageCommand.BackstagePass.class, refusing((actor, command) -> backstagePass(actor)));
        commands.on(StageCommand.Relayed.class, refusing((actor, command) -> relayed(actor)));
    }

    @Override
    public void addTo(SnapshotParts parts, Actor viewer) {
        parts.onstage(snapshot(viewer));
    }

    /** The stage's refusals (Janus said no, the stage is closed) reach the sender as the room's. */
    private static <C extends Command> Handler<C> refusing(Handler<C> handler) {
        return (actor, command) -> {
            try {
                return handler.handle(actor, command);
            } catch (StageRefused refused) {
                throw new RoomRefusal(refused.messageKey());
            }
        };
    }

    /** Everyone learns whether the stage is live; staff also get the seats, and each person their own. */
    StageFrame.Snapshot snapshot(Actor viewer) {
        Optional<State> mine = seats.of(viewer.eventId(), viewer.participantId());
        List<StageFrame.Seat> all = !viewer.isStaff() ? null : seats.all(viewer.eventId()).stream()
                .flatMap(seat -> participants.find(seat.participantId())
                        .map(p -> seatView(p, Optional.of(seat.state()))).stream())
                .toList();
        EventId event = new EventId(viewer.eventId());
        boolean recording = stage.recording(event).filter(r -> r.state() == RecordingState.RECORDING).isPresent();
        return new StageFrame.Snapshot(stage.live(event), recording, mine.map(State::name).orElse(null),
                mayPublish(viewer.role(), mine), all, viewer.isStaff() ? seats.muted(viewer.eventId()) : null);
    }

    private StageFrame.Live live(Actor actor, boolean live) {
        EventId event = new EventId(actor.eventId());
        boolean was = stage.live(event);
        if (live) {
            stage.goLive(event);
            // whoever joined the stage room to publish without being let publish goes before the audience looks
            stage.sweep(event);
        } else {
            stage.endLive(event);
        }
        if (was != live) {
            roomLog.append(actor.eventId(), new StageFrame.Live(live));
            audit.recordAs(who(actor), live ? "room.stage.live" : "room.stage.ended", "event:" + actor.eventId(),
                    null);
        }
        return new StageFrame.Live(live);
    }

    /** Mutes or unmutes the person's microphone in Janus; they hear of it, and it is audited. */
    private StageFrame.Seat mute(Actor actor, long whom, boolean mute) {
        Participant target = target(actor, whom);
        if (!mayPublish(target.role(), seats.of(actor.eventId(), whom))) {
            throw new RoomRefusal("stage.controls.error.notOnStage");
        }
        EventId event = new EventId(actor.eventId());
        if (mute) {
            stage.mute(event, StagePerson.participant(whom));
            seats.mute(actor.eventId(), whom, actor.participantId(), clock.instant());
        } else {
            stage.unmute(event, StagePerson.participant(whom));
            seats.unmute(actor.eventId(), whom);
        }
        // every moderator's page (also after a reload, from the snapshot) shows who is muted
        roomLog.appendForStaff(actor.eventId(), new StageFrame.Muted(whom, mute));
        tell.participant(actor.eventId(), whom, mute ? new YouFrame.StageMuted() : new YouFrame.StageUnmuted(),
                BusMessage.Then.STAY);
        audit.recordAs(who(actor), mute ? "room.stage.muted" : "room.stage.unmuted", "event:" + actor.eventId(),
                whom(target));
        return seatView(target, seats.of(actor.eventId(), whom));
    }

    /** Off the stage and out of the backstage for good: Janus kicks them and refuses their tokens from now on. */
    private StageFrame.Seat remove(Actor actor, long whom) {
        Participant target = target(actor, whom);
        if (!mayPublish(target.role(), seats.of(actor.eventId(), whom))) {
            throw new RoomRefusal("stage.controls.error.notOnStage");
        }
        seats.set(actor.eventId(), whom, State.OFF, actor.participantId(), clock.instant());
        seats.unmute(actor.eventId(), whom);
        stage.revoke(new EventId(actor.eventId()), StagePerson.participant(whom));
        changed(actor, target, State.OFF);
        audit.recordAs(who(actor), "room.stage.removed", "event:" + actor.eventId(), whom(target));
        return seatView(target, Optional.of(State.OFF));
    }

    /** Invites an attendee up (their raised hand, if any, goes down: it has been answered). */
    private StageFrame.Seat invite(Actor actor, long whom) {
        Participant target = target(actor, whom);
        Optional<State> seat = seats.of(actor.eventId(), whom);
        if (target.role() != RoomRole.ATTENDEE || seat.filter(s -> s != State.OFF).isPresent()) {
            throw new RoomRefusal("stage.controls.error.notAnAttendee");
        }
        seats.set(actor.eventId(), whom, State.INVITED, actor.participantId(), clock.instant());
        if (target.handRaisedAt() != null) {
            participants.setHandRaised(whom, false);
            roomLog.appendForStaff(actor.eventId(), new ModerationFrame.Hand(whom, target.displayName(),
                    target.role().name(), false, null));
            tell.participant(actor.eventId(), whom, new YouFrame.Hand(false, actor.participantId()),
                    BusMessage.Then.STAY);
        }
        changed(actor, target, State.INVITED);
        audit.recordAs(who(actor), "room.stage.invited", "event:" + actor.eventId(), whom(target));
        return seatView(target, Optional.of(State.INVITED));
    }

    /** Sends a guest back to the audience: their publishing token goes and their feed leaves the stage. */
    private StageFrame.Seat sendBack(Actor actor, long whom) {
        Participant target = target(actor, whom);
        State seat = seats.of(actor.eventId(), whom).orElse(null);
        if (seat != State.INVITED && seat != State.ON_STAGE) {
            throw new RoomRefusal("stage.controls.error.notAGuest");
        }
        seats.clear(actor.eventId(), whom);
        seats.unmute(actor.eventId(), whom);
        stage.revokePublishing(new EventId(actor.eventId()), StagePerson.participant(whom));
        changed(actor, target, null);
        audit.recordAs(who(actor), "room.stage.sentBack", "event:" + actor.eventId(), whom(target));
        return seatView(target, Optional.empty());
    }

    private StageFrame.Pass accept(Actor actor) {
        invited(actor);
        seats.set(actor.eventId(), actor.participantId(), State.ON_STAGE, actor.participantId(), clock.instant());
        Participant me = participants.find(actor.participantId()).orElseThrow();
        changed(actor, me, State.ON_STAGE);
        audit.recordAs(who(actor), "room.stage.accepted", "event:" + actor.eventId(), null);
        unmuted(actor.eventId(), actor.participantId());
        return passView(stage.admit(new EventId(actor.eventId()), StagePerson.participant(actor.participantId()),
                StageRole.PANELIST));
    }

    private StageFrame.Seat decline(Actor actor) {
        invited(actor);
        seats.clear(actor.eventId(), actor.participantId());
        Participant me = participants.find(actor.participantId()).orElseThrow();
        changed(actor, me, null);
        audit.recordAs(who(actor), "room.stage.declined", "event:" + actor.eventId(), null);
        return seatView(me, Optional.empty());
    }

    private StageFrame.Pass publishPass(Actor actor) {
        if (!mayPublish(actor.role(), seats.of(actor.eventId(), actor.participantId()))) {
            throw new RoomRefusal("stage.controls.error.mayNotPublish");
        }
        unmuted(actor.eventId(), actor.participantId());
        return passView(stage.admit(new EventId(actor.eventId()), StagePerson.participant(actor.participantId()),
                stageRole(actor.role())));
    }

    /** A new pass publishes under a new id, which Janus has not muted: the moderators' pages hear so. */
    void unmuted(long eventId, long participantId) {
        if (seats.unmute(eventId, participantId)) {
            roomLog.appendForStaff(eventId, new StageFrame.Muted(participantId, false));
        }
    }

    private StageFrame.Pass backstagePass(Actor actor) {
        if (actor.role() == RoomRole.ATTENDEE
                || seats.of(actor.eventId(), actor.participantId()).filter(s -> s == State.OFF).isPresent()) {
            throw new RoomRefusal("stage.backstage.audience");
        }
        return passView(stage.admitBackstage(new EventId(actor.eventId()),
                StagePerson.participant(actor.participantId()), stageRole(actor.role())));
    }

    private StageFrame.Relayed relayed(Actor actor) {
        return new StageFrame.Relayed(stage.relayed(new EventId(actor.eventId()),
                        StagePerson.participant(actor.participantId())).stream()
                .map(f -> new StageFrame.RelayedFeed(f.mountpoint(), f.feed(), f.display())).toList());
    }

    private void invited(Actor actor) {
        if (seats.of(actor.eventId(), actor.participantId()).filter(s -> s == State.INVITED).isEmpty()) {
            throw new RoomRefusal("stage.controls.error.notInvited");
        }
    }

    /** Panelists and staff publish unless taken off; an attendee only once they accepted an invitation up. */
    private static boolean mayPublish(RoomRole role, Optional<State> seat) {
        if (seat.isPresent() && seat.get() == State.OFF) {
            return false;
        }
        return role != RoomRole.ATTENDEE || seat.filter(s -> s == State.ON_STAGE).isPresent();
    }

    private static StageRole stageRole(RoomRole role) {
        return role.isStaff() ? StageRole.MODERATOR : StageRole.PANELIST;
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

    private void changed(Actor actor, Participant person, State state) {
        roomLog.appendForStaff(actor.eventId(), seatView(person, Optional.ofNullable(state)));
        tell.participant(actor.eventId(), person.id(), new YouFrame.Stage(state == null ? "NONE" : state.name()),
                BusMessage.Then.STAY);
    }

    private static StageFrame.Seat seatView(Participant participant, Optional<State> state) {
        return new StageFrame.Seat(participant.id(), participant.displayName(), participant.role().name(),
                state.map(State::name).orElse("NONE"));
    }

    private static StageFrame.Pass passView(StagePass pass) {
        return new StageFrame.Pass(pass.token(), pass.room(), pass.janus().toString(), pass.feed(),
                pass.expiresAt().toString());
    }

    private static String who(Actor actor) {
        return actor.displayName() + " (room participant " + actor.participantId() + ")";
    }

    private static String whom(Participant participant) {
        return "participant " + participant.id() + " (" + participant.displayName() + ", " + participant.role() + ")";
    }
}
