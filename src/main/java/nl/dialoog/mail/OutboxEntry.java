package nl.dialoog.mail;

import java.time.Instant;
import java.util.List;

/** A mail with what the dispatcher and the outbox pages need beyond the public {@link MailView}. */
record OutboxEntry(MailView mail, Instant nextAttemptAt, Instant lastAttemptAt, Long resentFrom,
                   List<Attachment> attachments) {

    OutboxEntry withAttachments(List<Attachment> files) {
        return new OutboxEntry(mail, nextAttemptAt, lastAttemptAt, resentFrom, List.copyOf(files));
    }
}
