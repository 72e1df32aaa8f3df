package nl.dialoog.stage;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Janus WebRTC Server for a test class: the project's configuration ({@link JanusConfiguration}) in a
 * temporary folder with fresh secrets, HTTP transport and Admin API on free ports of 127.0.0.1, stopped by its PID
 * after the class. No media flows (Janus never uses loopback for it; the media tests use
 * {@code nl.dialoog.stage.media.MediaNamespace}). Skips the class, saying why, only where Debian's {@code janus} is
 * not installed; bin/test installs it, so CI runs these tests.
 */
public final class JanusServer implements BeforeAllCallback, AfterAllCallback {

    private JanusConfiguration configuration;
    private String eventsUrl;
    private String eventsSecret;
    private Path folder;
    private Process process;

    /** Has Janus post its events to {@code url} with basic auth (user janus, {@code secret}); before it starts. */
    public JanusServer withEvents(String url, String secret) {
        this.eventsUrl = url;
        this.eventsSecret = secret;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue(installed(),
                "Janus is not installed (apt-get install janus; bin/test does this): stage tests against Janus skipped");
        start();
    }

    public static boolean installed() {
        return JanusConfiguration.installed();
    }

    /**
     * Starts Janus unless it runs already. Also called through the addresses, because Spring may ask for them (in a
     * {@code @DynamicPropertySource}) before this extension's {@code beforeAll}.
     */
    private synchronized JanusConfiguration start() throws IOException, InterruptedException {
        if (process != null || !installed()) {
            return configuration;
        }
        folder = Files.createTempDirectory("dialoog-janus-");
        configuration = new JanusConfiguration("127.0.0.1", freePort(), freePort()).events(eventsUrl, eventsSecret);
        // no media flows in these tests; Janus falls back to all interfaces for an unknown name
        configuration.write(folder, "127.,::1", "lo");
        process = new ProcessBuilder(JanusConfiguration.command(folder))
                .redirectErrorStream(true).redirectOutput(folder.resolve("janus.log").toFile()).start();
        configuration.awaitListening(process, folder.resolve("janus.log"));
        return configuration;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Points Dialoog's stage at this Janus: call it from the test class's {@code @DynamicPropertySource}. */
    public void settings(DynamicPropertyRegistry properties) {
        properties.add("dialoog.stage.janus.url", () -> api().toString());
        properties.add("dialoog.stage.janus.admin-url", () -> admin().toString());
        properties.add("dialoog.stage.janus.api-secret", this::apiSecret);
        properties.add("dialoog.stage.janus.admin-secret", this::adminSecret);
        properties.add("dialoog.stage.janus.admin-key", this::adminKey);
    }

    public URI api() {
        return started().api();
    }

    public URI admin() {
        return started().admin();
    }

    public String apiSecret() {
        return started().apiSecret();
    }

    public String adminSecret() {
        return started().adminSecret();
    }

    public String adminKey() {
        return started().adminKey();
    }

    private JanusConfiguration started() {
        try {
            return start();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Janus's log, for a failure message. */
    public String log() {
        return JanusConfiguration.readLog(folder.resolve("janus.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
