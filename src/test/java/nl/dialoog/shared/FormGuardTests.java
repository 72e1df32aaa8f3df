package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormGuardTests {

    static final byte[] SECRET = "a test secret of enough length!!".getBytes();

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2030-01-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }
    }

    final Hand clock = new Hand();
    final FormGuard guard = new FormGuard(SECRET, clock, Duration.ofSeconds(3), 3, 2, Duration.ofMinutes(10));

    @Test
    void acceptsAPersonWhoTookTheirTime() {
        String token = guard.issue();
        clock.pass(Duration.ofSeconds(20));

        assertThat(guard.check(token, "", "192.0.2.1", "ama@example.org").accepted()).isTrue();
    }

    @Test
    void refusesASendFasterThanAPersonCouldFillTheForm() {
        String token = guard.issue();
        clock.pass(Duration.ofSeconds(1));

        assertThat(guard.check(token, "", "192.0.2.1", "ama@example.org").messageKey())
                .isEqualTo("shared.guard.tooFast");
    }

    @Test
    void refusesAFilledHoneypotWithTheSameAnswerAsATooFastSend() {
        String token = guard.issue();
        clock.pass(Duration.ofSeconds(20));

        assertThat(guard.check(token, "http://spam.example", "192.0.2.1", "x@example.org").messageKey())
                .isEqualTo("shared.guard.tooFast");
    }

    @Test
    void refusesForgedAndStaleTokens() {
        String token = guard.issue();
        String forged = (Long.parseLong(token.substring(0, token.indexOf('.'))) - 60_000) + token.substring(token.indexOf('.'));
        clock.pass(Duration.ofSeconds(20));

        assertThat(guard.check(forged, "", "192.0.2.1", "a@example.org").accepted()).isFalse();
        assertThat(guard.check("garbage", "", "192.0.2.1", "a@example.org").accepted()).isFalse();
        assertThat(guard.check(null, "", "192.0.2.1", "a@example.org").accepted()).isFalse();
        clock.pass(Duration.ofDays(2));
        assertThat(guard.check(token, "", "192.0.2.1", "a@example.org").messageKey())
                .isEqualTo("shared.guard.expired");
    }

    @Test
    void limitsSendsPerClientNetworkAndPerAddress() {
        String token = guard.issue();
        clock.pass(Duration.ofSeconds(20));

        assertThat(guard.check(token, "", "192.0.2.1", "a@example.org").accepted()).isTrue();
        assertThat(guard.check(token, "", "192.0.2.2", "a@example.org").accepted()).isTrue();
        assertThat(guard.check(token, "", "192.0.2.3", "A@example.org").messageKey()).isEqualTo("shared.guard.tooMany");
        assertThat(guard.check(token, "", "2001:db8::1", "b@example.org").accepted()).isTrue();
        assertThat(guard.check(token, "", "2001:db8::2", "c@example.org").accepted()).isTrue();
        assertThat(guard.check(token, "", "2001:db8::3", "d@example.org").accepted()).isTrue();
        assertThat(guard.check(token, "", "2001:db8::4", "e@example.org").messageKey())
                .isEqualTo("shared.guard.tooMany");
        clock.pass(Duration.ofMinutes(10));
        assertThat(guard.check(token, "", "2001:db8::4", "e@example.org").accepted()).isTrue();
    }
}
