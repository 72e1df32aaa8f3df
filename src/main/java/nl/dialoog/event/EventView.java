package nl.dialoog.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An event with everything a page or another module needs to show it. {@code version} grows with every change to
 * the event or its parts, so a copy kept elsewhere (a rendered page, a mail template) knows when it is stale.
 */
public record EventView(EventId id, long organisationId, String slug, EventStatus status, String defaultLanguage,
                        List<String> languages, ZoneId zone, Instant start, Instant end, LocalizedText title,
                        LocalizedText summary, LocalizedText description, LocalizedText purpose,
                        int calendarSequence, long version, List<Host> hosts, List<Speaker> speakers,
                        List<AgendaItem> agenda) {

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    /** The language to show: the reader's if the event offers it, else the event's default. */
    public String languageFor(String wanted) {
        return languages.contains(wanted) ? wanted : defaultLanguage;
    }
}
