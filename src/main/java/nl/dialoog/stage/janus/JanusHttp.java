package nl.dialoog.stage.janus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON request to Janus over HTTP. Janus answers HTTP 200 for its own errors, so success is read from the
 * {@code janus} field of the answer, and a plugin's error from {@code plugindata.data.error_code}.
 */
final class JanusHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient client;
    private final JsonMapper json;

    JanusHttp(JsonMapper json) {
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    ObjectNode request(String janus) {
        ObjectNode request = json.createObjectNode();
        request.put("janus", janus);
        request.put("transaction", transaction());
        return request;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** Posts the request and returns Janus's answer, or throws {@link JanusFailure} for an error answer. */
    JsonNode post(URI uri, ObjectNode request) {
        HttpRequest http = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new JanusFailure(uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JanusFailure("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new JanusFailure(response.statusCode(), "HTTP status from " + uri);
        }
        JsonNode answer = json.readTree(response.body());
        if ("error".equals(answer.path("janus").asString(""))) {
            JsonNode error = answer.path("error");
            throw new JanusFailure(error.path("code").asInt(-1), error.path("reason").asString(""));
        }
        JsonNode data = answer.path("plugindata").path("data");
        if (data.has("error_code")) {
            throw new JanusFailure(data.path("error_code").asInt(), data.path("error").asString(""));
        }
        return answer;
    }

    private static String transaction() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
