package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * Janus's HTTP event handler posting to a running Dialoog: a real Janus (its sampleevh configured from
 * src/main/janus) reports a browser that connects with a stage token, and the room records the stage visit from
 * the stage's event; the endpoint refuses posts without the shared secret and bodies that are not JSON, recording
 * nothing; media statistics (in Janus's format) become the organisers' quality summary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
class MediaEventsTests {

    static final int PORT = freePort();
    static final String SECRET = "evh-" + java.util.UUID.randomUUID();

    @RegisterExtension
    static final JanusServer JANUS = new JanusServer()
            .withEvents("http://127.0.0.1:" + PORT + "/stage/janus-events", SECRET);

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        JANUS.settings(properties);
        properties.add("server.port", () -> PORT);
        properties.add("server.address", () -> "127.0.0.1");
        properties.add("dialoog.stage.events-secret", () -> SECRET);
    }

    @Autowired
    Stage stage;

    @Autowired
    RoomFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBrowserThatReachesTheStageIsInTheRoomsAttendanceUntilItLeaves() throws Exception {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        RoomDoor attendee = fixture.attendee(event, "Ama Mensah");
        StagePass pass = stage.admit(event.id(), StagePerson.participant(attendee.participantId()), StageRole.ATTENDEE);
        RawJanus browser = new RawJanus(JANUS.api());

        long session = browser.createSession(pass.token()).path("data").path("id").asLong();
        browser.attach(session, pass.token(), "janus.plugin.videoroom");

        await().atMost(Duration.ofSeconds(20)).until(() -> stageVisits(attendee, "left_at IS NULL") == 1);
        assertThat(jdbc.sql("SELECT role FROM room_stage_visit WHERE participant_id = :p")
                .param("p", attendee.participantId()).query(String.class).single()).isEqualTo("ATTENDEE");

        http.send(HttpRequest.newBuilder(URI.create(JANUS.api() + "/" + session))
                .POST(HttpRequest.BodyPublishers.ofString("{\"janus\":\"destroy\",\"transaction\":\"d\",\"token\":\""
                        + pass.token() + "\"}")).build(), HttpResponse.BodyHandlers.ofString());

        await().atMost(Duration.ofSeconds(20)).until(() -> stageVisits(attendee, "left_at IS NOT NULL") == 1);
        assertThat(stageVisits(attendee, "TRUE")).isEqualTo(1);
    }

    @Test
    void postsWithoutTheSecretOrWithoutJsonAreRefusedAndChangeNothing() throws Exception {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        StagePass pass = stage.admit(event.id(), StagePerson.participant(424242), StageRole.ATTENDEE);
        String attached = attached(991001, pass.token());

        assertThat(post(attached, null).statusCode()).isEqualTo(401);
        assertThat(post(attached, "janus:wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> notJson = post("{\"type\": 2, ", "janus:" + SECRET);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(post("\"just a string\"", "janus:" + SECRET).statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stage_handle WHERE handle_id = 991001").query(Integer.class).single())
                .isZero();

        assertThat(post(attached, "janus:" + SECRET).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stage_handle WHERE handle_id = 991001").query(Integer.class).single())
                .isOne();
    }

    @Test
    void mediaStatisticsBecomeTheOrganisersQualitySummary() throws Exception {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        StagePass panelist = stage.admit(event.id(), StagePerson.participant(515151), StageRole.PANELIST);
        StagePass watcher = stage.admit(event.id(), StagePerson.participant(616161), StageRole.ATTENDEE);
        long now = System.currentTimeMillis() * 1000;
        String batch = "[" + attached(992001, panelist.token()) + "," + attached(992002, watcher.token()) + ","
                + media(992001, "video", 100_000, 1000, 10, now) + "," + media(992001, "audio", 5_000, 500, 0, now)
                + "," + media(992001, "video", 50_000, 2000, 30, now + 5_000_000)
                + "," + media(992001, "audio", 5_000, 1000, 0, now + 5_000_000) + "]";

        assertThat(post(batch, "janus:" + SECRET).body()).isEqualTo("{\"used\":6}");

        MediaQuality quality = stage.mediaQuality(event.id(), fixture.organiser());
        assertThat(quality.publishers()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(StageRole.PANELIST);
            assertThat(p.averageKbps()).isEqualTo((105_000 + 55_000) / 2 * 8 / 1000);
            assertThat(p.lowestKbps()).isEqualTo(55_000 * 8 / 1000);
            assertThat(p.lossPercent()).isEqualTo(Math.round(1000.0 * 40 / (40 + 4500)) / 10.0);
        });
        assertThat(quality.peakAudience()).isOne();
        String page = "/organiser/events/" + event.id().value() + "/stage/quality";
        assertThat(mvc.get().uri(page).with(user(fixture.organiser().email()).roles("ADMIN"))
                .header("Accept-Language", "nl"))
                .hasStatusOk().bodyText().contains("Panellid 1", "640 kbit/s", "440 kbit/s", "Kijkers per minuut");
    }

    private int stageVisits(RoomDoor door, String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM room_stage_visit WHERE participant_id = :p AND " + condition)
                .param("p", door.participantId()).query(Integer.class).single();
    }

    private static String attached(long handle, String token) {
        return "{\"emitter\":\"test\",\"type\":2,\"timestamp\":" + System.currentTimeMillis() * 1000
                + ",\"session_id\":" + (handle + 7) + ",\"handle_id\":" + handle
                + ",\"event\":{\"name\":\"attached\",\"plugin\":\"janus.plugin.videoroom\",\"token\":\"" + token + "\"}}";
    }

    /** A media statistics event as Janus 1.1 sends it (type 32), with the fields Dialoog reads. */
    private static String media(long handle, String kind, long bytesLastSecond, long packets, long lost, long micros) {
        return "{\"emitter\":\"test\",\"type\":32,\"subtype\":3,\"timestamp\":" + micros + ",\"session_id\":"
                + (handle + 7) + ",\"handle_id\":" + handle + ",\"event\":{\"mid\":\"0\",\"mindex\":0,\"media\":\""
                + kind + "\",\"base\":90000,\"lsr\":0,\"lost\":" + lost + ",\"lost-by-remote\":0,"
                + "\"jitter-local\":0,\"jitter-remote\":0,\"in-link-quality\":100,\"in-media-link-quality\":100,"
                + "\"out-link-quality\":0,\"out-media-link-quality\":0,\"packets-received\":" + packets
                + ",\"packets-sent\":0,\"bytes-received\":0,\"bytes-sent\":0,\"bytes-received-lastsec\":"
                + bytesLastSecond + ",\"bytes-sent-lastsec\":0,\"nacks-received\":0,\"nacks-sent\":0}}";
    }

    private HttpResponse<String> post(String body, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT
                        + "/stage/janus-events")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
