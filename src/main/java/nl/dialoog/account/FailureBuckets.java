package nl.dialoog.account;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per key (a client address or an e-mail address): {@code capacity} attempts, refilled evenly over
 * the window. Memory stays bounded: at most {@code maxKeys} buckets, the least recently used go first, and
 * {@link #sweep()} drops buckets that are full again, since those remember nothing a new bucket would not.
 */
final class FailureBuckets {

    private final long capacity;
    private final Duration window;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    FailureBuckets(long capacity, Duration window, int maxKeys, TimeMeter time) {
        this.capacity = capacity;
        this.window = window;
        this.time = time;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one attempt: returns how many are left after it, or -1 when there was none to take. */
    long take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? probe.getRemainingTokens() : -1;
    }

    /** Returns an attempt that did not fail. */
    void giveBack(String key) {
        Bucket bucket;
        synchronized (this) {
            bucket = buckets.get(key);
        }
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    synchronized void forget(String key) {
        buckets.remove(key);
    }

    synchronized int sweep() {
        int before = buckets.size();
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        return before - buckets.size();
    }

    synchronized int size() {
        return buckets.size();
    }

    private synchronized Bucket bucket(String key) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .withCustomTimePrecision(time)
                .build());
    }
}
