package nl.dialoog.registration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.EventId;

/** One registration as its owner or the event's organisers see it. */
public record RegistrationView(RegistrationId id, EventId eventId, String name, String email, String language,
                               ZoneId zone, RegistrationStatus status, Map<Long, List<String>> answers,
                               int consentVersion, Instant consentedAt, Instant createdAt) {
}
