package nl.dialoog.stage.janus;

import java.net.URI;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Streaming plugin of a relay Janus: RTP mountpoints that take what the stage's VideoRoom forwards and serve it
 * to watchers over WebRTC. Each call makes a short Janus session and ends it: relays are set up a few times per
 * event, so a kept-alive session would cost more than it saves.
 */
public final class Mountpoints {

    private static final String PLUGIN = "janus.plugin.streaming";

    /** A mountpoint and the UDP ports it listens on. */
    public record Mountpoint(long id, int audioPort, int videoPort) {
    }

    private final JanusEndpoint endpoint;
    private final JanusHttp http;

    public Mountpoints(JanusEndpoint endpoint, JsonMapper json) {
        this.endpoint = endpoint;
        this.http = new JanusHttp(json);
    }

    /**
     * Creates a private RTP mountpoint with an Opus and a VP8 track; Janus picks free ports from its range. Throws
     * {@link JanusFailure} with code 456 when the id is taken.
     */
    public Mountpoint create(long id, String description, String secret) {
        ObjectNode body = http.object();
        body.put("request", "create");
        body.put("type", "rtp");
        body.put("admin_key", endpoint.adminKey());
        body.put("id", id);
        body.put("description", description);
        body.put("secret", secret);
        body.put("is_private", true);
        body.put("permanent", false);
        var media = body.putArray("media");
        media.addObject().put("type", "audio").put("mid", "a").put("codec", "opus").put("pt", 111).put("port", 0);
        media.addObject().put("type", "video").put("mid", "v").put("codec", "vp8").put("pt", 96).put("port", 0);
        return ports(id, message(body).path("stream").path("ports"));
    }

    /** The mountpoint's ports, if it exists. */
    public java.util.Optional<Mountpoint> info(long id, String secret) {
        ObjectNode body = http.object();
        body.put("request", "info");
        body.put("id", id);
        body.put("secret", secret);
        try {
            return java.util.Optional.of(ports(id, message(body).path("info").path("media")));
        } catch (JanusFailure failure) {
            if (failure.code() == 455) {
                return java.util.Optional.empty();
            }
            throw failure;
        }
    }

    /** Destroys a mountpoint; one Janus does not know is no error. */
    public void destroy(long id, String secret) {
        ObjectNode body = http.object();
        body.put("request", "destroy");
        body.put("id", id);
        body.put("secret", secret);
        try {
            message(body);
        } catch (JanusFailure failure) {
            if (failure.code() != 455) {
                throw failure;
            }
        }
    }

    private static Mountpoint ports(long id, JsonNode media) {
        int audio = 0;
        int video = 0;
        for (JsonNode m : media.values()) {
            if ("audio".equals(m.path("type").asString("")) && audio == 0) {
                audio = m.path("port").asInt();
            } else if ("video".equals(m.path("type").asString("")) && video == 0) {
                video = m.path("port").asInt();
            }
        }
        return new Mountpoint(id, audio, video);
    }

    private JsonNode message(ObjectNode body) {
        long session = http.post(endpoint.api(), secret(http.request("create"))).path("data").path("id").asLong();
        URI sessionUri = URI.create(endpoint.api() + "/" + session);
        try {
            ObjectNode attach = secret(http.request("attach"));
            attach.put("plugin", PLUGIN);
            long handle = http.post(sessionUri, attach).path("data").path("id").asLong();
            ObjectNode message = secret(http.request("message"));
            message.set("body", body);
            return http.post(URI.create(sessionUri + "/" + handle), message).path("plugindata").path("data");
        } finally {
            try {
                http.post(sessionUri, secret(http.request("destroy")));
            } catch (JanusFailure ignored) {
                // Janus drops it after its session timeout all the same
            }
        }
    }

    private ObjectNode secret(ObjectNode request) {
        request.put("apisecret", endpoint.apiSecret());
        return request;
    }
}
