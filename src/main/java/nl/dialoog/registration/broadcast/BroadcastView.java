package nl.dialoog.registration.broadcast;

import java.time.Instant;
import nl.dialoog.registration.RegistrationStatus;

/**
 * A broadcast and how far it got: {@code queued} mails written to the outbox out of about {@code recipients}
 * (counted when it was created), and of those how many wait, were sent, or failed for good.
 */
public record BroadcastView(long id, String subject, String body, RegistrationStatus status, String language,
                            int recipients, int queued, Instant createdAt, Instant finishedAt, int waiting, int sent,
                            int failed) {

    public boolean isFinished() {
        return finishedAt != null;
    }
}
