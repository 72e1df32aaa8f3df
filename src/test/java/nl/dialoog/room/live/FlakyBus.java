package nl.dialoog.room.live;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A room bus that loses or delays, on purpose, log entries on their way to this node's hub, as Redis pub/sub may
 * (a reconnect, a restart, a slow subscriber). Publishing passes untouched.
 */
final class FlakyBus implements RoomBus {

    private final RoomBus bus;
    private final AtomicInteger toDrop = new AtomicInteger();
    private final AtomicLong delayNextMillis = new AtomicLong();
    private final AtomicInteger dropped = new AtomicInteger();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("flaky-bus").factory());

    FlakyBus(RoomBus bus) {
        this.bus = bus;
    }

    /** Loses the next {@code count} log entries that arrive. */
    void dropNext(int count) {
        toDrop.set(count);
    }

    /** Holds the next log entry that arrives for {@code millis} before handing it on. */
    void delayNext(long millis) {
        delayNextMillis.set(millis);
    }

    int dropped() {
        return dropped.get();
    }

    @Override
    public void publish(BusMessage message) {
        bus.publish(message);
    }

    @Override
    public void subscribe(Consumer<BusMessage> listener) {
        bus.subscribe(message -> {
            if (message instanceof BusMessage.Logged) {
                if (toDrop.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    dropped.incrementAndGet();
                    return;
                }
                long delay = delayNextMillis.getAndSet(0);
                if (delay > 0) {
                    later.schedule(() -> listener.accept(message), delay, TimeUnit.MILLISECONDS);
                    return;
                }
            }
            listener.accept(message);
        });
    }
}
