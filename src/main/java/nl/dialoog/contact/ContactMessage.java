package nl.dialoog.contact;

import java.time.Instant;

/** A question or suggestion as the organisers see it. */
public record ContactMessage(long id, long eventId, String senderName, String senderEmail, String language,
                             String body, Instant receivedAt) {
}
