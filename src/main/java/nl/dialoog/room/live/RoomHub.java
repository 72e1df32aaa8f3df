package nl.dialoog.room.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.dialoog.room.protocol.ModerationFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's side of every room: the connected clients per room, and a tick that sends what the bus brought since
 * the last one as one batch, serialised once for staff and once for everyone else, so that the cost of a message
 * does not grow with its frames times its readers.
 */
@Component
public class RoomHub implements DisposableBean, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RoomHub.class);

    /** How often each room's last number is compared with what this node handed on (a lost last message). */
    static final long CATCH_UP_MILLIS = 1_000;

    private final Map<Long, Channel> channels = Channel.registry();
    private final RoomStore rooms;
    private final RoomLog roomLog;
    private final Presence presence;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("room-tick").daemon().factory());
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("room-heartbeat").daemon().factory());
    private volatile boolean running;

    RoomHub(RoomBus bus, RoomStore rooms, RoomLog roomLog, Presence presence, RoomSettings settings) {
        this.rooms = rooms;
        this.roomLog = roomLog;
        this.presence = presence;
        bus.subscribe(this::receive);
        long tick = settings.tick().toMillis();
        ticker.scheduleAtFixedRate(this::tick, tick, tick, TimeUnit.MILLISECONDS);
        long beat = Presence.HEARTBEAT.toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, 2_000, beat / 4, TimeUnit.MILLISECONDS);
        heartbeat.scheduleWithFixedDelay(this::catchUp, CATCH_UP_MILLIS, CATCH_UP_MILLIS, TimeUnit.MILLISECONDS);
    }

    void attach(Connection connection) {
        long eventId = connection.actor().eventId();
        channels.compute(eventId, (id, channel) -> {
            Channel joined = channel != null ? channel : new Channel(id, rooms.get(id).lastSeq());
            joined.connections.add(connection);
            return joined;
        });
    }

    void detach(Connection connection) {
        Channel channel = channels.get(connection.actor().eventId());
        if (channel != null) {
            channel.connections.remove(connection);
        }
    }

    private void receive(BusMessage message) {
        Channel channel = channels.get(message.eventId());
        if (channel == null) {
            return;
        }
        switch (message) {
            case BusMessage.Logged logged -> channel.accept(logged.entry());
            case BusMessage.Ephemeral ephemeral -> channel.acceptEphemeral(ephemeral.frame(), ephemeral.audience());
            case BusMessage.Direct direct -> {
                for (Connection connection : channel.connections) {
                    if (connection.actor().participantId() == direct.participantId()) {
                        switch (direct.then()) {
                            case STAY -> connection.offer("[" + direct.frame() + "]");
                            case RECONNECT -> connection.finish("[" + direct.frame() + "]", false);
                            case REFUSE -> connection.finish("[" + direct.frame() + "]", true);
                        }
                    }
                }
            }
        }
    }

    private void tick() {
        for (Channel channel : channels.values()) {
            try {
                fillGap(channel);
                Channel.Tick tick = channel.drain();
                if (tick == null) {
                    continue;
                }
                String everyone = null;
                String staff = null;
                boolean everyoneMade = false;
                boolean staffMade = false;
                for (Connection connection : channel.connections) {
                    String batch;
                    if (connection.isStaff()) {
                        if (!staffMade) {
                            staff = tick.batch(true);
                            staffMade = true;
                        }
                        batch = staff;
                    } else {
                        if (!everyoneMade) {
                            everyone = tick.batch(false);
                            everyoneMade = true;
                        }
                        batch = everyone;
                    }
                    if (batch != null) {
                        connection.offerTick(tick, batch);
                    }
                }
            } catch (RuntimeException failure) {
                log.warn("room {} tick failed", channel.eventId, failure);
            }
        }
    }

    /** Reads entries the bus has not brought within a tick (published out of order, or lost) from the log. */
    private void fillGap(Channel channel) {
        long after = channel.stalledAfter();
        if (after >= 0) {
            long upTo = channel.firstEarly();
            int missing = (int) Math.min(1000, upTo - after - 1);
            roomLog.after(channel.eventId, after, Math.max(missing, 1)).forEach(channel::accept);
        }
    }

    /**
     * Reads from the log what the bus has not brought at all: an entry lost on the way (Redis pub/sub does not
     * promise delivery) with nothing after it, so that no gap shows it. One query for all rooms, once a second.
     */
    private void catchUp() {
        try {
            Map<Long, Long> heads = rooms.lastSeqs(List.copyOf(channels.keySet()));
            heads.forEach((eventId, head) -> {
                Channel channel = channels.get(eventId);
                if (channel == null) {
                    return;
                }
                long delivered = channel.delivered();
                if (head > delivered) {
                    roomLog.after(eventId, delivered, (int) Math.min(1000, head - delivered))
                            .forEach(channel::accept);
                }
            });
        } catch (RuntimeException failure) {
            log.warn("room catch-up from the log failed", failure);
        }
    }

    /** Marks this node's visits as seen, tells rooms their new head count, and forgets empty rooms. */
    private void beat() {
        try {
            List<Long> visits = new ArrayList<>();
            for (Channel channel : channels.values()) {
                channel.connections.removeIf(Connection::isClosed);
                channel.connections.forEach(connection -> {
                    visits.add(connection.visitId());
                    // an event stream whose browser closed fails this write, ends, and its visit with it
                    connection.heartbeat();
                });
            }
            presence.seen(visits);
            for (Channel channel : channels.values()) {
                if (channels.computeIfPresent(channel.eventId,
                        (id, same) -> same.connections.isEmpty() ? null : same) == null) {
                    continue;
                }
                int count = presence.count(channel.eventId);
                if (count != channel.lastPresence) {
                    channel.lastPresence = count;
                    channel.acceptEphemeral(roomLog.frame(new ModerationFrame.Presence(count)), Audience.EVERYONE);
                }
            }
        } catch (RuntimeException failure) {
            log.warn("room heartbeat failed", failure);
        }
    }

    /**
     * Ends every connection on this node; clients reconnect by themselves (to another node, or to this one once it
     * is back), resuming from their last number.
     */
    public void disconnectAll() {
        channels.values().forEach(channel -> channel.connections.forEach(Connection::close));
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * At shutdown, before the web server waits for requests in progress: an event stream is a request that never
     * ends by itself, so each open one would hold the shutdown for the full grace period (30 s).
     */
    @Override
    public void stop() {
        running = false;
        disconnectAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
        heartbeat.shutdownNow();
        channels.values().forEach(channel -> channel.connections.forEach(Connection::close));
    }
}
