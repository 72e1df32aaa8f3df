package nl.dialoog.registration;

import java.time.Instant;

/**
 * What the results count a registration by, without name or address: its status, language, the country (ISO code),
 * organisation type and organisation name it gave (empty when the event asked no such question), and when it came.
 */
public record RegistrantProfile(RegistrationId id, RegistrationStatus status, String language, String country,
                                String organisationType, String organisation, Instant registeredAt) {
}
