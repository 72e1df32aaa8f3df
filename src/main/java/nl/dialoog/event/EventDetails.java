package nl.dialoog.event;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What an organiser sets on an event: address, languages, time and texts. Start and end are wall-clock times in the
 * event's own time zone.
 */
public record EventDetails(String slug, String defaultLanguage, List<String> languages, ZoneId zone,
                           LocalDateTime start, LocalDateTime end, LocalizedText title, LocalizedText summary,
                           LocalizedText description, LocalizedText purpose) {

    public EventDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
