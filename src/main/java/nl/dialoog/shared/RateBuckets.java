package nl.dialoog.shared;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per key (a client address, an e-mail address): {@code capacity} attempts, refilled evenly over
 * the window. Memory stays bounded: at most {@code maxKeys} buckets, the least recently used go first, and
 * {@link #sweep()} drops buckets that are full again, since those remember nothing a new bucket would not.
 */
public final class RateBuckets {

    private final long capacity;
    private final Duration window;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    public RateBuckets(long capacity, Duration window, int maxKeys, TimeMeter time) {
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
    public long take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? probe.getRemainingTokens() : -1;
    }

    /** Returns an attempt that did not fail. */
    public void giveBack(String key) {
        Bucket bucket;
        synchronized (this) {
            bucket = buckets.get(key);
        }
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    public synchronized void forget(String key) {
        buckets.remove(key);
    }

    /** Forgets every bucket whose key passes {@code test}. */
    public synchronized void forgetIf(java.util.function.Predicate<String> test) {
        buckets.keySet().removeIf(test);
    }

    public synchronized int sweep() {
        int before = buckets.size();
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        return before - buckets.size();
    }

    public synchronized int size() {
        return buckets.size();
    }

    private synchronized Bucket bucket(String key) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .withCustomTimePrecision(time)
                .build());
    }

    /** The key for a client address: for IPv6 its /64 network, since one subscriber usually holds all of it. */
    public static String clientKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    Arrays.fill(bytes, 8, 16, (byte) 0);
                    return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
                }
            } catch (UnknownHostException notAnAddress) {
                // Not an IPv6 literal after all: fall through and use the text as it is.
            }
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
