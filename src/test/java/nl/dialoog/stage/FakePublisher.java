package nl.dialoog.stage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A publisher as Janus sees one, without a browser: it joins a VideoRoom with a token and a publisher id and
 * offers a microphone (mid 0) and a camera (mid 1) in a written SDP offer. No media flows (ICE never completes
 * over loopback), but Janus sets up the publisher's streams from the offer, so moderation and kicking act on
 * them as on a real one; what Janus tells the publisher is read from its session's event queue.
 */
final class FakePublisher {

    private static final String OFFER = String.join("\r\n",
            "v=0", "o=- 1 1 IN IP4 0.0.0.0", "s=-", "t=0 0", "a=group:BUNDLE 0 1", "a=msid-semantic: WMS *",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111", "c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0",
            "a=ice-ufrag:abcd", "a=ice-pwd:abcdefghijklmnopqrstuvwx", "a=ice-options:trickle",
            "a=fingerprint:sha-256 " + String.join(":", java.util.Collections.nCopies(32, "AB")),
            "a=setup:actpass", "a=mid:0", "a=sendonly", "a=rtcp-mux", "a=rtpmap:111 opus/48000/2",
            "a=msid:s a", "a=ssrc:1111 cname:x",
            "m=video 9 UDP/TLS/RTP/SAVPF 96", "c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0",
            "a=ice-ufrag:abcd", "a=ice-pwd:abcdefghijklmnopqrstuvwx", "a=ice-options:trickle",
            "a=fingerprint:sha-256 " + String.join(":", java.util.Collections.nCopies(32, "AB")),
            "a=setup:actpass", "a=mid:1", "a=sendonly", "a=rtcp-mux", "a=rtpmap:96 VP8/90000",
            "a=msid:s v", "a=ssrc:2222 cname:x", "");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI api;
    private final String token;
    private long session;
    private final List<JsonNode> events = new ArrayList<>();

    FakePublisher(URI api, String token) {
        this.api = api;
        this.token = token;
    }

    /**
     * Joins the room as publisher {@code id} and publishes; the VideoRoom's answer ("joined" or an error), or
     * Janus's own error when the token opens no session.
     */
    JsonNode publish(long room, long id) throws Exception {
        JsonNode created = post(api, "{\"janus\":\"create\",\"transaction\":\"c\",\"token\":\"" + token + "\"}");
        if (created.has("error")) {
            return created.path("error");
        }
        session = created.path("data").path("id").asLong();
        long handle = post(URI.create(api + "/" + session), "{\"janus\":\"attach\",\"transaction\":\"a\",\"plugin\":"
                + "\"janus.plugin.videoroom\",\"token\":\"" + token + "\"}").path("data").path("id").asLong();
        post(URI.create(api + "/" + session + "/" + handle), "{\"janus\":\"message\",\"transaction\":\"j\",\"token\":\""
                + token + "\",\"body\":{\"request\":\"joinandconfigure\",\"ptype\":\"publisher\",\"room\":" + room
                + ",\"id\":" + id + ",\"display\":\"Fake " + id + "\",\"token\":\"" + token + "\"},"
                + "\"jsep\":{\"type\":\"offer\",\"sdp\":" + json.writeValueAsString(OFFER) + "}}");
        return awaitEvent(data -> data.has("error_code") || "joined".equals(data.path("videoroom").asString("")));
    }

    /** Waits (up to 10 s) for a VideoRoom event to this publisher that matches, and returns its data. */
    JsonNode awaitEvent(java.util.function.Predicate<JsonNode> wanted) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (JsonNode event : events) {
                JsonNode data = event.path("plugindata").path("data");
                if (wanted.test(data)) {
                    events.remove(event);
                    return data;
                }
            }
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create(api + "/" + session + "?token=" + token + "&maxev=10"))
                    .timeout(Duration.ofSeconds(40)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode got = json.readTree(answer.body());
            if (got.isArray()) {
                got.values().forEach(events::add);
            } else if (got.has("janus") && !"keepalive".equals(got.path("janus").asString(""))) {
                events.add(got);
            }
        }
        throw new AssertionError("no such event from Janus within 10 s; got " + events);
    }

    private JsonNode post(URI uri, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }
}
