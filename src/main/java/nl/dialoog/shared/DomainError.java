package nl.dialoog.shared;

import java.util.Arrays;

/**
 * What a module refuses to do, and why: the message key of the translated text, its arguments, and the form field
 * it concerns ({@code null} for the request as a whole). Nothing was changed. A controller that shows the form again
 * catches it and marks the field; one that nobody catches becomes a translated 4xx page or RFC 9457 problem JSON in
 * one place ({@link DomainErrors}), never a 500. A module keeps a subtype only where a handler must tell it apart
 * (a page of its own, several problems at once).
 */
public class DomainError extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    /** A refusal of the request as a whole. */
    public DomainError(String messageKey) {
        this(null, messageKey);
    }

    public DomainError(String field, String messageKey, Object... arguments) {
        // no stack trace: an answer to a person, not a fault to investigate
        super(field == null ? messageKey : field + ": " + messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The form field the refusal concerns, or {@code null}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getMessage()
                + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)) + "]";
    }
}
