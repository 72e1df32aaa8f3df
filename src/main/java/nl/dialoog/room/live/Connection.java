package nl.dialoog.room.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One client's connection on this node. Frames arrive as ready-made batches (JSON arrays shared by every client of
 * the room); a virtual thread of its own writes them, so a stalled client blocks only itself. Its queue is bounded:
 * when the client falls that far behind, the queue is dropped and the client is told to resync, which it does by
 * resuming from the last number it has.
 */
public final class Connection {

    /** Where frames go: a WebSocket session or a Server-Sent Events stream. */
    public interface Sink {
        void send(String batch) throws IOException;

        void close();
    }

    static final String RESYNC = "[{\"kind\":\"resync\"}]";

    private final Actor actor;
    private final Locale locale;
    private final Sink sink;
    private final int capacity;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private boolean closed;
    private long visitId;

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

    /** Starts writing: {@code first} (the snapshot or the missed entries) before anything queued meanwhile. */
    void start(String first) {
        lock.lock();
        try {
            queue.addFirst(first);
        } finally {
            lock.unlock();
        }
        Thread.ofVirtual().name("room-send-" + actor.participantId()).start(this::write);
    }

    /** Queues a batch; never blocks. Returns false when the client had fallen behind and was told to resync. */
    public boolean offer(String batch) {
        lock.lock();
        try {
            if (closed) {
                return true;
            }
            boolean kept = true;
            if (queue.size() >= capacity) {
                queue.clear();
                batch = RESYNC;
                kept = false;
            }
            queue.addLast(batch);
            ready.signal();
            return kept;
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
        sink.close();
    }

    /** Everything queued as one array, or null once closed. */
    private String next() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !closed) {
                ready.await();
            }
            if (closed) {
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
