package nl.dialoog.room.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import nl.dialoog.room.protocol.Frame;
import nl.dialoog.room.protocol.SessionFrame;

/**
 * One client's connection on this node. Frames arrive as ready-made batches (JSON arrays shared by every client of
 * the room); a virtual thread of its own writes them, so a stalled client blocks only itself. Its queue is bounded:
 * when the client falls that far behind, the queue is dropped and the client is told to resync, which it does by
 * resuming from the last number it has; until then it gets no room frames (they would follow a gap).
 */
public final class Connection {

    /** Where frames go: a WebSocket session or a Server-Sent Events stream. */
    public interface Sink {
        void send(String batch) throws IOException;

        void close();

        /** Closes as refused (the holder was removed), so that the client stops reconnecting. */
        default void refuse() {
            close();
        }

        /**
         * Whether the server must write now and then to notice a client that went away: an event stream is only
         * ever written to, so a closed browser shows only as a failed write (a socket's client sends its own pings).
         */
        default boolean needsHeartbeat() {
            return false;
        }
    }

    static final String RESYNC = "[{\"kind\":\"" + Frame.kindOf(SessionFrame.Resync.class) + "\"}]";

    private final Actor actor;
    private final Locale locale;
    private final Sink sink;
    private final int capacity;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private boolean closed;
    private boolean finishing;
    private boolean refusing;
    private long visitId;
    /** The last number the catch-up (snapshot or replay) covered: ticks leave out what it already gave. */
    private long floor = -1;
    /** Told to resync: room frames wait for its resume (it would drop them anyway, being after a gap). */
    private boolean resyncing;
    /** Ticks that came between joining the room and the catch-up; null once started. */
    private List<Held> held = new ArrayList<>();

    private record Held(Channel.Tick tick, String shared) {
    }

    Connection(Actor actor, Locale locale, Sink sink, int capacity) {
        this.actor = actor;
        this.locale = locale;
        this.sink = sink;
        this.capacity = capacity;
    }

    public Actor actor() {
        return actor;
    }

    public Locale locale() {
        return locale;
    }

    long visitId() {
        return visitId;
    }

    void visitId(long id) {
        this.visitId = id;
    }

    boolean isStaff() {
        return actor.isStaff();
    }

    /**
     * Starts writing: {@code first} (the snapshot or the missed entries, up to number {@code upTo}) before anything
     * queued meanwhile, then what ticks brought meanwhile that {@code first} did not already hold.
     */
    void start(String first, long upTo) {
        lock.lock();
        try {
            floor = upTo;
            queue.addFirst(first);
            for (Held tick : held) {
                String batch = tick.tick().after(floor, isStaff(), tick.shared());
                if (batch != null) {
                    queue.addLast(batch);
                }
            }
            held = null;
        } finally {
            lock.unlock();
        }
        Thread.ofVirtual().name("room-send-" + actor.participantId()).start(this::write);
    }

    /**
     * Queues a tick's batch ({@code shared}, made once for everyone of this audience), without the entries the
     * catch-up already gave: an entry handed on but not yet sent when the client joined would otherwise come twice.
     */
    void offerTick(Channel.Tick tick, String shared) {
        String batch;
        lock.lock();
        try {
            if (held != null) {
                held.add(new Held(tick, shared));
                return;
            }
            if (resyncing) {
                return;
            }
            batch = tick.after(floor, isStaff(), shared);
        } finally {
            lock.unlock();
        }
        if (batch != null) {
            offer(batch);
        }
    }

    /**
     * Replaces whatever waits to be sent by a fresh catch-up (after a resync, or a gap the client noticed): it
     * holds every entry up to {@code upTo}, so the queued batches are superseded rather than sent twice.
     */
    void restart(String first, long upTo) {
        lock.lock();
        try {
            if (closed || finishing) {
                return;
            }
            queue.clear();
            queue.addLast(first);
            floor = Math.max(floor, upTo);
            resyncing = false;
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Queues a batch; never blocks. Returns false when the client had fallen behind and was told to resync. */
    public boolean offer(String batch) {
        lock.lock();
        try {
            if (closed || finishing) {
                return true;
            }
            boolean kept = true;
            if (queue.size() >= capacity) {
                queue.clear();
                batch = RESYNC;
                kept = false;
                resyncing = true;
            }
            queue.addLast(batch);
            ready.signal();
            return kept;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends {@code batch} after what is queued, then closes — as refused (the client stops trying) or plainly (the
     * client connects again and is served as it now is); nothing offered later is sent.
     */
    public void finish(String batch, boolean refuse) {
        lock.lock();
        try {
            if (closed || finishing) {
                return;
            }
            queue.addLast(batch);
            finishing = true;
            refusing = refuse;
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    public void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Queues an empty batch where the transport needs one to notice a client that went away. */
    void heartbeat() {
        if (sink.needsHeartbeat()) {
            offer("[]");
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    private void write() {
        try {
            while (true) {
                String batch = next();
                if (batch == null) {
                    break;
                }
                sink.send(batch);
            }
        } catch (IOException | RuntimeException gone) {
            close();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            close();
        }
        if (isRefusing()) {
            sink.refuse();
        } else {
            sink.close();
        }
    }

    private boolean isRefusing() {
        lock.lock();
        try {
            return finishing && refusing;
        } finally {
            lock.unlock();
        }
    }

    /** Everything queued as one array, or null once closed. */
    private String next() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !closed && !finishing) {
                ready.await();
            }
            if (closed || queue.isEmpty()) {
                closed = true;
                return null;
            }
            if (queue.size() == 1) {
                return queue.poll();
            }
            StringBuilder joined = new StringBuilder("[");
            for (String batch : queue) {
                if (batch.length() > 2) {
                    if (joined.length() > 1) {
                        joined.append(',');
                    }
                    joined.append(batch, 1, batch.length() - 1);
                }
            }
            queue.clear();
            return joined.append(']').toString();
        } finally {
            lock.unlock();
        }
    }
}
