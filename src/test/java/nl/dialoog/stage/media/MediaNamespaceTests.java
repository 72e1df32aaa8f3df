package nl.dialoog.stage.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The media tests' plumbing: from this JVM Janus in the namespace answers; Chromium in the namespace loads a page
 * from a server on this machine's side and reaches Janus from it.
 */
class MediaNamespaceTests {

    @RegisterExtension
    static final MediaNamespace MEDIA = new MediaNamespace();

    @Test
    void chromiumInTheNamespaceReachesAServerOutsideAndJanusInside() throws Exception {
        HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(MEDIA.janus().api() + "/info")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(info.body()).contains("\"janus\": \"server_info\"", "janus.plugin.videoroom");
        // the PID a benchmark reads Janus's CPU from is the process inside the namespace, not an "ip" wrapper
        assertThat(MEDIA.pidsInside()).contains(MEDIA.janusPid());
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + MEDIA.janusPid() + "/comm")))
                .startsWith("janus");

        HttpServer server = HttpServer.create(new InetSocketAddress(MEDIA.hostAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<!DOCTYPE html><title>outside</title><p>from the host".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try (MediaBrowser browser = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, server.getAddress().getPort())) {
            browser.driver().get(MEDIA.site(server.getAddress().getPort()) + "/");
            assertThat(browser.driver().getTitle()).isEqualTo("outside");
            Object answer = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.json()).then(j => done(j.janus), e => done(String(e)));""",
                    MEDIA.janus().api() + "/info");
            assertThat(answer).isEqualTo("server_info");
            Object devices = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    navigator.mediaDevices.getUserMedia({audio: true, video: true})
                      .then(s => done(s.getTracks().map(t => t.kind).sort().join(',')), e => done(String(e)));""");
            assertThat(devices).isEqualTo("audio,video");
        } finally {
            server.stop(0);
        }
    }
}
