package nl.dialoog.registration.desk;

import java.util.Locale;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.internal.Traits;

/**
 * What the organiser's list shows: a search text (name, e-mail address or organisation name, any case) and exact
 * filters; a null or blank field does not filter.
 */
public record RegistrationFilter(String search, RegistrationStatus status, String country, String organisationType,
                                 String language) {

    public static final RegistrationFilter NONE = new RegistrationFilter(null, null, null, null, null);

    boolean matches(RegistrationView registration, java.util.List<Question> questions) {
        return (status == null || registration.status() == status)
                && same(country, Traits.country(questions, registration))
                && same(organisationType, Traits.organisationType(questions, registration))
                && same(language, registration.language())
                && found(registration, questions);
    }

    private boolean found(RegistrationView registration, java.util.List<Question> questions) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        if (registration.name().toLowerCase(Locale.ROOT).contains(wanted)
                || registration.email().toLowerCase(Locale.ROOT).contains(wanted)) {
            return true;
        }
        return questions.stream().filter(q -> q.kind() == QuestionKind.ORGANISATION_NAME)
                .flatMap(q -> registration.answers().getOrDefault(q.id(), java.util.List.of()).stream())
                .anyMatch(answer -> answer.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.isBlank() || wanted.equals(actual);
    }
}
