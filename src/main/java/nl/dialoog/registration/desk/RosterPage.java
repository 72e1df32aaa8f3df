package nl.dialoog.registration.desk;

import java.util.List;
import java.util.Map;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;

/**
 * A page of the registrations that match a {@link RosterQuery}: the rows, which page of how many, the counts of
 * all matches (by status, language and the answer of each choice question; keys are stored values), the answers
 * that occur among all the event's registrations (the filters' choices) and the anonymous counts of erased or
 * purged registrations (status → dimension → value → count).
 */
public record RosterPage(List<RegistrationView> rows, int number, int pages, int matches, int total,
                         List<Question> questions, Map<RegistrationStatus, Integer> byStatus,
                         Map<String, Integer> byLanguage, Map<Long, Map<String, Integer>> byAnswer,
                         Map<Long, Map<String, Integer>> answersGiven,
                         Map<RegistrationStatus, Map<String, Map<String, Integer>>> removed) {

    public int from() {
        return matches == 0 ? 0 : (number - 1) * RosterQuery.PAGE_SIZE + 1;
    }

    public int to() {
        return Math.min(matches, number * RosterQuery.PAGE_SIZE);
    }
}
