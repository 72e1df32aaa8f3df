package nl.dialoog.mail;

import java.util.List;

/**
 * A mail to queue.
 *
 * @param to          recipient address
 * @param toName      recipient's name, may be null
 * @param replyTo     Reply-To address, may be null
 * @param content     rendered subject, text and HTML
 * @param language    the language it is written in
 * @param attachments files to attach, e.g. an .ics
 * @param reference   what the mail is about, for finding and filtering it, e.g. "registration:42"
 * @param eventId     the event it belongs to (organisers see mail per event), may be null
 */
public record OutgoingMail(String to, String toName, String replyTo, MailContent content, String language,
                           List<Attachment> attachments, String reference, Long eventId) {

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
