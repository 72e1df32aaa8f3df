package nl.dialoog.room.live;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.dialoog.room.protocol.ModerationFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells a room its head count soon after someone arrives or leaves, to every node's clients: at most once per
 * {@link #EVERY} per room, so a hundred people arriving in a second cost the room a few frames, not a hundred. The
 * hub's heartbeat still sends the count when a visit times out (a node died), which no arrival or departure marks.
 */
@Component
class HeadCount implements DisposableBean {

    static final Duration EVERY = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(HeadCount.class);

    /** Rooms in which someone arrived or left since the last count. */
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private final Presence presence;
    private final RoomLog roomLog;
    private final RoomBus bus;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("room-head-count").daemon().factory());

    HeadCount(Presence presence, RoomLog roomLog, RoomBus bus) {
        this.presence = presence;
        this.roomLog = roomLog;
        this.bus = bus;
        timer.scheduleWithFixedDelay(this::send, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Someone arrived in or left the room (after their visit was written). */
    void changed(long eventId) {
        changed.add(eventId);
    }

    private void send() {
        for (Long eventId : changed) {
            changed.remove(eventId);
            try {
                bus.publish(new BusMessage.Ephemeral(eventId,
                        roomLog.frame(new ModerationFrame.Presence(presence.count(eventId)))));
            } catch (RuntimeException failure) {
                log.warn("room {} head count failed", eventId, failure);
            }
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
