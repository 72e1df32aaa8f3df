package nl.dialoog.stage;

import java.time.Instant;
import nl.dialoog.event.EventId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * What Janus's HTTP event handler reports, turned into Dialoog's terms: a handle attached with a stage token tells
 * whose browser reached the stage ({@link StageJoined}, once per person while any of their handles is open), a
 * handle detached or a session gone tells that it left ({@link StageLeft}), and media statistics (sent by Janus
 * every few seconds per handle and track) become samples for the organisers' quality summary. Events of handles
 * Dialoog did not hand a token for (its own control sessions) are ignored. A batch is one transaction.
 */
@Service
class MediaEvents {

    private static final int SESSION = 1;
    private static final int HANDLE = 2;
    private static final int MEDIA = 32;

    private final MediaEventStore store;
    private final ApplicationEventPublisher publisher;

    MediaEvents(MediaEventStore store, ApplicationEventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /** Takes one event or an array of them (the handler's grouping); returns how many were used. */
    @Transactional
    int accept(JsonNode batch) {
        int used = 0;
        for (JsonNode event : batch.isArray() ? batch.values() : java.util.List.of(batch)) {
            if (one(event)) {
                used++;
            }
        }
        return used;
    }

    private boolean one(JsonNode event) {
        int type = event.path("type").asInt(0);
        Instant at = at(event);
        long session = event.path("session_id").asLong(0);
        long handle = event.path("handle_id").asLong(0);
        JsonNode body = event.path("event");
        if (type == HANDLE && "attached".equals(body.path("name").asString(""))) {
            String token = body.path("token").asString("");
            return !token.isEmpty() && store.owner(token)
                    .filter(owner -> store.attached(handle, session, owner, at))
                    .map(owner -> {
                        if (store.openHandles(owner.eventId(), owner.person()) == 1) {
                            publisher.publishEvent(new StageJoined(new EventId(owner.eventId()),
                                    new StagePerson(owner.person()), owner.role(), at));
                        }
                        return true;
                    }).orElse(false);
        }
        if (type == HANDLE && "detached".equals(body.path("name").asString(""))) {
            return detach(handle, at);
        }
        if (type == SESSION && ("destroyed".equals(body.path("name").asString(""))
                || "timeout".equals(body.path("name").asString("")))) {
            boolean any = false;
            for (long open : store.openHandlesOfSession(session)) {
                any |= detach(open, at);
            }
            return any;
        }
        if (type == MEDIA && body.has("media")) {
            return store.eventOfHandle(handle).map(eventId -> {
                store.sample(eventId, handle, at, body.path("media").asString("").length() > 8 ? "other"
                                : body.path("media").asString(""),
                        body.path("bytes-received-lastsec").asLong(0), body.path("bytes-sent-lastsec").asLong(0),
                        body.path("packets-received").asLong(0), body.path("lost").asLong(0),
                        body.path("lost-by-remote").asLong(0));
                return true;
            }).orElse(false);
        }
        return false;
    }

    private boolean detach(long handle, Instant at) {
        return store.detached(handle, at).map(closed -> {
            if (store.openHandles(closed.eventId(), closed.person()) == 0) {
                publisher.publishEvent(new StageLeft(new EventId(closed.eventId()), new StagePerson(closed.person()),
                        at));
            }
            return true;
        }).orElse(false);
    }

    /** Janus stamps events in microseconds since the epoch. */
    private static Instant at(JsonNode event) {
        long micros = event.path("timestamp").asLong(0);
        return micros > 0 ? Instant.EPOCH.plusNanos(micros * 1000) : Instant.now();
    }
}
