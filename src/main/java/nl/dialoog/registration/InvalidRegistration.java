package nl.dialoog.registration;

import java.util.List;
import nl.dialoog.shared.DomainError;

/**
 * Input that breaks one rule or several: each {@link Problem} names the form field ("answers.12" for a question,
 * null for the form as a whole) and the message key of the translated text; {@link #field()} and
 * {@link #messageKey()} are the first one's. Nothing was saved. A type of its own because a form shows every
 * problem at once.
 */
public class InvalidRegistration extends DomainError {

    /** One broken rule. */
    public record Problem(String field, String messageKey) {
    }

    private final transient List<Problem> problems;

    public InvalidRegistration(String field, String messageKey) {
        this(List.of(new Problem(field, messageKey)));
    }

    /** Every rule a form broke, so that the person sees them all at once; at least one. */
    public InvalidRegistration(List<Problem> problems) {
        super(problems.getFirst().field(), problems.getFirst().messageKey());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
