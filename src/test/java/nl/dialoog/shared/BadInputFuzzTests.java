package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.support.Http;
import nl.dialoog.support.LogCapture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Malformed requests from a fixed seed over every public endpoint — broken cookies, bad escapes, invalid UTF-8,
 * indexed, duplicate and oversized parameters, wrong methods and content types, NULs, malformed origins on the
 * socket upgrade, large headers — with and without a valid session and CSRF token, so that the bad parts reach
 * the forms and the room and not only the security filter. None may get a 5xx, none may write anything (only the
 * few valid registrations mixed in do), and the log grows by a small bounded amount per request.
 */
// the same limits as BadInputTests, so both share one server
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dialoog.registration.min-fill-time=0s", "dialoog.registration.per-client-limit=1000000",
        "dialoog.registration.per-email-limit=1000000", "dialoog.contact.per-client=1000000",
        "dialoog.contact.per-email=1000000", "dialoog.room.command-rate=1000000"})
class BadInputFuzzTests {

    private static final long SEED = 20261202L;
    private static final int REQUESTS = 1005;
    private static final int VALID_REGISTRATIONS = 5;
    /** Average log bytes a request may add (as the file would get them, stack traces in full). */
    private static final int LOG_BYTES_PER_REQUEST = 300;

    private static final String[] METHODS = {"GET", "GET", "GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH",
            "OPTIONS", "HEAD", "TRACE", "FOO", "get"};
    private static final String[] QUERY = {"lang=%zz", "lang=%", "lang=%e0%a4", "lang=%c3%28", "lang=\u00ff\u00fe",
            "lang=en&lang=nl", "lang[0]=en", "lang=..%2F..%2Fetc", "lang=%00", "x=%00", "since=-1",
            "since=99999999999999999999999", "since=abc", "pass=%00", "pass=" + "A".repeat(3000), "code=%00",
            "code[0]=x", "name[0]=x", "started[0]=x", "email[0]=x", "zone[0]=x", "=x", "&&&", "%=%", "a=%%%",
            "a=" + "b".repeat(6000), "signedOut", "error", "a=1&a=2&a=3", "lang=" + "e".repeat(300), "x=%u0041",
            "q12=%00", "q1[0]=x"};
    private static final String[] COOKIES = {"dialoog-lang=\"en\"", "dialoog-lang=%ZZ", "dialoog-lang=../../etc",
            "dialoog-lang=\u00c3\u0028", "dialoog-lang=", "dialoog-lang=\"", "dialoog-lang=nl; dialoog-lang=fr",
            "JSESSIONID=%00", "JSESSIONID=" + "x".repeat(500), "JSESSIONID=\"", "XSRF-TOKEN=\u00ff", ";;;=;",
            "a=b;;c", "=", "dialoog-lang=e\u0000n", "dialoog-lang=zz-ZZ", "\u00ff=\u00ff"};
    private static final String[] ACCEPT = {"text/html", "application/json", "*/*", "application/problem+json",
            "text/event-stream", "image/png", "garbage", "text/html;q=x", "", "application/json, text/html;q=0.1"};
    private static final String[] LANGUAGES = {"nl", "fr", "es", "*;q=x", "zz-ZZ-ZZZZ", ",,,", "\u00ff",
            "en;q=0.5, " + "x".repeat(2000), "nl-NL;q=1.5", "-"};
    private static final String[] CONTENT_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data",
            "multipart/form-data; boundary=", "*/*", "application/json", "text/plain;charset=nonsense",
            "application/x-www-form-urlencoded; charset=utf-16", "application/x-www-form-urlencoded; charset=bogus",
            "text/plain", "", "\u00ff/\u00ff"};
    private static final String[] BODIES = {"a=%zz", "name[0]=x", "name=%00", "name=\u00ff\u00fe", "%", "=",
            "a=%e0%a4", "{\"type\":", "\u0000\u0000", "username=%00&password=x", "username=a&password=%zz",
            "_csrf=%00", "x=" + "y".repeat(100_000), "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n"};
    private static final String[] ORIGINS = {"http://a b", "http://%zz", "null", "http://[::1", "://", "\u00ff",
            "http://", "javascript:alert(1)", "http://localhost:99999", "http://a%00b", "h\u0000ttp://x"};
    private static final String[] ROOM_BODIES = {
            "{\"type\":\"chat.post\",\"ref\":\"f\",\"text\":\"a\\u0000b\"}",
            "{\"type\":\"chat.post\",\"ref\":\"f\",\"text\":\"\"}",
            "{\"type\":\"chat.post\",\"ref\":\"f\",\"text\":\"" + "x".repeat(5000) + "\"}",
            "{\"type\":\"qa.ask\",\"ref\":\"f\",\"text\":\"\\u0000\"}",
            "{\"type\":\"statement.submit\",\"ref\":\"f\",\"text\":\"a\\u0000\"}",
            "{\"type\":\"poll.create\",\"ref\":\"f\",\"question\":\"a\\u0000\",\"options\":[\"a\",\"b\"]}",
            "{\"type\":\"me.rename\",\"ref\":\"f\",\"name\":\"a\\u0000\"}",
            "{\"type\":\"me.rename\",\"ref\":\"f\",\"name\":\"\\n\"}",
            "{\"type\":\"poll.vote\",\"ref\":\"f\",\"id\":\"x\",\"options\":{\"a\":1}}",
            "{\"type\":\"qa.vote\",\"ref\":\"f\",\"id\":999999999}", "{\"type\":\"chat.delete\",\"id\":-1}",
            "{\"type\":\"nope\"}", "{\"type\":[\"chat.post\"]}", "{", "[]", "\"s\"", "null", "", "\u00ff\u00fe",
            "{\"type\":\"chat.post\",\"ref\":\"" + "r".repeat(100) + "\",\"text\":\"\\u0000\"}",
            "{\"type\":\"moderation.remove\",\"id\":1}", "{\"type\":\"chat.post\\u0000\",\"text\":\"x\"}"};

    @LocalServerPort
    int port;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Registrations registrations;

    @Autowired
    RoomFixture room;

    @Autowired
    JdbcClient jdbc;

    /** What a request is, for the report when one fails. */
    private record Probe(String label, String requestLine, byte[] body, String[] headers) {
    }

    @Test
    void answersOneThousandMalformedRequestsWithoutAServerErrorAChangeOrALongLog() throws Exception {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        RegistrationOutcome registered = registrations.register(event, TestEvents.person(TestEvents.email(), 0));
        EventView open = room.openEvent();
        RoomDoor ama = room.attendee(open, "Ama");
        Session session = session("/events/" + event.slug() + "/register");
        List<Probe> probes = probes(new Random(SEED), event, registered.manageToken(), ama.pass(), session);
        Map<String, Long> before = counts();

        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        Map<String, String> serverErrors = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        long logBytes;
        List<String> stackTraces;
        try (LogCapture log = LogCapture.attach(); ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> answers = new ArrayList<>();
            Http http = new Http(port);
            for (Probe probe : probes) {
                answers.add(pool.submit(() -> {
                    String response = http.rawWithBody(probe.requestLine(), probe.body(), probe.headers());
                    int status = response.isEmpty() ? 0 : Http.status(response);
                    if (status >= 500) {
                        serverErrors.put(probe.label(), response.lines().findFirst().orElse(""));
                    }
                    return status;
                }));
            }
            for (Future<Integer> answer : answers) {
                statuses.computeIfAbsent(answer.get(), s -> new AtomicInteger()).incrementAndGet();
            }
            logBytes = log.bytes();
            stackTraces = log.withStackTraces();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("BadInputFuzzTests: %d requests in %d ms, statuses %s, log %d bytes%n", probes.size(),
                millis, statuses, logBytes);

        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(stackTraces).as("log entries with a stack trace").isEmpty();
        assertThat(logBytes).as("log bytes").isLessThan((long) LOG_BYTES_PER_REQUEST * probes.size());
        Map<String, Long> after = counts();
        Map<String, Long> expected = new LinkedHashMap<>(before);
        expected.merge("registration", (long) VALID_REGISTRATIONS, Long::sum);
        expected.merge("mail_outbox", (long) VALID_REGISTRATIONS, Long::sum);
        assertThat(after).as("rows per table").isEqualTo(expected);
    }

    /** A session with its CSRF token and a form stamp, so that posts get past security to the forms. */
    private record Session(String cookie, String csrf, String started) {
    }

    private Session session(String form) {
        Http http = new Http(port);
        Document page = Jsoup.parse(http.page(form, "en").body());
        // an anonymous visitor's CSRF token lives in a cookie of its own, a signed-in one's in the session
        String cookie = java.util.stream.Stream.of("JSESSIONID", "dialoog-csrf")
                .flatMap(name -> http.cookie(name).stream())
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        return new Session(cookie, page.select("input[name=_csrf]").val(), page.select("input[name=started]").val());
    }

    private List<Probe> probes(Random random, EventView event, String manageToken, String pass, Session session) {
        String slug = event.slug();
        String[] paths = {"/", "/events/" + slug, "/events/" + slug + "/calendar.ics", "/events/" + slug + "/register",
                "/events/" + slug + "/register/done", "/events/" + slug + "/contact",
                "/events/" + slug + "/contact/sent", "/registrations/" + manageToken,
                "/registrations/" + manageToken + "/verify", "/registrations/" + manageToken + "/data.json",
                "/join/" + manageToken, "/join/%00", "/room/join/x",
                "/room/invite/%zz", "/room/stream", "/room/commands", "/room/socket", "/login",
                "/invitations/abc", "/invitations/%00", "/error", "/actuator/health", "/css/site.css", "/js/x.js",
                "/events/%00", "/events/a%2500", "/events/%c3%28", "/events/\u00ff", "/registrations/%zz",
                "/organiser", "/admin", "/events/" + slug + "/register;x=y", "/events//" + slug};
        List<Probe> probes = new ArrayList<>();
        int valid = 0;
        for (int i = 0; probes.size() < REQUESTS; i++) {
            if (valid < VALID_REGISTRATIONS && i % (REQUESTS / VALID_REGISTRATIONS) == 7) {
                probes.add(registration(slug, session, true, random));
                valid++;
                continue;
            }
            int kind = random.nextInt(100);
            if (kind < 6) {
                probes.add(upgrade(random));
            } else if (kind < 18) {
                probes.add(roomCommand(random, pass));
            } else if (kind < 30) {
                probes.add(registration(slug, session, false, random));
            } else if (kind < 38) {
                probes.add(contact(slug, session, random));
            } else if (kind < 40) {
                probes.add(new Probe("oversized", "POST /events/" + slug + "/contact HTTP/1.1", "a=b".getBytes(),
                        new String[]{"Content-Length: 5000000", "Content-Type: application/x-www-form-urlencoded",
                                "Accept: " + pick(random, ACCEPT)}));
            } else {
                probes.add(anything(random, paths, session));
            }
        }
        return probes;
    }

    private static Probe anything(Random random, String[] paths, Session session) {
        String method = pick(random, METHODS);
        String path = pick(random, paths);
        if (random.nextInt(10) < 6) {
            path += "?" + pick(random, QUERY) + (random.nextBoolean() ? "&" + pick(random, QUERY) : "");
        }
        List<String> headers = new ArrayList<>();
        headers.add("Accept: " + pick(random, ACCEPT));
        if (random.nextInt(10) < 4) {
            headers.add("Accept-Language: " + pick(random, LANGUAGES));
        }
        String cookie = random.nextInt(10) < 3 ? session.cookie() : "";
        if (random.nextInt(10) < 5) {
            cookie += (cookie.isEmpty() ? "" : "; ") + pick(random, COOKIES);
        }
        if (!cookie.isEmpty()) {
            headers.add("Cookie: " + cookie);
        }
        if (random.nextInt(20) == 0) {
            headers.add("X-Padding: " + "p".repeat(6000));
        }
        if (random.nextInt(10) == 0) {
            headers.add("X-Room-Pass: " + pick(random, new String[]{"%00", "x.y.z", "\u00ff", "0.0.0"}));
        }
        byte[] body = null;
        if (!method.equals("GET") && !method.equals("HEAD") && random.nextInt(10) < 8) {
            headers.add("Content-Type: " + pick(random, CONTENT_TYPES));
            String text = pick(random, BODIES);
            if (!session.cookie().isEmpty() && random.nextBoolean()) {
                text = "_csrf=" + session.csrf() + "&" + text;
            }
            body = text.getBytes(StandardCharsets.ISO_8859_1);
        }
        return new Probe(method + " " + path + " " + headers, method + " " + path + " HTTP/1.1", body,
                headers.toArray(String[]::new));
    }

    /** A registration post; unless {@code valid}, always with an address that is none, plus one more fault. */
    private static Probe registration(String slug, Session session, boolean valid, Random random) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", session.csrf());
        fields.put("name", "Ama Mensah");
        fields.put("email", valid ? TestEvents.email() : "ama-at-dialoog.test");
        fields.put("language", "en");
        fields.put("zone", "Africa/Accra");
        fields.put("consent", "true");
        fields.put("privacyVersion", "0");
        fields.put("website", "");
        fields.put("started", session.started());
        String body = encode(fields);
        if (!valid) {
            body += pick(random, new String[]{"&name%5B0%5D=x", "&started%5B0%5D=x", "&email%5B0%5D=x",
                    "&zone%5B0%5D=x", "&name=a%00b", "&q1=%00", "&zone=Nowhere%2FLand", "&consent=maybe",
                    "&privacyVersion=1e999", "&privacyVersion=x", "&started=forged", "&name=%c3%28", "&name=%zz",
                    "&website=spam", "&language=%00", "&inviteCode=" + "c".repeat(500), "&q99=" + "a".repeat(5000),
                    "&consent%5B%5D=true", "&name.x=y", "&class.module=x", "&%00=x"});
        }
        String[] headers = {"Cookie: " + session.cookie(), "Content-Type: application/x-www-form-urlencoded",
                "Accept: text/html", "Accept-Language: " + pick(random, new String[]{"en", "nl", "fr", "es"})};
        return new Probe((valid ? "valid " : "") + "registration " + body, "POST /events/" + slug
                + "/register HTTP/1.1", body.getBytes(StandardCharsets.ISO_8859_1), headers);
    }

    /** A contact post, always with an address that is none, plus one more fault. */
    private static Probe contact(String slug, Session session, Random random) {
        String body = "_csrf=" + session.csrf() + "&name=Ama&email=ama-at-dialoog.test&message=Hello&website=&token=x"
                + pick(random, new String[]{"&name%5B0%5D=x", "&message=a%00b", "&message=%c3%28", "&email%5B0%5D=x",
                "&token%5B0%5D=x", "&message=" + "m".repeat(20_000), "&message=%zz", "&message.x=1"});
        String[] headers = {"Cookie: " + session.cookie(), "Content-Type: application/x-www-form-urlencoded",
                "Accept: " + pick(random, ACCEPT)};
        return new Probe("contact " + body, "POST /events/" + slug + "/contact HTTP/1.1",
                body.getBytes(StandardCharsets.ISO_8859_1), headers);
    }

    private static Probe roomCommand(Random random, String pass) {
        String body = pick(random, ROOM_BODIES);
        String type = random.nextInt(4) == 0 ? pick(random, CONTENT_TYPES) : "application/json";
        String[] headers = {"X-Room-Pass: " + (random.nextInt(5) == 0 ? "%00" : pass), "Content-Type: " + type,
                "Accept: " + pick(random, ACCEPT)};
        return new Probe("room " + type + " " + body, "POST /room/commands?lang=" + pick(random,
                new String[]{"en", "%zz", "%00", "nl"}) + " HTTP/1.1", body.getBytes(StandardCharsets.ISO_8859_1),
                headers);
    }

    private static Probe upgrade(Random random) {
        String origin = pick(random, ORIGINS);
        String[] headers = {"Upgrade: websocket", "Connection: Upgrade, close",
                "Sec-WebSocket-Key: " + pick(random, new String[]{"dGhlIHNhbXBsZSBub25jZQ==", "%00", "x"}),
                "Sec-WebSocket-Version: " + pick(random, new String[]{"13", "8", "x"}), "Origin: " + origin,
                "Content-Type: " + pick(random, CONTENT_TYPES)};
        return new Probe("upgrade " + origin, "GET /room/socket HTTP/1.1", null, headers);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[]{"registration", "mail_outbox", "contact_message",
                "room_participant", "room_event", "room_chat_message", "room_question", "room_statement",
                "room_poll", "event", "account", "invitation"}) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
