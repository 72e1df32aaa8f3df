/**
 * Outgoing mail: an outbox written in the caller's transaction, rendered in the recipient's language, sent after
 * commit with retries; an organiser page shows each mail as the recipient sees it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package nl.dialoog.mail;
