package nl.dialoog.room.statement;

import static nl.dialoog.room.live.CommandHandler.staffOnly;

import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.Audience;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.live.SnapshotPart;
import nl.dialoog.room.protocol.SnapshotParts;
import nl.dialoog.room.protocol.StatementCommand;
import nl.dialoog.room.protocol.StatementFrame;
import nl.dialoog.shared.AfterCommit;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The host's switch for the live opinion map: {@code opinionMap.share} with {@code shared} true or false (staff
 * only, audited) shows the map to everyone or to staff again. The change is logged as an {@code opinionMap.shared}
 * frame for everyone; on sharing, everyone also gets the latest map at once instead of at the next update. The
 * snapshot holds whether it is shared and the latest map for whoever may see it.
 */
@Component
class OpinionMapFeature implements CommandHandler, SnapshotPart {

    private final OpinionMaps maps;
    private final RoomStore rooms;
    private final RoomLog roomLog;
    private final RoomBus bus;
    private final Audit audit;

    OpinionMapFeature(OpinionMaps maps, RoomStore rooms, RoomLog roomLog, RoomBus bus, Audit audit) {
        this.maps = maps;
        this.rooms = rooms;
        this.roomLog = roomLog;
        this.bus = bus;
        this.audit = audit;
    }

    @Override
    public void register(Registry commands) {
        commands.on(StatementCommand.ShareMap.class, staffOnly(this::share));
    }

    @Override
    public void addTo(SnapshotParts parts, Actor viewer) {
        parts.opinionMap(snapshot(viewer));
    }

    private StatementFrame.Sharing share(Actor actor, StatementCommand.ShareMap command) {
        JsonNode shared = command.shared();
        if (shared == null || !shared.isBoolean()) {
            throw new RoomRefusal("room.opinionMap.error.shared");
        }
        long eventId = actor.eventId();
        boolean share = shared.asBoolean();
        if (rooms.opinionMapShared(eventId) != share) {
            rooms.setOpinionMapShared(eventId, share);
            roomLog.append(eventId, new StatementFrame.Sharing(share));
            audit.recordAs(StatementFeature.who(actor), share ? "room.opinionMap.shared" : "room.opinionMap.hidden",
                    "event:" + eventId, share ? "shown to everyone" : "shown to staff only");
            if (share) {
                maps.latest(eventId).ifPresent(latest -> AfterCommit.run(() -> bus.publish(
                        new BusMessage.Ephemeral(eventId, latest.frame(), Audience.EVERYONE))));
            }
        }
        return new StatementFrame.Sharing(share);
    }

    StatementFrame.MapSnapshot snapshot(Actor viewer) {
        boolean shared = rooms.opinionMapShared(viewer.eventId());
        JsonNode map = shared || viewer.isStaff()
                ? maps.latest(viewer.eventId()).map(OpinionMaps.Latest::data).orElse(null)
                : null;
        return new StatementFrame.MapSnapshot(shared, map);
    }
}
