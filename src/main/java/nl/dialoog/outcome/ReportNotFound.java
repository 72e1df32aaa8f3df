package nl.dialoog.outcome;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No report to read here: none built, not published, or a link that does not (or no longer) work. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFound extends RuntimeException {

    public ReportNotFound() {
        super("no report");
    }
}
