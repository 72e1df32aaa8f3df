package nl.dialoog.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The load generator of bench/registration-burst.sh: many simulated participants register for one event, as a
 * browser would. Each one GETs the public form (new session cookie, CSRF token, signed anti-bot stamp), then POSTs a
 * registration with its own e-mail address; the POST's latency is measured from sending to the full response (a
 * 302 to the done page), the GET's too. Not a test: a plain main method, JDK classes only, so it runs with
 * {@code java -cp <test-classes>}.
 *
 * <p>The generator shares the two cores with the server it measures, so its own CPU counts against the goal.
 * Participants therefore talk through {@link LeanHttp} (keep-alive connections on blocking sockets) and read their
 * per-visitor values with byte scans ({@link RegistrationForm}); the JDK HttpClient and regular expressions over the
 * 44 KB page cost ≈ 4.5 ms CPU per participant, this ≈ 1 ms. Signing in and setting the capacity happen once and
 * keep the JDK HttpClient.
 *
 * <p>Arguments ({@code --name value}): base, slug, total, warmup, concurrency, rate (participants per second, 0 = as
 * fast as the closed loop allows), time-limit (seconds, hard), server-pid, and for setting the capacity through the
 * organiser's own page: event-id, capacity, admin-email, admin-password. Prints the figures and one line
 * {@code RESULT key=value ...} for the script. Exit code 0 when every participant that started was registered
 * (a 302 to the done page) without a 5xx or a failed connection, 1 otherwise; a miss of the goal is printed, not
 * an exit code.
 */
public final class RegistrationBurst {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, String> args;
    private final String base;
    private final URI server;
    private final HttpClient client;

    private RegistrationBurst(Map<String, String> args) {
        this.args = args;
        this.base = arg("base", "http://127.0.0.1:8080");
        this.server = URI.create(base);
        if (!server.getHost().equals("127.0.0.1") && !server.getHost().equals("localhost")) {
            throw new IllegalArgumentException("this benchmark only talks to 127.0.0.1, not " + base);
        }
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + argv[i]);
            }
            args.put(argv[i].substring(2), argv[i + 1]);
        }
        System.exit(new RegistrationBurst(args).run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        String slug = arg("slug", "changing-roles-of-csos-and-partners");
        int total = Integer.parseInt(arg("total", "20000"));
        int warmup = Integer.parseInt(arg("warmup", "2000"));
        int concurrency = Integer.parseInt(arg("concurrency", "32"));
        double rate = Double.parseDouble(arg("rate", "0"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(arg("time-limit", "300")));
        String run = Long.toString(System.currentTimeMillis(), 36);

        if (args.containsKey("capacity")) {
            setCapacity(arg("event-id", null), arg("capacity", null), arg("admin-email", "admin@localhost"),
                    arg("admin-password", null));
        }
        // the questions do not change during the run: read them once, from a form page of their own
        String formPath = "/events/" + slug + "/register";
        RegistrationForm form = RegistrationForm.of(formPath, server.getRawAuthority(),
                page(formPath, new LinkedHashMap<>()));
        System.out.printf("The form asks %d questions of the organiser's%n", form.questionCount());
        LeanHttp http = new LeanHttp(new InetSocketAddress(server.getHost(),
                server.getPort() < 0 ? 80 : server.getPort()), concurrency, REQUEST_TIMEOUT);

        System.out.printf("Warm-up: %,d registrations, concurrency %d, as fast as possible%n", warmup, concurrency);
        Phase warm = new Phase(warmup, http, form);
        warm.run("warm-" + run, concurrency, 0, deadline);
        warm.print("warm-up");

        Optional<Long> pid = Optional.ofNullable(args.get("server-pid")).map(Long::parseLong);
        String database = arg("database", "dialoog_bench");
        CpuSample before = CpuSample.take(pid, database);
        System.out.printf("Measured: %,d registrations, concurrency %d, %s%n", total, concurrency,
                rate > 0 ? "paced at " + rate + " participants/s (open loop)" : "as fast as possible (closed loop)");
        Phase measured = new Phase(total, http, form);
        measured.run("run-" + run, concurrency, rate, deadline);
        CpuSample after = CpuSample.take(pid, database);
        http.close();
        measured.print("measured");
        after.printSince(before, measured.elapsedNanos);

        long successes = warm.redirected.sum() + measured.redirected.sum();
        boolean complete = warm.done.get() == warmup && measured.done.get() == total;
        long serverErrors = warm.serverErrors() + measured.serverErrors();
        long failures = warm.exceptions.values().stream().mapToLong(LongAdder::sum).sum()
                + measured.exceptions.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("RESULT successes=%d attempted=%d complete=%s server_errors=%d failures=%d "
                        + "per_minute=%.0f post_p50_ms=%.1f post_p99_ms=%.1f%n",
                successes, warm.done.get() + measured.done.get(), complete, serverErrors, failures,
                measured.perMinute(), measured.post.percentileMillis(50), measured.post.percentileMillis(99));
        double perMinute = measured.perMinute();
        double p99 = measured.post.percentileMillis(99);
        System.out.printf("Goal (>= 10,000 registrations/minute, POST p99 < 100 ms): %s (%,.0f/minute,"
                        + " p99 %.1f ms)%s%n",
                perMinute >= 10_000 && p99 < 100 ? "MET" : "MISSED", perMinute, p99,
                complete ? "" : "; INCOMPLETE: the time limit stopped the run early");
        // the exit code is about correctness: every participant that started got a registration, nothing failed
        return serverErrors == 0 && failures == 0 && successes == warm.done.get() + measured.done.get();
    }

    /** One batch of participants and what they saw. */
    private static final class Phase {

        final int size;
        final LeanHttp http;
        final RegistrationForm form;
        final Latencies get;
        final Latencies post;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final LongAdder redirected = new LongAdder();
        final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        final Map<String, LongAdder> exceptions = new ConcurrentHashMap<>();
        long elapsedNanos;

        Phase(int size, LeanHttp http, RegistrationForm form) {
            this.size = size;
            this.http = http;
            this.form = form;
            this.get = new Latencies(size);
            this.post = new Latencies(size);
        }

        void run(String prefix, int concurrency, double rate, long deadline) throws InterruptedException {
            Semaphore slots = new Semaphore(concurrency);
            long start = System.nanoTime();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < size; i++) {
                    if (rate > 0) {
                        long due = start + (long) (i * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !slots.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                        System.out.println("Time limit reached: no new participants started");
                        break;
                    }
                    int n = i;
                    threads.submit(() -> {
                        try {
                            participant(prefix + "-" + n + "@bench.invalid");
                        } finally {
                            done.incrementAndGet();
                            slots.release();
                        }
                    });
                }
            }
            elapsedNanos = System.nanoTime() - start;
        }

        /** One person: the form, then the registration. */
        void participant(String email) {
            try {
                RegistrationForm.Visitor visitor;
                long t0 = System.nanoTime();
                try (LeanHttp.Response page = http.send(form.formRequest(), true)) {
                    get.add(System.nanoTime() - t0);
                    count("GET ", page.status());
                    if (page.status() != 200) {
                        return;
                    }
                    visitor = RegistrationForm.visitor(page.body(), page.length(), page.cookie("dialoog-csrf"));
                }
                if (visitor == null) {
                    failure("NotTheForm");
                    return;
                }
                byte[] registration = form.registration(visitor, email);
                long t1 = System.nanoTime();
                try (LeanHttp.Response sent = http.send(registration, false)) {
                    post.add(System.nanoTime() - t1);
                    count("POST ", sent.status());
                    if (sent.status() == 302 && sent.location().endsWith("/register/done")) {
                        redirected.increment();
                    }
                }
            } catch (IOException e) {
                failure(e.getClass().getSimpleName());
            }
        }

        void count(String method, int status) {
            statuses.computeIfAbsent(method + status, k -> new LongAdder()).increment();
        }

        void failure(String kind) {
            exceptions.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        long serverErrors() {
            return statuses.entrySet().stream().filter(e -> e.getKey().matches("\\w+ 5\\d\\d"))
                    .mapToLong(e -> e.getValue().sum()).sum();
        }

        double perMinute() {
            return elapsedNanos == 0 ? 0 : redirected.sum() * 60e9 / elapsedNanos;
        }

        void print(String label) {
            System.out.printf("  %s: %,d participants in %.1f s -> %,.0f registrations/minute (%.1f/s)%n", label,
                    done.get(), elapsedNanos / 1e9, perMinute(), perMinute() / 60);
            System.out.printf("  POST register  %s%n", post.summary());
            System.out.printf("  GET form       %s%n", get.summary());
            System.out.printf("  responses: %s%s%n", new TreeMap<>(statuses.entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()))),
                    exceptions.isEmpty() ? "" : "  failures: " + exceptions.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue().sum()).collect(Collectors.joining(", ")));
        }
    }

    /** Latencies in nanoseconds, one slot per participant. */
    private static final class Latencies {

        private final long[] values;
        private final AtomicInteger size = new AtomicInteger();
        private long[] sorted;

        Latencies(int capacity) {
            this.values = new long[capacity];
        }

        void add(long nanos) {
            values[size.getAndIncrement()] = nanos;
        }

        double percentileMillis(double p) {
            if (sorted == null) {
                sorted = Arrays.copyOf(values, size.get());
                Arrays.sort(sorted);
            }
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        String summary() {
            return String.format("n=%,d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms", size.get(),
                    percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100));
        }
    }

    /** CPU seconds of the server process (from /proc/PID/stat), of this process, and of the whole machine. */
    private record CpuSample(long nanos, double serverSeconds, long serverRssKb, double ownSeconds,
                             double machineBusySeconds, double databaseSeconds) {

        private static final double TICK = 100.0; // USER_HZ on Linux

        static CpuSample take(Optional<Long> pid, String database) {
            double server = 0;
            long rss = 0;
            if (pid.isPresent()) {
                server = cpuSeconds(pid.get());
                rss = read("/proc/" + pid.get() + "/status").lines().filter(l -> l.startsWith("VmRSS:"))
                        .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
            }
            double own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
            String[] cpu = read("/proc/stat").lines().findFirst().orElseThrow().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return new CpuSample(System.nanoTime(), server, rss, own, busy / TICK, databaseSeconds(database));
        }

        /** utime + stime of a process, in seconds. */
        static double cpuSeconds(long pid) {
            String stat = read("/proc/" + pid + "/stat");
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICK;
        }

        /**
         * CPU of the PostgreSQL backends serving this database (their process title names it); the pool keeps
         * them for the whole run. The server's shared processes (WAL writer, checkpointer) are not included.
         */
        static double databaseSeconds(String database) {
            double sum = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path dir : processes.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String title = Files.readString(dir.resolve("cmdline")).replace('\0', ' ');
                        if (title.startsWith("postgres: ") && title.contains(" " + database + " ")) {
                            sum += cpuSeconds(Long.parseLong(dir.getFileName().toString()));
                        }
                    } catch (IOException | UncheckedIOException gone) {
                        // the process ended meanwhile
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sum;
        }

        void printSince(CpuSample before, long elapsedNanos) {
            double wall = elapsedNanos / 1e9;
            double server = serverSeconds - before.serverSeconds;
            double own = ownSeconds - before.ownSeconds;
            double machine = machineBusySeconds - before.machineBusySeconds;
            double database = databaseSeconds - before.databaseSeconds;
            double rest = machine - server - own - database;
            System.out.printf("  CPU during the measured phase (%.1f s wall, %d cores): server JVM %.1f s (%.0f%% of"
                            + " one core), PostgreSQL backends %.1f s (%.0f%%), load generator %.1f s (%.0f%%),"
                            + " everything else on the machine %.1f s (%.0f%%); machine busy %.0f%% of all cores%n",
                    wall, Runtime.getRuntime().availableProcessors(), server, 100 * server / wall, database,
                    100 * database / wall, own, 100 * own / wall, rest, 100 * rest / wall,
                    100 * machine / wall / Runtime.getRuntime().availableProcessors());
            if (serverRssKb > 0) {
                System.out.printf("  server RSS: %,d MB before, %,d MB after%n", before.serverRssKb / 1024,
                        serverRssKb / 1024);
            }
        }

        private static String read(String file) {
            try {
                return Files.readString(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Sets the event's capacity as an organiser would: sign in on /login, open the event's registration options and
     * save them with the capacity filled in (all other options as the page shows them).
     */
    private void setCapacity(String eventId, String capacity, String email, String password) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        String login = page("/login", cookies);
        HttpResponse<byte[]> signedIn = postForm("/login", cookies, Map.of("_csrf", inputs(login).get("_csrf"),
                "username", email, "password", password));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in as " + email + " failed: " + signedIn.statusCode() + " "
                    + signedIn.headers().firstValue("Location").orElse(""));
        }
        String optionsPath = "/organiser/events/" + eventId + "/registration";
        String html = page(optionsPath, cookies);
        // the first form on the page is the options form; keep what it shows and change only the capacity
        String form = html.substring(html.indexOf("<form"), html.indexOf("</form>"));
        Map<String, String> fields = new LinkedHashMap<>(inputs(form));
        for (Matcher textarea = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")
                .matcher(form); textarea.find(); ) {
            fields.put(textarea.group(1), RegistrationForm.unescape(textarea.group(2)));
        }
        fields.put("capacity", capacity);
        HttpResponse<byte[]> saved = postForm(optionsPath, cookies, fields);
        if (saved.statusCode() != 302 || !saved.headers().firstValue("Location").orElse("").contains("saved")) {
            throw new IllegalStateException("saving capacity " + capacity + " failed: " + saved.statusCode());
        }
        System.out.printf("Capacity of event %s set to %s through the organiser's options page as %s%n", eventId,
                capacity, email);
    }

    private String page(String path, Map<String, String> cookies) throws Exception {
        HttpResponse<byte[]> response = client.send(withCookies(HttpRequest.newBuilder(URI.create(base + path)),
                cookies).timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        keep(response.headers(), cookies);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return body(response);
    }

    private HttpResponse<byte[]> postForm(String path, Map<String, String> cookies, Map<String, String> fields)
            throws Exception {
        HttpResponse<byte[]> response = client.send(withCookies(HttpRequest.newBuilder(URI.create(base + path)),
                        cookies).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        keep(response.headers(), cookies);
        return response;
    }

    private static HttpRequest.Builder withCookies(HttpRequest.Builder request, Map<String, String> cookies) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private static void keep(HttpHeaders headers, Map<String, String> cookies) {
        for (String cookie : headers.allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
    }

    /** Name and value of every input element a browser would send (hidden fields, checked boxes). */
    private static Map<String, String> inputs(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Matcher input = INPUT.matcher(html); input.find(); ) {
            if (input.group().contains("type=\"checkbox\"") && !input.group().matches("(?s).*\\schecked\\b.*")) {
                continue;
            }
            Matcher name = NAME.matcher(input.group());
            if (name.find()) {
                Matcher value = VALUE.matcher(input.group());
                fields.put(RegistrationForm.unescape(name.group(1)),
                        value.find() ? RegistrationForm.unescape(value.group(1)) : "");
            }
        }
        return fields;
    }

    private static String body(HttpResponse<byte[]> response) throws IOException {
        boolean gzip = response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
        try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(response.body()))
                : new ByteArrayInputStream(response.body())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String arg(String name, String fallback) {
        String value = args.getOrDefault(name, fallback);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
