package nl.dialoog.stage.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.StageRefused;
import nl.dialoog.stage.StageSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Janus's HTTP event handler ({@code janus.eventhandler.sampleevh}, configured by src/main/janus) posts its
 * events. Janus authenticates with basic auth, user {@code janus} and the shared secret
 * {@code dialoog.stage.events-secret}; without that setting the endpoint takes nothing. A refused or unreadable
 * post changes nothing and gets a problem document (RFC 9457); Janus retries a failed delivery a few times.
 */
@RestController
class JanusEventsEndpoint {

    static final String PATH = "/stage/janus-events";

    private final Stage stage;
    private final byte[] expected;

    JanusEventsEndpoint(Stage stage, StageSettings settings) {
        this.stage = stage;
        String secret = settings.eventsSecret();
        this.expected = secret == null || secret.isBlank() ? null
                : ("Basic " + Base64.getEncoder().encodeToString(("janus:" + secret).getBytes(StandardCharsets.UTF_8)))
                        .getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(path = PATH)
    ResponseEntity<?> events(@RequestHeader(name = "Authorization", defaultValue = "") String authorization,
                             @RequestBody(required = false) String body) {
        if (expected == null || !MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("WWW-Authenticate", "Basic realm=\"janus-events\"")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                            "Janus events need the shared secret (basic auth)"));
        }
        try {
            int used = stage.recordJanusEvents(body == null ? "" : body);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"used\":" + used + "}");
        } catch (StageRefused refused) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body is not a Janus event or an array of them");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }
}
