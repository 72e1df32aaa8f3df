package nl.dialoog.event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An event as an iCalendar (RFC 5545) file: times in the event's own zone with a matching VTIMEZONE, a UID stable for the event and a SEQUENCE that grows when it is rescheduled, so calendar programs
 * replace their entry instead of adding a second one.
 */
final class CalendarFile {

    private CalendarFile() {
    }

    static String uid(EventView event, String host) {
        return "event-" + event.id().value() + "@" + host;
    }

    static String write(EventView event, String language, URI page, Instant now) {
        return write(event, language, page, now, null);
    }

    /** With an invitation, the file is an iTIP REQUEST or CANCEL for one attendee; without, a plain PUBLISH. */
    static String write(EventView event, String language, URI page, Instant now, CalendarInvitation invitation) {
        String title = event.title().resolve(language, event.defaultLanguage()).text();
        String summary = event.summary().resolve(language, event.defaultLanguage()).text();
        VEvent vevent = new VEvent(event.start().atZone(event.zone()), event.end().atZone(event.zone()), title);
        vevent.replace(new DtStamp(now));
        vevent.add(new Uid(uid(event, page.getHost())));
        vevent.add(new Sequence(event.calendarSequence()));
        vevent.add(new Url(page));
        vevent.add(new Location(page.toString()));
        vevent.add(new Description(summary.isEmpty() ? page.toString() : summary + "\n\n" + page));
        Calendar calendar = new Calendar();
        if (invitation != null) {
            calendar.add(new Method(invitation.method().name()));
            Organizer organizer = new Organizer(URI.create("mailto:" + invitation.organizerEmail()));
            if (invitation.organizerName() != null) {
                organizer.add(new Cn(invitation.organizerName()));
            }
            vevent.add(organizer);
            Attendee attendee = new Attendee(URI.create("mailto:" + invitation.attendeeEmail()));
            if (invitation.attendeeName() != null) {
                attendee.add(new Cn(invitation.attendeeName()));
            }
            attendee.add(invitation.method() == CalendarInvitation.Method.CANCEL ? PartStat.DECLINED
                    : PartStat.ACCEPTED);
            vevent.add(attendee);
            if (invitation.method() == CalendarInvitation.Method.CANCEL) {
                vevent.add(new Status(Status.VALUE_CANCELLED));
            }
        }
        calendar.add(new ProdId("-//Dialoog//Dialoog//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(CalendarZone.of(event.zone(), event.start(), event.end()));
        calendar.add(vevent);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
