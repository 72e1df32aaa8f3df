package nl.dialoog.mail;

/** Identifies a mail in the outbox. */
public record MailId(long value) {
}
