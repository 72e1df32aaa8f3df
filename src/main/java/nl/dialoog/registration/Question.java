package nl.dialoog.registration;

import java.util.List;
import nl.dialoog.event.LocalizedText;

/**
 * A custom question of an event's form. Choice questions offer {@code options} (own options for single and multiple
 * choice; the ISO 3166 countries and a fixed list of organisation types are built in).
 */
public record Question(long id, int position, QuestionKind kind, boolean required, LocalizedText label,
                       List<Option> options) {

    /** One choice: a stable key stored in answers, and its label per language. */
    public record Option(String key, LocalizedText label) {
    }

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
