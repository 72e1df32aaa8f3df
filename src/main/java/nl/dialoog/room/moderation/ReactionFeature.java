package nl.dialoog.room.moderation;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.BusMessage;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomBus;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.protocol.ModerationFrame;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.room.protocol.SignalCommand;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Emoji reactions: {@code reaction.send} with one of a few emoji. A reaction is neither stored nor logged; this
 * node adds it to its room's counts, and once a second sends each room that had new reactions one ephemeral
 * {@code reactions} frame with the counts since the last one. One reaction per person per second.
 */
@Component
class ReactionFeature implements CommandHandler, DisposableBean {

    /** The reactions on offer, by the name clients send; the emoji itself is drawn by the page. */
    enum Reaction {
        CLAP("clap"), THUMBS_UP("thumbsUp"), HEART("heart"), LAUGH("laugh"), WOW("wow"), THINK("think");

        final String wire;

        Reaction(String wire) {
            this.wire = wire;
        }

        static Optional<Reaction> parse(String text) {
            for (Reaction reaction : values()) {
                if (reaction.wire.equals(text)) {
                    return Optional.of(reaction);
                }
            }
            return Optional.empty();
        }
    }

    static final long PERSON_INTERVAL_MILLIS = 1000;
    static final long FLUSH_MILLIS = 1000;

    private static final Logger log = LoggerFactory.getLogger(ReactionFeature.class);

    private final Map<Long, EnumMap<Reaction, Integer>> counts = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastByPerson = new ConcurrentHashMap<>();
    private final RoomBus bus;
    private final RoomLog roomLog;
    private final Clock clock;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("room-reactions").daemon().factory());

    ReactionFeature(RoomBus bus, RoomLog roomLog, Clock clock) {
        this.bus = bus;
        this.roomLog = roomLog;
        this.clock = clock;
        flusher.scheduleAtFixedRate(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void register(Registry commands) {
        commands.on(SignalCommand.React.class, this::react);
    }

    private Reply react(Actor actor, SignalCommand.React command) {
        Reaction reaction = Reaction.parse(command.reaction())
                .orElseThrow(() -> new RoomRefusal("room.reaction.error.unknown"));
        if (actor.muted()) {
            throw new RoomRefusal("room.error.muted");
        }
        long now = clock.millis();
        boolean[] inTime = {false};
        lastByPerson.compute(actor.participantId(), (id, last) -> {
            if (last == null || now - last >= PERSON_INTERVAL_MILLIS) {
                inTime[0] = true;
                return now;
            }
            return last;
        });
        if (!inTime[0]) {
            throw new RoomRefusal("room.reaction.error.tooFast");
        }
        counts.compute(actor.eventId(), (id, room) -> {
            EnumMap<Reaction, Integer> added = room == null ? new EnumMap<>(Reaction.class) : room;
            added.merge(reaction, 1, Integer::sum);
            return added;
        });
        return null;
    }

    /** Sends each room's counts since the last flush as one frame, and forgets people who have been quiet. */
    void flush() {
        try {
            for (Long eventId : List.copyOf(counts.keySet())) {
                EnumMap<Reaction, Integer> room = counts.remove(eventId);
                if (room == null || room.isEmpty()) {
                    continue;
                }
                Map<String, Integer> sums = new LinkedHashMap<>();
                room.forEach((reaction, count) -> sums.put(reaction.wire, count));
                bus.publish(new BusMessage.Ephemeral(eventId, roomLog.frame(new ModerationFrame.Reactions(sums))));
            }
            long stale = clock.millis() - 10 * PERSON_INTERVAL_MILLIS;
            lastByPerson.values().removeIf(last -> last < stale);
        } catch (RuntimeException failure) {
            log.warn("reaction flush failed", failure);
        }
    }

    @Override
    public void destroy() {
        flusher.shutdownNow();
    }
}
