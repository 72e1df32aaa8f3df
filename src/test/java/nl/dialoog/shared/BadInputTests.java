package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.support.Http;
import nl.dialoog.support.LogCapture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The malformed requests a hostile probe sent, one kind each: every one gets a clear 4xx (or the page, where the bad
 * part can simply be ignored), changes nothing, and leaves at most one short line in the log. Against the real
 * server, because cookies, escapes and error pages are handled by the servlet container.
 */
// limits that would otherwise refuse the many sends of these tests from one address
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dialoog.registration.min-fill-time=0s", "dialoog.registration.per-client-limit=1000000",
        "dialoog.registration.per-email-limit=1000000", "dialoog.contact.per-client=1000000",
        "dialoog.contact.per-email=1000000", "dialoog.room.command-rate=1000000"})
class BadInputTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Autowired
    MessageSource messages;

    @Test
    void ignoresALanguageCookieThatIsNoLanguage() {
        Http http = new Http(port);
        String[] cookies = {"\"en\"", "%ZZ", "../../etc", "\u00c3\u0028", "\"\"", "e\u00ffn", "nl;x", "\"nl"};
        try (LogCapture log = LogCapture.attach()) {
            for (String cookie : cookies) {
                String response = http.raw("GET / HTTP/1.1", "Accept: text/html", "Accept-Language: nl",
                        "Cookie: dialoog-lang=" + cookie);

                assertThat(Http.status(response)).as(cookie).isEqualTo(200);
                assertThat(response).as(cookie).contains("lang=\"nl\"");
            }
            assertThat(log.withStackTraces()).isEmpty();
        }
    }

    @Test
    void answersIndexedParameterNamesOnTheFormsWithTheFormOrA400() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        RegistrationOutcome registered = registrations.register(event, TestEvents.person(TestEvents.email(), 0));
        Http http = new Http(port);
        String register = "/events/" + event.slug() + "/register";
        String contact = "/events/" + event.slug() + "/contact";
        String manage = "/registrations/" + registered.manageToken();
        try (LogCapture log = LogCapture.attach()) {
            for (String name : new String[]{"name[0]", "started[0]", "email[0]", "zone[0]", "name[a]", "name.x",
                    "zone[0][1]", "consent[]", "q[0]"}) {
                Map<String, String> fields = registration(http, register);
                fields.put(name, "x");
                assertThat(http.submit(register, register, fields).statusCode()).as(name).isBetween(200, 499);
                Map<String, String> message = new LinkedHashMap<>(Map.of("name", "Ama", "email", "ama@dialoog.test",
                        "message", "Hello", "token", "x", "website", ""));
                message.put(name, "x");
                assertThat(http.submit(contact, contact, message).statusCode()).as(name).isBetween(200, 499);
                Map<String, String> change = new LinkedHashMap<>(Map.of("language", "en", "zone", "Africa/Accra"));
                change.put(name, "x");
                assertThat(http.submit(manage, manage, change).statusCode()).as(name).isBetween(200, 499);
            }
            assertThat(log.withStackTraces()).isEmpty();
        }
    }

    @Test
    void refusesANulCharacterInARegistrationAndStoresNothing() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        Http http = new Http(port);
        String register = "/events/" + event.slug() + "/register";
        Map<String, String> fields = registration(http, register);
        fields.put("name", "Ama\u0000Mensah");

        HttpResponse<String> response = http.submit(register, register, fields);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).text()).contains(text("shared.error.invalidText", "en"));
        assertThat(rows("registration", event)).isZero();
    }

    @Test
    void refusesANulCharacterInAContactMessageAndStoresNothing() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        Http http = new Http(port);
        String contact = "/events/" + event.slug() + "/contact";
        String token = Jsoup.parse(http.page(contact, "en").body()).select("input[name=token]").val();

        HttpResponse<String> response = http.submit(contact, contact, Map.of("name", "Ama", "email",
                "ama@dialoog.test", "message", "Hello\u0000there", "token", token, "website", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).text()).contains(text("shared.error.invalidText", "en"));
        assertThat(rows("contact_message", event)).isZero();
    }

    @Test
    void refusesANulCharacterInRoomTextsOverBothTransportsAsARenameIsRefused() {
        EventView event = room.openEvent();
        RoomDoor ama = room.attendee(event, "Ama");
        String[] commands = {
                "{\"type\":\"chat.post\",\"ref\":\"c\",\"text\":\"a\\u0000b\"}",
                "{\"type\":\"qa.ask\",\"ref\":\"q\",\"text\":\"a\\u0000b\"}",
                "{\"type\":\"statement.submit\",\"ref\":\"s\",\"text\":\"a\\u0000b\"}",
                "{\"type\":\"me.rename\",\"ref\":\"r\",\"name\":\"a\\u0000b\"}"};
        Http http = new Http(port);
        for (String command : commands) {
            HttpResponse<String> answer = http.send(http.request("/room/commands?lang=nl")
                    .header("X-Room-Pass", ama.pass()).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(command)));

            assertThat(answer.statusCode()).as(command).isEqualTo(200);
            JsonNode frame = JSON.readTree(answer.body());
            assertThat(RoomClient.kind(frame)).as(command).isEqualTo("error");
        }
        try (RoomClient socket = RoomClient.connect(port, ama.pass(), 0)) {
            socket.awaitKind("snapshot");
            socket.sendRaw("{\"type\":\"chat.post\",\"ref\":\"w\",\"text\":\"a\\u0000b\"}");

            assertThat(RoomClient.kind(socket.answer("w"))).isEqualTo("error");
        }
        RoomDoor host = room.host(event);
        HttpResponse<String> poll = http.send(http.request("/room/commands")
                .header("X-Room-Pass", host.pass()).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"type\":\"poll.create\",\"ref\":\"p\",\"question\":\"a\\u0000b\","
                        + "\"options\":[\"yes\",\"no\"]}")));
        assertThat(RoomClient.kind(JSON.readTree(poll.body()))).isEqualTo("error");
        for (String table : new String[]{"room_chat_message", "room_question", "room_statement", "room_poll"}) {
            assertThat(rows(table, event)).as(table).isZero();
        }
    }

    @Test
    void answersRoomCommandsOfAnotherContentTypeWith415() {
        Http http = new Http(port);
        try (LogCapture log = LogCapture.attach()) {
            for (String type : new String[]{"multipart/form-data", "*/*", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "text/plain;charset=nonsense", "application/json; charset=x"}) {
                String response = http.rawWithBody("POST /room/commands HTTP/1.1", "{}".getBytes(StandardCharsets.UTF_8),
                        "Content-Type: " + type, "X-Room-Pass: x", "Accept: application/json");

                assertThat(Http.status(response)).as(type).isBetween(400, 499);
            }
            assertThat(log.withStackTraces()).isEmpty();
        }
        String response = http.rawWithBody("POST /room/commands HTTP/1.1", "{}".getBytes(StandardCharsets.UTF_8),
                "Content-Type: multipart/form-data", "X-Room-Pass: x", "Accept: application/json");
        assertThat(Http.status(response)).isEqualTo(415);
        assertThat(response).contains("application/problem+json");
    }

    @Test
    void answersAPutOnTheSignInPageAndTheBareErrorPageWith4xx() {
        Http http = new Http(port);
        try (LogCapture log = LogCapture.attach()) {
            String put = http.rawWithBody("PUT /login HTTP/1.1", "a=%zz".getBytes(StandardCharsets.US_ASCII),
                    "Content-Type: application/x-www-form-urlencoded", "Accept: text/html");
            String error = http.raw("GET /error HTTP/1.1", "Accept: text/html");
            String errorJson = http.raw("GET /error HTTP/1.1", "Accept: application/json");

            assertThat(Http.status(put)).isBetween(400, 499);
            assertThat(Http.status(error)).isBetween(400, 499);
            assertThat(Http.status(errorJson)).isBetween(400, 499);
            assertThat(log.withStackTraces()).isEmpty();
        }
    }

    @Test
    void refusesASocketUpgradeWithAMalformedOrigin() {
        Http http = new Http(port);
        try (LogCapture log = LogCapture.attach()) {
            for (String origin : new String[]{"http://a b", "http://%zz", "null", "http://[::1", "://", "\u00ff"}) {
                String response = http.rawWithBody("GET /room/socket HTTP/1.1", null, "Upgrade: websocket",
                        "Connection: Upgrade, close", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                        "Sec-WebSocket-Version: 13", "Origin: " + origin);

                assertThat(Http.status(response)).as(origin).isBetween(400, 499);
            }
            String wildcard = http.rawWithBody("OPTIONS /room/socket HTTP/1.1", "x".getBytes(StandardCharsets.UTF_8),
                    "Content-Type: */*", "Accept: garbage");
            assertThat(Http.status(wildcard)).isBetween(400, 499);
            assertThat(log.withStackTraces()).isEmpty();
        }
    }

    @Test
    void answersBadEscapesAndInvalidUtf8InAQueryWith400AndOneShortLogLine() {
        Http http = new Http(port);
        String[] lines = {"GET /?lang=%zz HTTP/1.1", "GET /?x=%e0%a4 HTTP/1.1", "GET /?x=\u00ff HTTP/1.1",
                "GET /login?%=x HTTP/1.1", "GET /?x=%c3%28 HTTP/1.1"};
        try (LogCapture log = LogCapture.attach()) {
            for (String line : lines) {
                assertThat(Http.status(http.raw(line, "Accept: text/html"))).as(line).isBetween(400, 499);
            }
            assertThat(log.withStackTraces()).isEmpty();
            assertThat(log.bytes()).isLessThan(300L * lines.length);
        }
    }

    @Test
    void refusesAnOversizedBodyWith413AndNoStackTrace() {
        Http http = new Http(port);
        try (LogCapture log = LogCapture.attach()) {
            HttpResponse<String> response = http.send(http.request("/login").header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])));
            String raw = http.rawWithBody("POST /room/commands HTTP/1.1", null, "Content-Type: application/json",
                    "Content-Length: 99999999", "Accept: application/json");

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(Http.status(raw)).isEqualTo(413);
            assertThat(log.withStackTraces()).isEmpty();
        }
    }

    private static Map<String, String> registration(Http http, String register) {
        String started = Jsoup.parse(http.page(register, "en").body()).select("input[name=started]").val();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Ama Mensah");
        fields.put("email", TestEvents.email());
        fields.put("language", "en");
        fields.put("zone", "Africa/Accra");
        fields.put("consent", "true");
        fields.put("privacyVersion", "0");
        fields.put("website", "");
        fields.put("started", started);
        return fields;
    }

    private long rows(String table, EventView event) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE event_id = :event")
                .param("event", event.id().value()).query(Long.class).single();
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
