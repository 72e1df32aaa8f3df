package nl.dialoog.registration.internal;

import java.util.List;
import java.util.Optional;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;

/**
 * The few answers the organiser's counts and the anonymous tally are about: the country and the organisation type
 * (the first question of each kind), and the registration's language.
 */
public final class Traits {

    static final String TOTAL = "total";
    static final String COUNTRY = "country";
    static final String ORGANISATION_TYPE = "organisationType";
    static final String LANGUAGE = "language";

    private Traits() {
    }

    public static String country(List<Question> questions, RegistrationView registration) {
        return answer(questions, QuestionKind.COUNTRY, registration);
    }

    public static String organisation(List<Question> questions, RegistrationView registration) {
        return answer(questions, QuestionKind.ORGANISATION_NAME, registration);
    }

    public static String organisationType(List<Question> questions, RegistrationView registration) {
        return answer(questions, QuestionKind.ORGANISATION_TYPE, registration);
    }

    /** Counts a registration, as {@code status}, in the anonymous tally of its event. */
    public static void tally(RosterStore store, List<Question> questions, RegistrationView registration,
                      RegistrationStatus status) {
        long event = registration.eventId().value();
        store.tally(event, status, TOTAL, "", 1);
        store.tally(event, status, COUNTRY, country(questions, registration), 1);
        store.tally(event, status, ORGANISATION_TYPE, organisationType(questions, registration), 1);
        store.tally(event, status, LANGUAGE, registration.language(), 1);
    }

    private static String answer(List<Question> questions, QuestionKind kind, RegistrationView registration) {
        Optional<Question> question = questions.stream().filter(q -> q.kind() == kind).findFirst();
        return question.map(q -> registration.answers().getOrDefault(q.id(), List.of()))
                .filter(values -> !values.isEmpty()).map(List::getFirst).orElse("");
    }
}
