package nl.dialoog.stage;

import java.io.IOException;
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
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The project's Janus configuration (src/main/janus/*.jcfg.in) for one test Janus: fresh secrets, the address and
 * ports it listens on, who may use its Admin API and the interface media may use. Written into a folder; used by
 * {@link JanusServer} (127.0.0.1, no media) and by the media tests' network namespace.
 */
public final class JanusConfiguration {

    public static final Path BINARY = Path.of("/usr/bin/janus");
    private static final Path TEMPLATES = Path.of("src/main/janus");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String apiSecret = secret();
    private final String adminSecret = secret();
    private final String adminKey = secret();
    private final String host;
    private final int httpPort;
    private final int adminPort;
    private String eventsUrl;
    private String eventsSecret;

    /** Janus listening on {@code host}; the ports must be free there. */
    public JanusConfiguration(String host, int httpPort, int adminPort) {
        this.host = host;
        this.httpPort = httpPort;
        this.adminPort = adminPort;
    }

    /** Has Janus post its events to {@code url} with basic auth (user janus, {@code secret}); null: no events. */
    public JanusConfiguration events(String url, String secret) {
        this.eventsUrl = url;
        this.eventsSecret = secret;
        return this;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /**
     * Writes the configuration files into {@code folder}, which also holds Janus's state.
     *
     * @param adminAcl   address prefixes that may use the Admin API, e.g. {@code "127.,::1"}
     * @param iceEnforce the interface Janus gathers media candidates on
     */
    public void write(Path folder, String adminAcl, String iceEnforce) throws IOException {
        int rtp = 30000 + RANDOM.nextInt(20000);
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "@API_SECRET@", apiSecret, "@ADMIN_SECRET@", adminSecret, "@ADMIN_KEY@", adminKey,
                "@HOST@", host, "@ADMIN_ACL@", adminAcl, "@HTTP_PORT@", String.valueOf(httpPort),
                "@ADMIN_PORT@", String.valueOf(adminPort), "@RTP_PORTS@", rtp + "-" + (rtp + 200),
                "@ICE_ENFORCE@", iceEnforce, "@STATE_DIR@", folder.toString()));
        values.put("@EVENTS_ENABLED@", String.valueOf(eventsUrl != null));
        values.put("@EVENTS_URL@", eventsUrl == null ? "http://127.0.0.1:9/unused" : eventsUrl);
        values.put("@EVENTS_SECRET@", eventsSecret == null ? "unused" : eventsSecret);
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jcfg.in")).toList()) {
                String text = Files.readString(template);
                for (var value : values.entrySet()) {
                    text = text.replace(value.getKey(), value.getValue());
                }
                if (java.util.regex.Pattern.compile("@[A-Z_]+@").matcher(text).find()) {
                    throw new IllegalStateException("a placeholder left in " + template + ": " + text);
                }
                String name = template.getFileName().toString();
                Files.writeString(folder.resolve(name.substring(0, name.length() - 3)), text);
            }
        }
    }

    /** The command line that runs Janus with the configuration written into {@code folder}. */
    public static java.util.List<String> command(Path folder) {
        return java.util.List.of(BINARY.toString(), "-C", folder.resolve("janus.jcfg").toString(),
                "-F", folder.toString(), "-o");
    }

    /** Waits until Janus accepts connections on both ports, or fails with its log. */
    public void awaitListening(Process process, Path log) throws InterruptedException {
        awaitListening(process, log, httpPort);
        awaitListening(process, log, adminPort);
    }

    private void awaitListening(Process process, Path log, int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Janus stopped at start:\n" + readLog(log));
            }
            try (Socket socket = new Socket(host, port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("Janus did not listen on " + host + ":" + port + " within 15 s:\n" + readLog(log));
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
        return URI.create("http://" + host + ":" + httpPort + "/janus");
    }

    public URI admin() {
        return URI.create("http://" + host + ":" + adminPort + "/admin");
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

    public static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String secret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
