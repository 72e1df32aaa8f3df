package nl.dialoog.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code registration_answer}, the row-per-answer index of a registration's answers JSON that the organiser's
 * list filters and searches on (see the migration V20261208_0130). {@link RegistrationStore} rewrites a
 * registration's rows whenever it writes the answers.
 */
@Component
class AnswerIndex {

    static final int MAX = 200;

    private final JdbcTemplate jdbc;

    AnswerIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the registration's rows. */
    void write(long registrationId, Map<Long, List<String>> answers) {
        jdbc.update("DELETE FROM registration_answer WHERE registration_id = ?", registrationId);
        add(registrationId, answers);
    }

    /** Adds the rows of a registration that has none yet (one just inserted): one batched statement, if any. */
    void add(long registrationId, Map<Long, List<String>> answers) {
        List<Object[]> rows = new ArrayList<>();
        answers.forEach((question, values) -> values.stream().filter(value -> value != null && !value.isBlank())
                .distinct().forEach(value -> rows.add(new Object[] {registrationId, question,
                        value.length() > MAX ? value.substring(0, MAX) : value})));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO registration_answer (registration_id, question_id, answer) VALUES (?, ?, ?)",
                    rows);
        }
    }
}
