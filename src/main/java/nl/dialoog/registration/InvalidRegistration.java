package nl.dialoog.registration;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks one rule or several: each {@link Problem} names the form field ("answers.12" for a question,
 * null for the form as a whole) and the message key of the translated text. Nothing was saved.
 */
public class InvalidRegistration extends RuntimeException {

    /** One broken rule. */
    public record Problem(String field, String messageKey) {
    }

    private final List<Problem> problems;
    private final String field;
    private final String messageKey;

    public InvalidRegistration(String field, String messageKey) {
        this(List.of(new Problem(field, messageKey)));
    }

    /** Every rule a form broke, so that the person sees them all at once; at least one. */
    public InvalidRegistration(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
        this.field = problems.getFirst().field();
        this.messageKey = problems.getFirst().messageKey();
    }

    /** The field of the first problem. */
    public String field() {
        return field;
    }

    /** The message key of the first problem. */
    public String messageKey() {
        return messageKey;
    }

    public List<Problem> problems() {
        return problems;
    }
}
