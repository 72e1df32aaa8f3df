package nl.dialoog.registration.desk;

import java.util.List;
import java.util.Map;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;

/**
 * The registrations of an event that match a filter, with counts of those matches by status, country,
 * organisation type and language (keys are the stored answers; "" for none), and the anonymous counts of
 * registrations already erased or purged ({@code removed}: status → dimension → value → count).
 */
public record Roster(List<RegistrationView> matches, int total, List<Question> questions,
                     Map<RegistrationStatus, Integer> byStatus, Map<String, Integer> byCountry,
                     Map<String, Integer> byOrganisationType, Map<String, Integer> byLanguage,
                     Map<RegistrationStatus, Map<String, Map<String, Integer>>> removed) {
}
