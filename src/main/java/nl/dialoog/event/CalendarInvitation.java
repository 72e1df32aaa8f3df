package nl.dialoog.event;

/**
 * Makes an .ics an iTIP message (RFC 5546) for one attendee, as sent by mail: REQUEST adds or updates the entry in
 * the attendee's calendar, CANCEL removes it. The organizer is the address mails come from.
 */
public record CalendarInvitation(Method method, String attendeeEmail, String attendeeName, String organizerEmail,
                                 String organizerName) {

    public enum Method {
        REQUEST, CANCEL
    }
}
