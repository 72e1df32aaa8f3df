package nl.dialoog.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the mail module ({@code dialoog.mail.*}). The SMTP server itself is Spring Boot's standard
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent and mail stays in the outbox.
 *
 * @param from            sender address of every mail
 * @param fromName        sender name shown by mail programs
 * @param enabled         {@code false} keeps all mail in the outbox even when an SMTP server is configured
 * @param sendAfterCommit send right after the enqueuing transaction commits; otherwise only the poll sends
 * @param pollInterval    how often the dispatcher looks for due mail (also picks up mail after a restart)
 * @param firstRetry      wait before the first retry; it doubles with every further attempt
 * @param maxRetry        longest wait between two attempts
 * @param maxAttempts     attempts before a mail is given up as failed
 * @param sendingTimeout  a mail claimed longer ago than this (its node died mid-send) is tried again
 * @param batchSize       mails claimed per poll
 * @param concurrentSends SMTP connections one node opens at most
 */
@ConfigurationProperties("dialoog.mail")
record MailSettings(String from, String fromName, Boolean enabled, Boolean sendAfterCommit,
                           Duration pollInterval, Duration firstRetry, Duration maxRetry, Integer maxAttempts,
                           Duration sendingTimeout, Integer batchSize, Integer concurrentSends) {

    public MailSettings {
        from = from == null || from.isBlank() ? "noreply@localhost" : from;
        fromName = fromName == null || fromName.isBlank() ? "Dialoog" : fromName;
        enabled = enabled == null || enabled;
        sendAfterCommit = sendAfterCommit == null || sendAfterCommit;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 10 : maxAttempts;
        sendingTimeout = sendingTimeout == null ? Duration.ofMinutes(5) : sendingTimeout;
        batchSize = batchSize == null || batchSize < 1 ? 50 : batchSize;
        concurrentSends = concurrentSends == null || concurrentSends < 1 ? 4 : concurrentSends;
    }

    /** The wait after the given failed attempt (1-based): firstRetry, 2×, 4×, … capped at maxRetry. */
    Duration backoff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(maxRetry) > 0 || wait.isNegative() ? maxRetry : wait;
    }

    /** The domain for Message-IDs: the sender's, so they look like the sender's own. */
    String messageIdDomain() {
        int at = from.lastIndexOf('@');
        return at < 0 || at == from.length() - 1 ? "dialoog" : from.substring(at + 1);
    }
}
