package nl.dialoog.stage;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Janus WebRTC Server for a test class: the project's configuration (src/main/janus) written into a
 * temporary folder with fresh secrets, HTTP transport and Admin API on free ports of 127.0.0.1, stopped by its PID
 * after the class. Skips the class, saying why, only where Debian's {@code janus} is not installed; bin/test
 * installs it, so CI runs these tests.
 */
public final class JanusServer implements BeforeAllCallback, AfterAllCallback {

    private static final Path BINARY = Path.of("/usr/bin/janus");
    private static final Path TEMPLATES = Path.of("src/main/janus");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String apiSecret = secret();
    private final String adminSecret = secret();
    private final String adminKey = secret();
    private String eventsUrl;
    private String eventsSecret;
    private Path folder;
    private Process process;
    private int httpPort;
    private int adminPort;

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
        return Files.isExecutable(BINARY);
    }

    /**
     * Starts Janus unless it runs already. Also called through the addresses, because Spring may ask for them (in a
     * {@code @DynamicPropertySource}) before this extension's {@code beforeAll}.
     */
    private synchronized void start() throws IOException, InterruptedException {
        if (process != null || !installed()) {
            return;
        }
        folder = Files.createTempDirectory("dialoog-janus-");
        httpPort = freePort();
        adminPort = freePort();
        int rtp = 30000 + RANDOM.nextInt(20000);
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "@API_SECRET@", apiSecret, "@ADMIN_SECRET@", adminSecret, "@ADMIN_KEY@", adminKey,
                "@HOST@", "127.0.0.1", "@HTTP_PORT@", String.valueOf(httpPort),
                "@ADMIN_PORT@", String.valueOf(adminPort), "@RTP_PORTS@", rtp + "-" + (rtp + 200),
                // no media flows in these tests; Janus falls back to all interfaces for an unknown name
                "@ICE_ENFORCE@", "lo", "@STATE_DIR@", folder.toString()));
        values.put("@EVENTS_ENABLED@", String.valueOf(eventsUrl != null));
        values.put("@EVENTS_URL@", eventsUrl == null ? "http://127.0.0.1:9/unused" : eventsUrl);
        values.put("@EVENTS_SECRET@", eventsSecret == null ? "unused" : eventsSecret);
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jcfg.in")).toList()) {
                String text = Files.readString(template);
                for (var value : values.entrySet()) {
                    text = text.replace(value.getKey(), value.getValue());
                }
                String name = template.getFileName().toString();
                Files.writeString(folder.resolve(name.substring(0, name.length() - 3)), text);
            }
        }
        process = new ProcessBuilder(BINARY.toString(), "-C", folder.resolve("janus.jcfg").toString(),
                "-F", folder.toString(), "-o")
                .redirectErrorStream(true).redirectOutput(folder.resolve("janus.log").toFile()).start();
        awaitListening(httpPort);
        awaitListening(adminPort);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
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
        started();
        return URI.create("http://127.0.0.1:" + httpPort + "/janus");
    }

    public URI admin() {
        started();
        return URI.create("http://127.0.0.1:" + adminPort + "/admin");
    }

    public String apiSecret() {
        return apiSecret;
    }

    public String adminSecret() {
        return adminSecret;
    }

    public String adminKey() {
        return adminKey;
    }

    private void started() {
        try {
            start();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Janus's log, for a failure message. */
    public String log() {
        try {
            return Files.readString(folder.resolve("janus.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitListening(int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Janus stopped at start:\n" + log());
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("Janus did not listen on port " + port + " within 15 s:\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String secret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
