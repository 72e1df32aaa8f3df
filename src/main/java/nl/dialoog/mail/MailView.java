package nl.dialoog.mail;

import java.time.Instant;

/** A mail in the outbox as organisers see it. */
public record MailView(MailId id, String to, String toName, String replyTo, String subject, String text, String html,
                       String language, String reference, Long eventId, MailStatus status, int attempts,
                       Instant createdAt, Instant sentAt, String messageId, String lastError) {
}
