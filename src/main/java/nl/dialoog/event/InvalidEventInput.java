package nl.dialoog.event;

/** An organiser's input breaks a rule; {@code field} names the form field, {@code messageKey} the translated text. */
public class InvalidEventInput extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidEventInput(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
