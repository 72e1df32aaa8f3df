package nl.dialoog.registration.desk;

import java.util.Map;
import nl.dialoog.registration.RegistrationStatus;

/**
 * One page of the organiser's list: a search text (name, e-mail address or organisation name, any case), exact
 * filters (a null one does not filter; {@code answers} maps a question id to the answer key it must have) and the
 * page number, from 1.
 */
public record RosterQuery(String search, RegistrationStatus status, String language, Map<Long, String> answers,
                          int page) {

    public static final int PAGE_SIZE = 50;

    public RosterQuery {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        page = Math.max(1, page);
    }

    public boolean filtered() {
        return (search != null && !search.isBlank()) || status != null || language != null || !answers.isEmpty();
    }
}
