package nl.dialoog.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.DialoogApplication;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventId;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organiser's event dashboard and My events with {@code registrations} (20,000) in one event, on PostgreSQL:
 * page time (median, p95) and SQL statements per page. Starts Dialoog in this JVM with {@link StatementCounting},
 * seeds the event straight into the tables (registrations over 60 days in 40 countries, a session's room with
 * 9,000 attendees and mail in the outbox), signs in on /login and fetches each page {@code warmup} + {@code runs}
 * times, one request at a time. Plain main: run by bench/dashboard.sh.
 */
public final class DashboardBench {

    private static final String PASSWORD = "bench-" + UUID.randomUUID();

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        int registrations = Integer.getInteger("registrations", 20_000);
        int warmup = Integer.getInteger("warmup", 15);
        int runs = Integer.getInteger("runs", 40);
        String url = System.getProperty("jdbcUrl");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(DialoogApplication.class,
                StatementCounting.class).run("--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--dialoog.account.admin-password=" + PASSWORD,
                "--dialoog.event.demo=off", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--management.health.mail.enabled=false");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            AccountView admin = app.getBean(Accounts.class).findByEmail(adminEmail(app)).orElseThrow();
            long started = System.nanoTime();
            EventId big = seed(app, admin, registrations);
            System.out.printf("Seeded %,d registrations and a session in %.1f s%n", registrations,
                    (System.nanoTime() - started) / 1e9);
            Client client = new Client("http://127.0.0.1:" + port);
            client.signIn(adminEmail(app), PASSWORD);
            measure(client, "/organiser/events/" + big.value() + "/dashboard", "event dashboard", warmup, runs);
            measure(client, "/organiser", "My events", warmup, runs);
            registrationsList(app, client, big, warmup, runs);
            sources(app, big, runs);
        } finally {
            app.close();
        }
    }

    private static String adminEmail(ConfigurableApplicationContext app) {
        return app.getEnvironment().getProperty("dialoog.account.admin-email", "admin@localhost");
    }

    static void measure(Client client, String path, String name, int warmup, int runs) throws Exception {
        List<Double> millis = new ArrayList<>();
        List<Integer> statements = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < warmup + runs; i++) {
            String id = UUID.randomUUID().toString();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.get(path, id);
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            Integer counted = null;
            for (int wait = 0; wait < 100 && counted == null; wait++) {
                counted = StatementCounting.BY_REQUEST.remove(id);
                if (counted == null) {
                    Thread.sleep(2);
                }
            }
            if (i >= warmup) {
                millis.add(ms);
                statements.add(counted == null ? -1 : counted);
                bytes = response.body().length;
            }
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int[] counts = statements.stream().mapToInt(Integer::intValue).sorted().toArray();
        System.out.printf("%-16s %3d runs  median %7.1f ms  p95 %7.1f ms  max %7.1f ms  statements %d (min %d, max %d)"
                        + "  %,d bytes%n", name, runs, percentile(sorted, 50), percentile(sorted, 95),
                sorted[sorted.length - 1], counts[counts.length / 2], counts[0], counts[counts.length - 1], bytes);
    }

    /**
     * The organiser's registrations list (issue 13): the first page, a page deep in the list, a filter on a
     * question's answer and a search, each over the 20,000 registrations.
     */
    static void registrationsList(ConfigurableApplicationContext app, Client client, EventId event, int warmup,
                                  int runs) throws Exception {
        long country = app.getBean(JdbcTemplate.class).queryForObject(
                "SELECT id FROM registration_question WHERE event_id = ? AND kind = 'COUNTRY'", Long.class,
                event.value());
        String list = "/organiser/events/" + event.value() + "/registrations";
        measure(client, list, "list, page 1", warmup, runs);
        measure(client, list + "?page=300", "list, page 300", warmup, runs);
        measure(client, list + "?a" + country + "=KE&status=CONFIRMED", "list, filtered", warmup, runs);
        measure(client, list + "?q=participant+1999", "list, search", warmup, runs);
    }

    /** Where the dashboard's time goes: each module's source on its own, median of {@code runs} calls. */
    static void sources(ConfigurableApplicationContext app, EventId event, int runs) {
        var view = app.getBean(EventCatalog.class).find(event).orElseThrow();
        for (var source : app.getBeansOfType(nl.dialoog.event.EventDashboard.Source.class).values()) {
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                source.addTo(new nl.dialoog.event.EventDashboard(view, java.util.Locale.ENGLISH, Instant.now()));
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("  source %-28s median %7.1f ms%n", source.getClass().getSimpleName(),
                    percentile(millis, 50));
        }
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The big event (ended yesterday, so its attendance shows) and nine small ones of the same organisation. */
    static EventId seed(ConfigurableApplicationContext app, AccountView admin, int registrations) {
        EventCatalog catalog = app.getBean(EventCatalog.class);
        RegistrationAdmin options = app.getBean(RegistrationAdmin.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        EventId big = event(catalog, options, admin, "Global consultation on civic space", 15_000);
        long country = options.addQuestion(big, QuestionKind.COUNTRY, false, LocalizedText.of("en", "Country"),
                List.of(), admin);
        long type = options.addQuestion(big, QuestionKind.ORGANISATION_TYPE, false,
                LocalizedText.of("en", "Type of organisation"), List.of(), admin);
        for (int i = 0; i < 9; i++) {
            event(catalog, options, admin, "Regional dialogue " + i, 300);
        }
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        jdbc.update("UPDATE event SET starts_at = ?, ends_at = ? WHERE id = ?", Timestamp.from(start),
                Timestamp.from(start.plus(2, ChronoUnit.HOURS)), big.value());

        String[] countries = Arrays.copyOf(("NL,KE,GH,NG,ZA,UG,TZ,ET,SN,ML,BF,NE,IN,BD,PK,NP,ID,PH,VN,KH,BR,CO,PE,BO,"
                + "GT,HN,MX,US,CA,GB,DE,FR,BE,SE,NO,DK,FJ,PG,AU,NZ").split(","), 40);
        String[] types = {"ngo", "network", "government", "multilateral", "academic", "business", "other"};
        Random random = new Random(7);
        List<Object[]> rows = new ArrayList<>();
        int confirmed = 0;
        for (int i = 0; i < registrations; i++) {
            // a skewed spread: a few countries bring most people, the last ones only a handful (small cells)
            String c = countries[Math.min(39, (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * 40))];
            String t = types[Math.min(6, (int) Math.floor(Math.pow(random.nextDouble(), 1.5) * 7))];
            double r = random.nextDouble();
            String status = r < 0.75 ? "CONFIRMED" : r < 0.9 ? "WAITLISTED" : r < 0.97 ? "CANCELLED" : "UNVERIFIED";
            confirmed += status.equals("CONFIRMED") ? 1 : 0;
            String email = "bench-" + i + "@dialoog.test";
            Instant at = start.minus(60, ChronoUnit.DAYS).plusSeconds((long) (random.nextDouble() * 59 * 86_400));
            rows.add(new Object[] {big.value(), "Participant " + i, email,
                    status.equals("CANCELLED") ? null : email, status,
                    "{\"" + country + "\":[\"" + c + "\"],\"" + type + "\":[\"" + t + "\"]}", Timestamp.from(at)});
        }
        jdbc.batchUpdate("""
                INSERT INTO registration (event_id, name, email, active_email, language, time_zone, status, answers,
                    consent_version, consent_language, consent_text, consented_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'en', 'UTC', ?, ?, 1, 'en', 'Privacy', ?, ?, ?)""", rows.stream()
                .map(row -> new Object[] {row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[6], row[6]})
                .toList());
        jdbc.update("UPDATE registration_options SET confirmed_count = ? WHERE event_id = ?", confirmed,
                big.value());
        // the outbox: a confirmation for everyone, a reminder for the confirmed, some of them failed
        List<Object[]> mails = new ArrayList<>();
        for (int i = 0; i < registrations + confirmed; i++) {
            String status = i % 97 == 0 ? "FAILED" : "SENT";
            mails.add(new Object[] {"<bench-" + i + "@dialoog.test>", "bench-" + (i % registrations) + "@dialoog.test",
                    big.value(), status, Timestamp.from(start.minus(1, ChronoUnit.DAYS))});
        }
        jdbc.batchUpdate("""
                INSERT INTO mail_outbox (message_id, recipient, subject, body_text, body_html, language, event_id,
                    status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, 'Your place', 'Text', '<p>Text</p>', 'en', ?, ?, 1, ?, ?)""", mails.stream()
                .map(m -> new Object[] {m[0], m[1], m[2], m[3], m[4], m[4]}).toList());
        room(jdbc, big, start, random);
        // seeded straight into the table, so the answer index the registrations list filters on is filled the
        // way it is for registrations made before the index existed
        app.getBean(nl.dialoog.registration.internal.AnswerIndexBackfill.class).run();
        jdbc.execute("ANALYZE");
        return big;
    }

    /** 9,000 attendees (one in five reconnects once) and six staff in a two-hour session. */
    static void room(JdbcTemplate jdbc, EventId event, Instant start, Random random) {
        int attendees = 9_000;
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < attendees + 6; i++) {
            people.add(new Object[] {event.value(), i < attendees ? "ATTENDEE" : i % 2 == 0 ? "HOST" : "MODERATOR",
                    "P" + i, Timestamp.from(start)});
        }
        jdbc.batchUpdate("""
                INSERT INTO room_participant (event_id, role, display_name, created_at) VALUES (?, ?, ?, ?)""",
                people);
        List<Long> ids = jdbc.queryForList("SELECT id FROM room_participant WHERE event_id = ? ORDER BY id",
                Long.class, event.value());
        List<Object[]> visits = new ArrayList<>();
        for (long id : ids) {
            int from = (int) (random.nextDouble() * 30) - 10;
            int to = 60 + (int) (random.nextDouble() * 70);
            visits.add(visit(event, id, start, from, to));
            if (random.nextInt(5) == 0) {
                visits.add(visit(event, id, start, to + 2, to + 10));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO room_visit (event_id, participant_id, joined_at, last_seen_at, left_at)
                VALUES (?, ?, ?, ?, ?)""", visits);
    }

    static Object[] visit(EventId event, long participant, Instant start, int from, int to) {
        Timestamp end = Timestamp.from(start.plus(to, ChronoUnit.MINUTES));
        return new Object[] {event.value(), participant, Timestamp.from(start.plus(from, ChronoUnit.MINUTES)), end,
                end};
    }

    static EventId event(EventCatalog catalog, RegistrationAdmin options, AccountView admin, String title,
                         int places) {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusMonths(1).withNano(0);
        EventId id = catalog.create(new EventDetails("bench-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en"), ZoneId.of("Europe/Amsterdam"), start, start.plusHours(2),
                new LocalizedText(Map.of("en", title)), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY), admin);
        catalog.publish(id, admin);
        options.saveOptions(id, new RegistrationOptions(places, null, null, false, false, false,
                LocalizedText.EMPTY, 0, List.of()), admin);
        return id;
    }

    /** A signed-in organiser's browser, as far as these pages need one: a cookie jar and the CSRF field. */
    static final class Client {

        private final String base;
        private final HttpClient http;

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        void signIn(String email, String password) throws Exception {
            String login = new String(get("/login", "login").body(), StandardCharsets.UTF_8);
            Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF field on /login");
            }
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
                throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + location);
            }
        }

        HttpResponse<byte[]> get(String path, String requestId) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                    .header("X-Bench-Request", requestId).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
