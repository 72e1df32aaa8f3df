package nl.dialoog.stage.janus;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Janus's Admin API for stored tokens: with {@code token_auth} on, a browser's request is let in only with a token
 * added here, and only to the plugins the token lists. A removed token is refused at the next request (the
 * browser's session then times out), so revoking takes effect within Janus's session timeout.
 */
public final class JanusAdmin {

    private final JanusEndpoint endpoint;
    private final JanusHttp http;

    public JanusAdmin(JanusEndpoint endpoint, JsonMapper json) {
        this.endpoint = endpoint;
        this.http = new JanusHttp(json);
    }

    /** Stores a token that may use the given plugins, e.g. {@code janus.plugin.videoroom}. */
    public void addToken(String token, List<String> plugins) {
        ObjectNode request = request("add_token");
        request.put("token", token);
        var list = request.putArray("plugins");
        plugins.forEach(list::add);
        http.post(endpoint.admin(), request);
    }

    /** Removes a token; one Janus does not know (any more) is no error. */
    public void removeToken(String token) {
        ObjectNode request = request("remove_token");
        request.put("token", token);
        try {
            http.post(endpoint.admin(), request);
        } catch (JanusFailure failure) {
            if (failure.code() == JanusFailure.UNREACHABLE || failure.code() == 403) {
                throw failure;
            }
        }
    }

    /** The stored tokens, for checks. */
    public List<String> tokens() {
        JsonNode answer = http.post(endpoint.admin(), request("list_tokens"));
        List<String> tokens = new ArrayList<>();
        answer.path("data").path("tokens").values().forEach(t -> tokens.add(t.path("token").asString("")));
        return tokens;
    }

    /**
     * The streams (mid and kind) that the chosen publishers in a room publish, as Janus's own handle information
     * says — not as a browser reports them. The VideoRoom lists no streams to a control session, so this walks
     * the sessions (one Admin request each, plus one per handle); for the rare moderator action it serves, that
     * costs milliseconds per hundred people on the same machine.
     */
    public List<PublishedStream> streams(long room, java.util.function.LongPredicate publishers) {
        List<PublishedStream> streams = new ArrayList<>();
        JsonNode sessions = http.post(endpoint.admin(), request("list_sessions")).path("sessions");
        for (JsonNode session : sessions.values()) {
            JsonNode handles;
            try {
                handles = http.post(java.net.URI.create(endpoint.admin() + "/" + session.asLong()),
                        request("list_handles")).path("handles");
            } catch (JanusFailure ended) {
                continue;
            }
            for (JsonNode handle : handles.values()) {
                JsonNode info;
                try {
                    info = http.post(java.net.URI.create(endpoint.admin() + "/" + session.asLong() + "/"
                            + handle.asLong()), request("handle_info")).path("info");
                } catch (JanusFailure ended) {
                    continue;
                }
                JsonNode plugin = info.path("plugin_specific");
                if (!"publisher".equals(plugin.path("type").asString("")) || plugin.path("room").asLong() != room
                        || !publishers.test(plugin.path("id").asLong())) {
                    continue;
                }
                for (JsonNode stream : plugin.path("streams").values()) {
                    streams.add(new PublishedStream(plugin.path("id").asLong(), stream.path("mid").asString(""),
                            stream.path("type").asString("")));
                }
            }
        }
        return streams;
    }

    /** One stream a publisher sends: its {@code mid} and its kind ({@code audio}, {@code video}, {@code data}). */
    public record PublishedStream(long publisher, String mid, String type) {
    }

    private ObjectNode request(String janus) {
        ObjectNode request = http.request(janus);
        request.put("admin_secret", endpoint.adminSecret());
        return request;
    }
}
