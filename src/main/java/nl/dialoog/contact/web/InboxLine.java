package nl.dialoog.contact.web;

import java.time.ZoneId;
import java.util.Locale;
import nl.dialoog.contact.ContactMessage;
import nl.dialoog.shared.Times;

/** A message in the organisers' inbox, its time in UTC with the zone's name. */
public record InboxLine(String senderName, String senderEmail, String language, String body, String received) {

    private static final ZoneId UTC = ZoneId.of("UTC");

    static InboxLine of(ContactMessage message, Locale locale) {
        return new InboxLine(message.senderName(), message.senderEmail(), message.language(), message.body(),
                Times.moment(message.receivedAt(), UTC, locale));
    }
}
