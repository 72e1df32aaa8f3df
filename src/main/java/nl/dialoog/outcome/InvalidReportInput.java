package nl.dialoog.outcome;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An organiser's input the report cannot take; {@code messageKey} says why, in the reader's language. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidReportInput extends RuntimeException {

    private final String messageKey;

    public InvalidReportInput(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
