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

    private ObjectNode request(String janus) {
        ObjectNode request = http.request(janus);
        request.put("admin_secret", endpoint.adminSecret());
        return request;
    }
}
