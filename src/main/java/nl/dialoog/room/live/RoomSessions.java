package nl.dialoog.room.live;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.room.protocol.SessionFrame;
import nl.dialoog.room.protocol.SnapshotParts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * What both transports share: opening a connection from a pass (with the snapshot or the missed entries first),
 * resuming after a resync, and running commands with their acknowledgement.
 */
@Service
public class RoomSessions {

    private final RoomPasses passes;
    private final ParticipantStore participants;
    private final RoomStore rooms;
    private final RoomLog roomLog;
    private final RoomHub hub;
    private final Presence presence;
    private final RoomCommands commands;
    private final List<SnapshotPart> parts;
    private final RoomSettings settings;
    private final MessageSource messages;
    private final HeadCount headCount;
    private final RoomLimits limits;

    RoomSessions(RoomPasses passes, ParticipantStore participants, RoomStore rooms, RoomLog roomLog, RoomHub hub,
                 Presence presence, RoomCommands commands, List<SnapshotPart> parts, RoomSettings settings,
                 MessageSource messages, HeadCount headCount, RoomLimits limits) {
        this.passes = passes;
        this.participants = participants;
        this.rooms = rooms;
        this.roomLog = roomLog;
        this.hub = hub;
        this.presence = presence;
        this.commands = commands;
        this.parts = parts;
        this.settings = settings;
        this.messages = messages;
        this.headCount = headCount;
        this.limits = limits;
    }

    /** The participant a pass admits, unless it is forged, expired, or its holder was removed. */
    public Optional<Participant> admit(String pass) {
        long eventId = RoomPasses.roomOf(pass);
        return passes.check(pass, eventId)
                .flatMap(participants::find)
                .filter(participant -> !participant.removed());
    }

    /**
     * Connects an admitted participant: it first gets what it missed since {@code since} (or a snapshot). Throws
     * {@link RoomRefusal} when the person holds too many connections or opens them too often (see
     * {@link #limitFrame}).
     */
    public Connection open(Participant participant, long since, Locale locale, Connection.Sink sink) {
        Connection connection = new Connection(participant.actor(locale.getLanguage()), locale, sink,
                settings.queueBatches());
        limits.enter(connection);
        try {
            hub.attach(connection);
            connection.visitId(presence.arrived(connection.actor()));
            headCount.changed(connection.actor().eventId());
            CatchUp first = catchUp(connection.actor(), since);
            connection.start(first.batch(), first.upTo());
            return connection;
        } catch (RuntimeException failed) {
            // nothing was sent: the connection must not keep counting against the person's limit
            connection.close();
            hub.detach(connection);
            limits.leave(connection);
            if (connection.visitId() != 0) {
                presence.left(connection.visitId());
                headCount.changed(connection.actor().eventId());
            }
            throw failed;
        }
    }

    /** After a resync, or a gap the client noticed: what it missed, through its own queue, in order. */
    public void resume(Connection connection, long since) {
        try {
            limits.resume(connection);
        } catch (RoomRefusal tooOften) {
            // closed plainly: the client reconnects after the wait the frame names, and catches up then
            connection.finish("[" + limitFrame(tooOften, connection.locale()) + "]", false);
            return;
        }
        CatchUp missed = catchUp(connection.actor(), since);
        connection.restart(missed.batch(), missed.upTo());
    }

    public void close(Connection connection) {
        limits.leave(connection);
        connection.close();
        hub.detach(connection);
        presence.left(connection.visitId());
        headCount.changed(connection.actor().eventId());
    }

    /**
     * Runs a command and returns the answer frame: an acknowledgement (after the change is committed) or a
     * translated refusal. {@code ref} is the client's own label for matching the answer.
     */
    public String command(long participantId, Locale locale, JsonNode body) {
        String ref = body.path("ref").asString("");
        if (ref.length() > 40) {
            ref = ref.substring(0, 40);
        }
        try {
            Reply result = commands.run(participantId, locale.getLanguage(), body);
            return roomLog.frame(new SessionFrame.Ack(ref, result));
        } catch (RoomRefusal refusal) {
            return roomLog.frame(new SessionFrame.Error(ref, refusal.messageKey(),
                    messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(), locale)));
        }
    }

    /** The frame that tells a client why it was refused or closed, and how many seconds to wait before trying again. */
    public String limitFrame(RoomRefusal refusal, Locale locale) {
        String message = messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(), locale);
        return roomLog.frame(new SessionFrame.Limited(refusal.messageKey(), message, RoomLimits.RETRY_SECONDS));
    }

    /** What a client gets first: the missed entries or a snapshot, as one batch, covering the log up to upTo. */
    private record CatchUp(String batch, long upTo) {
    }

    private CatchUp catchUp(Actor actor, long since) {
        long last = rooms.get(actor.eventId()).lastSeq();
        if (since > 0 && since <= last) {
            List<RoomEntry> missed = roomLog.after(actor.eventId(), since, settings.resumeLimit() + 1);
            if (missed.size() <= settings.resumeLimit()) {
                StringBuilder batch = new StringBuilder("[");
                long upTo = since;
                for (RoomEntry entry : missed) {
                    String frame = entry.frameFor(actor.isStaff());
                    if (frame != null) {
                        batch.append(frame).append(',');
                    }
                    upTo = entry.seq();
                }
                batch.append(roomLog.frame(new SessionFrame.Resumed(upTo))).append(']');
                return new CatchUp(batch.toString(), upTo);
            }
        }
        return new CatchUp("[" + roomLog.frame(snapshot(actor, last)) + "]", last);
    }

    private SessionFrame.Snapshot snapshot(Actor viewer, long seq) {
        Participant me = participants.find(viewer.participantId()).orElseThrow();
        RoomState room = rooms.get(viewer.eventId());
        SnapshotParts shares = new SnapshotParts();
        for (SnapshotPart part : parts) {
            part.addTo(shares, viewer);
        }
        SessionFrame.You you = new SessionFrame.You(me.id(), me.displayName(), me.role().name(), me.muted(),
                me.handRaisedAt() != null);
        return SessionFrame.Snapshot.of(seq, you, RoomCommands.settingsView(room), presence.count(viewer.eventId()),
                shares);
    }
}
