package nl.dialoog.event;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such event, or not one this reader may see: both answer 404 so drafts stay secret. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EventNotFound extends RuntimeException {

    public EventNotFound(String what) {
        super("no event " + what);
    }
}
