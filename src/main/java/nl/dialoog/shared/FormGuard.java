package nl.dialoog.shared;

import io.github.bucket4j.TimeMeter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps bots off a public form without any third party: a honeypot field people never see, a minimum time between
 * showing the form and sending it (carried in a signed token, so it cannot be forged), and rate limits per client
 * network and per e-mail address. A refusal tells a person to wait a moment; it tells a bot nothing specific.
 */
public final class FormGuard {

    /** The outcome: accepted, or refused with a message key a person can act on. */
    public record Verdict(boolean accepted, String messageKey) {

        static final Verdict OK = new Verdict(true, null);
        static final Verdict TOO_FAST = new Verdict(false, "shared.guard.tooFast");
        static final Verdict TOO_MANY = new Verdict(false, "shared.guard.tooMany");
        static final Verdict EXPIRED = new Verdict(false, "shared.guard.expired");
    }

    private static final Duration MAX_AGE = Duration.ofDays(1);

    private final byte[] secret;
    private final Clock clock;
    private final Duration minimumFillTime;
    private final RateBuckets byClient;
    private final RateBuckets byEmail;

    /**
     * @param perClient sends allowed per client network within {@code window}
     * @param perEmail  sends allowed per e-mail address within {@code window}
     */
    public FormGuard(byte[] secret, Clock clock, Duration minimumFillTime, long perClient, long perEmail,
                     Duration window) {
        this.secret = secret.clone();
        this.clock = clock;
        this.minimumFillTime = minimumFillTime;
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.byClient = new RateBuckets(perClient, window, 10_000, time);
        this.byEmail = new RateBuckets(perEmail, window, 10_000, time);
    }

    /** The token to put in the form's hidden field when showing it. */
    public String issue() {
        return issue(clock.instant());
    }

    /** A token for a form shown at {@code shown}; tests use it to act as a person who took their time. */
    public String issue(java.time.Instant shown) {
        String issuedAt = Long.toString(shown.toEpochMilli());
        return issuedAt + "." + sign(issuedAt);
    }

    /**
     * Checks a sent form. {@code honeypot} is the hidden field's value (people leave it empty); a filled honeypot is
     * refused like a too-fast send, so a bot learns nothing from the answer.
     */
    public Verdict check(String token, String honeypot, String clientAddress, String email) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return Verdict.TOO_FAST;
        }
        Long issuedAt = verified(token);
        if (issuedAt == null) {
            return Verdict.EXPIRED;
        }
        long age = clock.millis() - issuedAt;
        if (age < minimumFillTime.toMillis()) {
            return Verdict.TOO_FAST;
        }
        if (age > MAX_AGE.toMillis()) {
            return Verdict.EXPIRED;
        }
        if (byClient.take(RateBuckets.clientKey(clientAddress)) < 0) {
            return Verdict.TOO_MANY;
        }
        String emailKey = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!emailKey.isEmpty() && byEmail.take(emailKey.length() > 320 ? emailKey.substring(0, 320) : emailKey) < 0) {
            return Verdict.TOO_MANY;
        }
        return Verdict.OK;
    }

    /** Forgets buckets that are full again; call now and then to keep memory small. */
    public void sweep() {
        byClient.sweep();
        byEmail.sweep();
    }

    private Long verified(String token) {
        if (token == null) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String issuedAt = token.substring(0, dot);
        byte[] expected = sign(issuedAt).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        try {
            return Long.parseLong(issuedAt);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
