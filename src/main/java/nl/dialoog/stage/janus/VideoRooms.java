package nl.dialoog.stage.janus;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dialoog's control session with Janus's VideoRoom plugin: one Janus session and one plugin handle, made when
 * first needed, kept alive by {@link #keepAlive()} (Janus drops a silent session after its timeout) and made again
 * when Janus no longer knows them (after a restart). Requests are synchronous ones, answered in the HTTP reply.
 */
public final class VideoRooms {

    private static final String PLUGIN = "janus.plugin.videoroom";

    private final JanusEndpoint endpoint;
    private final JanusHttp http;
    private long session;
    private long handle;

    public VideoRooms(JanusEndpoint endpoint, JsonMapper json) {
        this.endpoint = endpoint;
        this.http = new JanusHttp(json);
    }

    /**
     * Creates the room private (left out of unauthenticated lists), with an empty allow-list (only tokens added by
     * {@link #allow} may join), Opus with in-band FEC, VP8 or H.264 (both carry simulcast), transport-wide
     * congestion control (bandwidth estimates to pick a simulcast layer) and audio-level events for the active
     * speaker. Throws {@link JanusFailure} with {@link JanusFailure#ROOM_EXISTS} when the number is taken.
     */
    public void create(RoomSpec spec) {
        ObjectNode body = body("create");
        body.put("room", spec.room());
        body.put("admin_key", endpoint.adminKey());
        body.put("description", spec.description());
        body.put("secret", spec.secret());
        body.put("is_private", true);
        body.put("permanent", false);
        body.put("publishers", spec.publishers());
        body.put("bitrate", spec.bitrate());
        body.put("bitrate_cap", true);
        body.put("fir_freq", 10);
        body.put("audiocodec", "opus");
        body.put("videocodec", "vp8,h264");
        body.put("opus_fec", true);
        body.put("transport_wide_cc_ext", true);
        body.put("audiolevel_ext", true);
        body.put("audiolevel_event", true);
        body.put("audio_active_packets", 50);
        body.put("audio_level_average", 40);
        // no "joining" event to everyone for everyone who comes in (quadratic with the audience): pages learn of
        // people on stage from their publishing, which Janus announces all the same
        body.put("notify_joining", false);
        body.putArray("allowed");
        message(body);
    }

    public boolean exists(long room) {
        ObjectNode body = body("exists");
        body.put("room", room);
        return message(body).path("exists").asBoolean(false);
    }

    /** Destroys the room, sending everyone in it away; a room Janus does not know is no error. */
    public void destroy(long room, String secret) {
        ObjectNode body = body("destroy");
        body.put("room", room);
        body.put("secret", secret);
        try {
            message(body);
        } catch (JanusFailure failure) {
            if (failure.code() != JanusFailure.NO_SUCH_ROOM) {
                throw failure;
            }
        }
    }

    /** Lets a token join the room (the VideoRoom's own allow-list, on top of Janus's token check). */
    public void allow(long room, String secret, String token) {
        allowed(room, secret, "add", token);
    }

    public void disallow(long room, String secret, String token) {
        try {
            allowed(room, secret, "remove", token);
        } catch (JanusFailure failure) {
            if (failure.code() != JanusFailure.NO_SUCH_ROOM) {
                throw failure;
            }
        }
    }

    /** The room as Janus describes it in its list (private rooms appear with the admin key), if it exists. */
    public Optional<JsonNode> describe(long room) {
        ObjectNode body = body("list");
        body.put("admin_key", endpoint.adminKey());
        for (JsonNode entry : message(body).path("list").values()) {
            if (entry.path("room").asLong() == room) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The participants' display names in the room. */
    public List<String> participants(long room) {
        ObjectNode body = body("listparticipants");
        body.put("room", room);
        List<String> names = new ArrayList<>();
        message(body).path("participants").values().forEach(p -> names.add(p.path("display").asString("")));
        return names;
    }

    /** The ids of the participants joined as publishers (watchers are not participants in Janus's sense). */
    public List<Long> participantIds(long room) {
        ObjectNode body = body("listparticipants");
        body.put("room", room);
        List<Long> ids = new ArrayList<>();
        message(body).path("participants").values().forEach(p -> ids.add(p.path("id").asLong()));
        return ids;
    }

    /**
     * Mutes (or unmutes) one stream of a publisher for everyone: Janus stops relaying it and tells the publisher
     * ({@code "moderation":"muted"}). Returns false when the publisher or the stream is not there (any more).
     */
    public boolean moderate(long room, String secret, long id, String mid, boolean mute) {
        ObjectNode body = body("moderate");
        body.put("room", room);
        body.put("secret", secret);
        body.put("id", id);
        body.put("mid", mid);
        body.put("mute", mute);
        return gone(() -> message(body));
    }

    /** Sends a participant out of the room (their handle stays, their feed ends); false if not there. */
    public boolean kick(long room, String secret, long id) {
        ObjectNode body = body("kick");
        body.put("room", room);
        body.put("secret", secret);
        body.put("id", id);
        return gone(() -> message(body));
    }

    private static boolean gone(Runnable request) {
        try {
            request.run();
            return true;
        } catch (JanusFailure failure) {
            if (failure.code() == JanusFailure.NO_SUCH_FEED || failure.code() == JanusFailure.NO_SUCH_ROOM) {
                return false;
            }
            throw failure;
        }
    }

    /** Keeps the control session from timing out; forgets it when Janus no longer knows it. */
    public synchronized void keepAlive() {
        if (session == 0) {
            return;
        }
        try {
            http.post(URI.create(endpoint.api() + "/" + session), withSecret(http.request("keepalive")));
        } catch (JanusFailure failure) {
            session = 0;
            handle = 0;
        }
    }

    /** Ends the control session (when Dialoog stops). */
    public synchronized void close() {
        if (session == 0) {
            return;
        }
        try {
            http.post(URI.create(endpoint.api() + "/" + session), withSecret(http.request("destroy")));
        } catch (JanusFailure ignored) {
            // Janus drops it after its session timeout all the same
        } finally {
            session = 0;
            handle = 0;
        }
    }

    private void allowed(long room, String secret, String action, String token) {
        ObjectNode body = body("allowed");
        body.put("room", room);
        body.put("secret", secret);
        body.put("action", action);
        body.putArray("allowed").add(token);
        message(body);
    }

    /** A VideoRoom request on the control session, for the stage's other Janus clients ({@link RoomMedia}). */
    JsonNode request(ObjectNode body) {
        return message(body);
    }

    ObjectNode body(String request) {
        ObjectNode body = http.object();
        body.put("request", request);
        return body;
    }

    private synchronized JsonNode message(ObjectNode body) {
        try {
            return send(body);
        } catch (JanusFailure failure) {
            if (failure.code() != JanusFailure.NO_SUCH_SESSION && failure.code() != 459) {
                throw failure;
            }
            // Janus restarted or dropped the session: make a new one and try once more
            session = 0;
            handle = 0;
            return send(body);
        }
    }

    private JsonNode send(ObjectNode body) {
        if (session == 0) {
            session = http.post(endpoint.api(), withSecret(http.request("create"))).path("data").path("id").asLong();
            ObjectNode attach = withSecret(http.request("attach"));
            attach.put("plugin", PLUGIN);
            handle = http.post(URI.create(endpoint.api() + "/" + session), attach).path("data").path("id").asLong();
        }
        ObjectNode message = withSecret(http.request("message"));
        message.set("body", body);
        return http.post(URI.create(endpoint.api() + "/" + session + "/" + handle), message)
                .path("plugindata").path("data");
    }

    private ObjectNode withSecret(ObjectNode request) {
        request.put("apisecret", endpoint.apiSecret());
        return request;
    }
}
