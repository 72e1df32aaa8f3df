package nl.dialoog.mail;

/** A rendered mail: subject, plain text and HTML, all in the recipient's language. */
public record MailContent(String subject, String text, String html) {
}
