package nl.dialoog.mail;

/** A file sent with a mail, e.g. an .ics invitation ("text/calendar; method=REQUEST"). */
public record Attachment(String filename, String contentType, byte[] content) {
}
