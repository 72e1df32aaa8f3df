package nl.dialoog.room.statement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.dialoog.room.OpinionMap;
import nl.dialoog.room.StatementVotes;
import nl.dialoog.room.live.Audience;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.protocol.Frame;
import nl.dialoog.room.protocol.OpinionMapFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live opinion map's side of the room (public for {@code Rooms} only): the votes the map is computed from, and
 * the latest map of each room. A map travels as one ephemeral {@code opinionMap} frame, to staff only or, while the
 * host shares it, to everyone; it is not logged, since the next one replaces it a few seconds later. Every node
 * keeps the latest frame it saw on the bus (its own included), so that a client joining on any node gets it in
 * its snapshot.
 */
@Component
public class OpinionMaps {

    /** How frames of this kind begin ({@link RoomLog#frame} writes the kind first). */
    private static final String PREFIX = "{\"kind\":\"" + Frame.kindOf(OpinionMapFrame.class) + "\",";
    /** A map not replaced for this long belongs to a room that is over. */
    private static final Duration KEPT = Duration.ofHours(12);
    private static final Logger log = LoggerFactory.getLogger(OpinionMaps.class);

    /** A room's latest map: the frame as sent, and its data for snapshots. */
    record Latest(String frame, JsonNode data, Instant at) {
    }

    private final Map<Long, Latest> latest = new ConcurrentHashMap<>();
    private final StatementStore store;
    private final RoomStore rooms;
    private final RoomLog roomLog;
    private final RoomBus bus;
    private final JsonMapper json;
    private final Clock clock;

    OpinionMaps(StatementStore store, RoomStore rooms, RoomLog roomLog, RoomBus bus, JsonMapper json, Clock clock) {
        this.store = store;
        this.rooms = rooms;
        this.roomLog = roomLog;
        this.bus = bus;
        this.json = json;
        this.clock = clock;
        bus.subscribe(this::receive);
    }

    public StatementVotes votes(long eventId) {
        return new StatementVotes(eventId, store.acceptedTexts(eventId), store.currentVotes(eventId));
    }

    public List<Long> votedSince(Instant since) {
        return store.roomsVotedSince(since);
    }

    /** Sends the map to the room's staff, and to everyone while it is shared. */
    public void show(OpinionMap map) {
        String frame = roomLog.frame(OpinionMapFrame.of(map));
        Audience audience = rooms.opinionMapShared(map.eventId()) ? Audience.EVERYONE : Audience.STAFF;
        bus.publish(new BusMessage.Ephemeral(map.eventId(), frame, audience));
    }

    /** The latest map this node has seen for the room. */
    Optional<Latest> latest(long eventId) {
        return Optional.ofNullable(latest.get(eventId));
    }

    private void receive(BusMessage message) {
        if (!(message instanceof BusMessage.Ephemeral ephemeral) || ephemeral.frame() == null
                || !ephemeral.frame().startsWith(PREFIX)) {
            return;
        }
        try {
            Instant now = clock.instant();
            latest.put(ephemeral.eventId(), new Latest(ephemeral.frame(),
                    json.readTree(ephemeral.frame()).path("data"), now));
            latest.values().removeIf(kept -> kept.at().isBefore(now.minus(KEPT)));
        } catch (RuntimeException garbled) {
            log.warn("room {}: ignored an unreadable opinion map", ephemeral.eventId(), garbled);
        }
    }
}
