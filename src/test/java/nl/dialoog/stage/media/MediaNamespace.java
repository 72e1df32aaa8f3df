package nl.dialoog.stage.media;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.dialoog.stage.JanusConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A network namespace for tests in which media really flows: Janus never uses loopback for media, so the test makes
 * a namespace ({@code stage-media-<random>}) joined to this machine by a veth pair on a private 10.x.y.0/24, and
 * runs Janus and headless Chromium (chromedriver, fake camera and microphone) inside it. The test JVM (Dialoog's
 * Spring Boot server, Selenium) stays outside: Chromium reaches Dialoog at {@link #hostAddress()}, Dialoog and
 * Selenium reach Janus and chromedriver at {@link #namespaceAddress()}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MediaNamespace MEDIA = new MediaNamespace();
 *
 * @DynamicPropertySource
 * static void janus(DynamicPropertyRegistry properties) { MEDIA.settings(properties); }
 *
 * try (MediaBrowser browser = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port)) {
 *     browser.driver().get(MEDIA.site(port) + "/room/join/" + token);
 * }
 * }</pre>
 *
 * Everything is undone after the class by PID and {@code ip netns del}, also when a test fails. Skips the class,
 * saying why, only where namespaces cannot be made (not root, or {@code ip netns} not permitted); bin/test runs as
 * root and installs Janus, Chromium and iproute2.
 */
public final class MediaNamespace implements BeforeAllCallback, AfterAllCallback {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String IP = "/usr/sbin/ip";

    private final String suffix = HexFormat.of().formatHex(RANDOM.generateSeed(3));
    private final String name = "stage-media-" + suffix;
    // interface names are at most 15 characters
    private final String hostSide = "smh" + suffix;
    private final String namespaceSide = "smn" + suffix;
    private final List<MediaBrowser> browsers = new ArrayList<>();
    private String subnet;
    private Path folder;
    private Process janus;
    private JanusConfiguration configuration;
    private boolean created;
    // chromedriver ports inside the namespace, where nothing else listens
    private int nextPort = 9500;
    private String refusal;
    private boolean withRelay;
    private Process relayJanus;
    private JanusConfiguration relayConfiguration;

    /** Runs a second Janus in the namespace, a relay for the first (ports 8089 and 7089): see {@link #relaySettings}. */
    public MediaNamespace withRelay() {
        this.withRelay = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
        Assumptions.assumeTrue(refusal == null, () -> "Media tests need a network namespace: " + refusal);
    }

    /** Made on first use: Spring may ask for the Janus settings before {@code beforeAll}. */
    private synchronized void start() throws IOException, InterruptedException {
        if (created || refusal != null) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            refusal = "not root (run as root, as bin/test and CI do)";
            return;
        }
        for (Path needed : List.of(Path.of(IP), JanusConfiguration.BINARY, MediaBrowser.CHROMIUM,
                MediaBrowser.CHROMEDRIVER)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: bin/test installs iproute2, janus, chromium"
                        + " and chromium-driver");
            }
        }
        Result add = run(IP, "netns", "add", name);
        if (add.status() != 0) {
            refusal = "'ip netns add' is not permitted here: " + add.output();
            return;
        }
        created = true;
        folder = Files.createTempDirectory("dialoog-" + name + "-");
        subnet = freeSubnet();
        must(IP, "link", "add", hostSide, "type", "veth", "peer", "name", namespaceSide);
        must(IP, "link", "set", namespaceSide, "netns", name);
        must(IP, "addr", "add", hostAddress() + "/24", "dev", hostSide);
        must(IP, "link", "set", hostSide, "up");
        inside(IP, "addr", "add", namespaceAddress() + "/24", "dev", namespaceSide);
        inside(IP, "link", "set", namespaceSide, "up");
        inside(IP, "link", "set", "lo", "up");

        // a fresh namespace has every port free
        configuration = new JanusConfiguration(namespaceAddress(), 8088, 7088);
        configuration.write(folder, hostAddress(), namespaceSide);
        Path log = folder.resolve("janus.log");
        janus = startInside(JanusConfiguration.command(folder), log);
        configuration.awaitListening(janus, log);
        if (withRelay) {
            Path relayFolder = Files.createDirectory(folder.resolve("relay"));
            relayConfiguration = new JanusConfiguration(namespaceAddress(), 8089, 7089);
            relayConfiguration.write(relayFolder, hostAddress(), namespaceSide);
            Path relayLog = relayFolder.resolve("janus.log");
            relayJanus = startInside(JanusConfiguration.command(relayFolder), relayLog);
            relayConfiguration.awaitListening(relayJanus, relayLog);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    private synchronized void stop() throws IOException, InterruptedException {
        for (MediaBrowser browser : List.copyOf(browsers)) {
            try {
                browser.close();
            } catch (RuntimeException ignored) {
                // the namespace goes below regardless
            }
        }
        browsers.clear();
        for (Process process : java.util.Arrays.asList(janus, relayJanus)) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        }
        if (created) {
            // whatever still runs inside was started by this class (Chromium's helpers): end it by its PID
            for (String pid : run(IP, "netns", "pids", name).output().split("\\s+")) {
                if (pid.matches("\\d+")) {
                    ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
            // deleting the namespace deletes the veth pair with it
            run(IP, "netns", "del", name);
            run(IP, "link", "del", hostSide);
            created = false;
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Points Dialoog's stage at the Janus in the namespace: call it from {@code @DynamicPropertySource}. */
    public void settings(DynamicPropertyRegistry properties) {
        properties.add("dialoog.stage.janus.url", () -> janus().api().toString());
        properties.add("dialoog.stage.janus.admin-url", () -> janus().admin().toString());
        properties.add("dialoog.stage.janus.api-secret", () -> janus().apiSecret());
        properties.add("dialoog.stage.janus.admin-secret", () -> janus().adminSecret());
        properties.add("dialoog.stage.janus.admin-key", () -> janus().adminKey());
    }

    /**
     * Makes the second Janus ({@link #withRelay}) the stage's relay {@code relay-a}: the first Janus forwards RTP to
     * it inside the namespace. Call it from {@code @DynamicPropertySource} after {@link #settings}.
     */
    public void relaySettings(DynamicPropertyRegistry properties) {
        properties.add("dialoog.stage.relays[0].name", () -> "relay-a");
        properties.add("dialoog.stage.relays[0].url", () -> relay().api().toString());
        properties.add("dialoog.stage.relays[0].admin-url", () -> relay().admin().toString());
        properties.add("dialoog.stage.relays[0].api-secret", () -> relay().apiSecret());
        properties.add("dialoog.stage.relays[0].admin-secret", () -> relay().adminSecret());
        properties.add("dialoog.stage.relays[0].admin-key", () -> relay().adminKey());
        properties.add("dialoog.stage.relays[0].rtp-host", this::namespaceAddress);
    }

    /** The relay Janus inside the namespace ({@link #withRelay}). */
    public JanusConfiguration relay() {
        janus();
        if (relayConfiguration == null) {
            throw new IllegalStateException("no relay: make the namespace withRelay()");
        }
        return relayConfiguration;
    }

    /** The relay Janus's log so far. */
    public String relayLog() {
        return folder == null ? "" : JanusConfiguration.readLog(folder.resolve("relay").resolve("janus.log"));
    }

    /** The Janus inside the namespace: its addresses and secrets. */
    public JanusConfiguration janus() {
        started();
        if (configuration == null) {
            throw new IllegalStateException("no media namespace: " + refusal);
        }
        return configuration;
    }

    /** This machine's side of the veth pair: where Chromium reaches Dialoog. */
    public String hostAddress() {
        return subnet + ".1";
    }

    /** The namespace's side: where Janus and chromedriver listen. */
    public String namespaceAddress() {
        return subnet + ".2";
    }

    /** Dialoog's address as Chromium in the namespace reaches it (the server listens on all addresses). */
    public String site(int port) {
        return "http://" + hostAddress() + ":" + port;
    }

    /**
     * A headless Chromium inside the namespace with a fake camera and microphone, for pages of Dialoog at
     * {@code site(sitePort)} (which it treats as a secure context, as https would be); closed after the class at the
     * latest.
     */
    public synchronized MediaBrowser newBrowser(MediaBrowser.Screen screen, int sitePort) {
        started();
        int port = nextPort++;
        try {
            Path log = folder.resolve("chromedriver-" + port + ".log");
            Process driver = startInside(List.of(MediaBrowser.CHROMEDRIVER.toString(), "--port=" + port,
                    "--allowed-ips=" + hostAddress(), "--allowed-origins=*"), log);
            awaitListening(driver, namespaceAddress(), port, log);
            MediaBrowser browser = MediaBrowser.open(this, driver, "http://" + namespaceAddress() + ":" + port, screen,
                    site(sitePort));
            browsers.add(browser);
            return browser;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    synchronized void forget(MediaBrowser browser) {
        browsers.remove(browser);
    }

    /** Janus's process ({@code ip netns exec} replaces itself with it), for benchmarks that read its CPU. */
    public long janusPid() {
        started();
        return janus.pid();
    }

    /** Every process now running inside the namespace (Janus, chromedriver, Chromium and its helpers). */
    public List<Long> pidsInside() {
        started();
        try {
            return Stream.of(run(IP, "netns", "pids", name).output().split("\\s+"))
                    .filter(pid -> pid.matches("\\d+")).map(Long::parseLong).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Janus's log so far, for a failure message. */
    public String janusLog() {
        return folder == null ? "" : JanusConfiguration.readLog(folder.resolve("janus.log"));
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
        if (refusal != null) {
            throw new IllegalStateException("no media namespace: " + refusal);
        }
    }

    private Process startInside(List<String> command, Path log) throws IOException {
        List<String> full = new ArrayList<>(List.of(IP, "netns", "exec", name));
        full.addAll(command);
        return new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A 10.x.y.0/24 that no interface of this machine uses. */
    private static String freeSubnet() throws IOException, InterruptedException {
        String used = run(IP, "-4", "addr").output() + run(IP, "-4", "route").output();
        for (int tries = 0; tries < 50; tries++) {
            String candidate = "10." + (64 + RANDOM.nextInt(190)) + "." + RANDOM.nextInt(256);
            if (!used.contains(candidate + ".")) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free 10.x.y.0/24 found");
    }

    private static void awaitListening(Process process, String host, int port, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("stopped at start:\n" + JanusConfiguration.readLog(log));
            }
            try (Socket socket = new Socket(host, port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nothing listens on " + host + ":" + port + ":\n" + JanusConfiguration.readLog(log));
    }

    private void inside(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of(IP, "netns", "exec", name));
        full.addAll(List.of(command));
        must(full.toArray(String[]::new));
    }

    private static void must(String... command) throws IOException, InterruptedException {
        Result result = run(command);
        if (result.status() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + result.output());
        }
    }

    private record Result(int status, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
