package nl.dialoog.room;

import nl.dialoog.shared.DomainError;
import nl.dialoog.shared.DomainErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The room cannot be entered now (not open yet, over) or not by this person (removed, not confirmed): a page of
 * its own that says why, with status 403.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
@DomainErrorPage("room/closed")
public class RoomClosed extends DomainError {

    public RoomClosed(String messageKey) {
        super(messageKey);
    }
}
