package nl.dialoog.room.web;

import java.io.IOException;
import java.util.Locale;
import nl.dialoog.room.live.Connection;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomSessions;
import nl.dialoog.room.protocol.Frame;
import nl.dialoog.room.protocol.SessionFrame;
import nl.dialoog.shared.Languages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room where WebSockets are blocked: frames come as Server-Sent Events ({@code GET /room/stream}), commands go
 * as {@code POST /room/commands} with the pass in a header and get their answer in the response. A stream lasts a
 * few minutes; the client then reconnects with the last number it has, as after any drop.
 */
@RestController
class RoomStream {

    private static final long STREAM_MILLIS = 5 * 60_000L;
    private static final String REFUSED = "{\"kind\":\"" + Frame.kindOf(SessionFrame.Refused.class) + "\"}";
    private static final String GARBLED = "{\"kind\":\"" + Frame.kindOf(SessionFrame.Garbled.class) + "\"}";

    private final RoomSessions sessions;
    private final JsonMapper json;

    RoomStream(RoomSessions sessions, JsonMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    @GetMapping(path = "/room/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> stream(@RequestParam(defaultValue = "") String pass,
                                      @RequestParam(defaultValue = "0") long since,
                                      @RequestParam(defaultValue = "") String lang) {
        Participant participant = sessions.admit(pass).orElse(null);
        if (participant == null) {
            return ResponseEntity.status(403).build();
        }
        SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
        Connection connection;
        try {
            connection = sessions.open(participant, since, locale(lang), new StreamSink(emitter));
        } catch (RoomRefusal overLimit) {
            // an event stream cannot read a status code: the reason goes as the one event, then the stream ends
            try {
                new StreamSink(emitter).send("[" + sessions.limitFrame(overLimit, locale(lang)) + "]");
            } catch (IOException unreachable) {
                // not sent yet: the emitter keeps it until the response starts
            }
            emitter.complete();
            return ResponseEntity.ok().header("Cache-Control", "no-store").body(emitter);
        }
        emitter.onCompletion(() -> sessions.close(connection));
        emitter.onTimeout(() -> sessions.close(connection));
        emitter.onError(failure -> sessions.close(connection));
        return ResponseEntity.ok().header("Cache-Control", "no-store").header("X-Accel-Buffering", "no").body(emitter);
    }

    /** JSON only: a form, a multipart body or a wildcard type gets 415, before anything tries to read it. */
    @PostMapping(path = "/room/commands", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> command(@RequestHeader(name = "X-Room-Pass", defaultValue = "") String pass,
                                   @RequestParam(defaultValue = "") String lang, @RequestBody String text) {
        Participant participant = sessions.admit(pass).orElse(null);
        if (participant == null) {
            return ResponseEntity.status(403).contentType(MediaType.APPLICATION_JSON).body(REFUSED);
        }
        JsonNode body;
        try {
            body = json.readTree(text);
        } catch (JacksonException garbled) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(GARBLED);
        }
        return ResponseEntity.ok(sessions.command(participant.id(), locale(lang), body));
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(Languages.isUiLanguage(language) ? language : Languages.fallback());
    }

    private record StreamSink(SseEmitter emitter) implements Connection.Sink {

        @Override
        public void send(String batch) throws IOException {
            emitter.send(SseEmitter.event().data(batch, MediaType.APPLICATION_JSON));
        }

        @Override
        public void close() {
            emitter.complete();
        }

        @Override
        public boolean needsHeartbeat() {
            return true;
        }
    }
}
