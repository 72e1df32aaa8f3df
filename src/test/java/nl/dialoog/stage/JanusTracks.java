package nl.dialoog.stage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.Mountpoints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real Janus recordings (.mjr) without WebRTC: ffmpeg sends a test picture (VP8) and a tone (Opus) as plain RTP
 * over 127.0.0.1 to a Streaming mountpoint of the test's Janus, which records both tracks with the same recorder
 * the VideoRoom uses. Media over loopback is fine here: this is RTP into a mountpoint, not ICE.
 */
final class JanusTracks {

    private final JanusServer janus;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    JanusTracks(JanusServer janus) {
        this.janus = janus;
    }

    /** Records {@code seconds} of picture and tone into {@code folder}/audio.mjr and video.mjr. */
    void record(Path folder, int seconds) throws Exception {
        long id = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        var mountpoints = new Mountpoints(new JanusEndpoint(janus.api(), janus.admin(), janus.apiSecret(),
                janus.adminSecret(), janus.adminKey()), json);
        var mountpoint = mountpoints.create(id, "tracks", "s");
        try {
            streaming("{\"request\":\"recording\",\"action\":\"start\",\"id\":" + id + ",\"secret\":\"s\",\"media\":["
                    + "{\"mid\":\"a\",\"filename\":\"" + folder.resolve("videoroom-audio-0") + "\"},"
                    + "{\"mid\":\"v\",\"filename\":\"" + folder.resolve("videoroom-video-1") + "\"}]}");
            Process ffmpeg = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error",
                    "-re", "-t", String.valueOf(seconds), "-f", "lavfi", "-i", "testsrc=size=320x240:rate=15",
                    "-re", "-t", String.valueOf(seconds), "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                    "-map", "0:v", "-c:v", "libvpx", "-b:v", "300k", "-g", "15", "-payload_type", "96",
                    "-f", "rtp", "rtp://127.0.0.1:" + mountpoint.videoPort(),
                    "-map", "1:a", "-c:a", "libopus", "-payload_type", "111",
                    "-f", "rtp", "rtp://127.0.0.1:" + mountpoint.audioPort())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!ffmpeg.waitFor(seconds + 20L, TimeUnit.SECONDS)) {
                ffmpeg.destroyForcibly();
                throw new IllegalStateException("ffmpeg did not finish");
            }
            streaming("{\"request\":\"recording\",\"action\":\"stop\",\"id\":" + id
                    + ",\"secret\":\"s\",\"media\":[{\"mid\":\"a\"},{\"mid\":\"v\"}]}");
        } finally {
            mountpoints.destroy(id, "s");
        }
    }

    private JsonNode streaming(String body) throws Exception {
        long session = post(janus.api(), "{\"janus\":\"create\",\"transaction\":\"t\",\"apisecret\":\""
                + janus.apiSecret() + "\"}").path("data").path("id").asLong();
        URI sessionUri = URI.create(janus.api() + "/" + session);
        long handle = post(sessionUri, "{\"janus\":\"attach\",\"transaction\":\"t\",\"apisecret\":\"" + janus.apiSecret()
                + "\",\"plugin\":\"janus.plugin.streaming\"}").path("data").path("id").asLong();
        JsonNode answer = post(URI.create(sessionUri + "/" + handle), "{\"janus\":\"message\",\"transaction\":\"t\","
                + "\"apisecret\":\"" + janus.apiSecret() + "\",\"body\":" + body + "}");
        if (!"ok".equals(answer.path("plugindata").path("data").path("streaming").asString(""))) {
            throw new IllegalStateException("Janus refused " + body + ": " + answer);
        }
        return answer;
    }

    private JsonNode post(URI uri, String body) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
