package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The failure buckets behind the sign-in throttle: limits, refill and bounded memory. */
class RateBucketsTests {

    static final Duration WINDOW = Duration.ofMinutes(15);

    final ManualTime time = new ManualTime();

    @Test
    void refusesOnceTheAttemptsAreSpent() {
        RateBuckets buckets = new RateBuckets(3, WINDOW, 100, time);

        assertThat(buckets.take("a")).isEqualTo(2);
        assertThat(buckets.take("a")).isEqualTo(1);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(-1);
        assertThat(buckets.take("b")).isEqualTo(2);
    }

    @Test
    void returnsAttemptsEvenlyOverTheWindow() {
        RateBuckets buckets = new RateBuckets(3, WINDOW, 100, time);
        spend(buckets, "a", 3);

        time.advance(Duration.ofMinutes(5));

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(-1);
    }

    @Test
    void takesBackAnAttemptThatDidNotFail() {
        RateBuckets buckets = new RateBuckets(3, WINDOW, 100, time);
        spend(buckets, "a", 3);

        buckets.giveBack("a");

        assertThat(buckets.take("a")).isZero();
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfKeysDroppingTheLeastRecentlyUsed() {
        RateBuckets buckets = new RateBuckets(3, WINDOW, 2, time);
        spend(buckets, "a", 3);
        spend(buckets, "b", 3);
        buckets.take("a");

        buckets.take("c");

        assertThat(buckets.size()).isEqualTo(2);
        assertThat(buckets.take("a")).as("a was used recently and is kept").isEqualTo(-1);
        assertThat(buckets.take("b")).as("b was dropped and starts afresh").isEqualTo(2);
    }

    @Test
    void sweepsOutBucketsThatAreFullAgain() {
        RateBuckets buckets = new RateBuckets(3, WINDOW, 100, time);
        spend(buckets, "a", 1);
        spend(buckets, "b", 2);

        time.advance(Duration.ofMinutes(5));

        assertThat(buckets.sweep()).isEqualTo(1);
        assertThat(buckets.size()).isEqualTo(1);
        assertThat(buckets.take("b")).isEqualTo(1);
    }

    @Test
    void countsAnIpv6NetworkAsOneAddress() {
        String one = RateBuckets.clientKey("2001:db8:1:2:aaaa::1");
        String other = RateBuckets.clientKey("2001:db8:1:2:bbbb::7");

        assertThat(one).isEqualTo(other).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(RateBuckets.clientKey("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(RateBuckets.clientKey(null)).isEqualTo("unknown");
    }

    private static void spend(RateBuckets buckets, String key, int attempts) {
        for (int i = 0; i < attempts; i++) {
            buckets.take(key);
        }
    }

    /** A clock the test moves by hand, so refill needs no sleeping. */
    static final class ManualTime implements TimeMeter {

        private long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
