package nl.dialoog.registration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such registration or token (forged, revoked or someone else's): always a plain 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RegistrationNotFound extends RuntimeException {

    public RegistrationNotFound() {
        super("no such registration");
    }
}
