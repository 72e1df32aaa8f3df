package nl.dialoog.registration;

/**
 * Input that breaks a rule: {@code field} names the form field ("answers.12" for a question), {@code messageKey}
 * the translated text. Nothing was saved.
 */
public class InvalidRegistration extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidRegistration(String field, String messageKey) {
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
