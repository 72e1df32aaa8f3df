package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.dialoog.event.EventId;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.stage.janus.JanusAdmin;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.Mountpoints;
import nl.dialoog.stage.janus.RoomMedia;
import nl.dialoog.stage.janus.VideoRooms;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scaling out, control plane, with two real Janus instances (each started with the project's configuration on
 * free ports): the stage's publisher is relayed to a Streaming mountpoint that Dialoog creates on the second
 * Janus, the first Janus lists the forwarder to that mountpoint's ports, and watchers beyond the first Janus's
 * share get a token that the second Janus accepts for the Streaming plugin and that is revoked there too. The
 * publisher here negotiates with an SDP offer but sends no media (media needs a network namespace); whether an
 * attendee on the second instance receives the picture is not shown by this class.
 */
@SpringBootTest
class RelayTests {

    @RegisterExtension
    @Order(1)
    static final JanusServer FIRST = new JanusServer();

    @RegisterExtension
    @Order(2)
    static final JanusServer SECOND = new JanusServer();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        FIRST.settings(properties);
        properties.add("dialoog.stage.direct-audience", () -> "1");
        properties.add("dialoog.stage.relays[0].name", () -> "relay-a");
        properties.add("dialoog.stage.relays[0].url", () -> SECOND.api().toString());
        properties.add("dialoog.stage.relays[0].admin-url", () -> SECOND.admin().toString());
        properties.add("dialoog.stage.relays[0].api-secret", SECOND::apiSecret);
        properties.add("dialoog.stage.relays[0].admin-secret", SECOND::adminSecret);
        properties.add("dialoog.stage.relays[0].admin-key", SECOND::adminKey);
        properties.add("dialoog.stage.relays[0].rtp-host", () -> "127.0.0.1");
    }

    @Autowired
    Stage stage;

    @Autowired
    RoomFixture fixture;

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePublisherIsForwardedToAMountpointOnTheSecondJanus() throws Exception {
        EventId event = openStageWithPublisher();

        assertThat(stage.relay(event)).isOne();

        var firstMedia = new RoomMedia(new VideoRooms(endpoint(FIRST), json), endpoint(FIRST));
        long room = stage.view(event).room();
        long publisher = firstMedia.publishers(room).getFirst().id();
        WatchPass direct = stage.watch(event, StagePerson.participant(1));
        WatchPass relayed = stage.watch(event, StagePerson.participant(2));
        assertThat(direct.relayed()).isFalse();
        assertThat(relayed.relayed()).isTrue();
        assertThat(relayed.janus()).isEqualTo(SECOND.api());
        long mountpoint = relayed.mountpoints().getFirst();
        var ports = new Mountpoints(endpoint(SECOND), json).info(mountpoint, secretOf(event)).orElseThrow();
        assertThat(firstMedia.forwarders(room, roomSecret(event)))
                .extracting(RoomMedia.Forwarder::publisherId, RoomMedia.Forwarder::port)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(publisher, ports.audioPort()),
                        org.assertj.core.groups.Tuple.tuple(publisher, ports.videoPort()));
        assertThat(stage.relay(event)).as("a second run adds nothing").isOne();
        assertThat(firstMedia.forwarders(room, roomSecret(event))).hasSize(2);
    }

    @Test
    void aRelayedWatchersTokenWorksOnTheSecondJanusUntilRevoked() throws Exception {
        EventId event = openStageWithPublisher();
        stage.relay(event);
        stage.watch(event, StagePerson.participant(11));
        WatchPass relayed = stage.watch(event, StagePerson.participant(12));
        RawJanus second = new RawJanus(SECOND.api());

        long session = second.createSession(relayed.token()).path("data").path("id").asLong();
        long handle = second.attach(session, relayed.token(), Relays.STREAMING).path("data").path("id").asLong();
        assertThat(handle).isPositive();
        JsonNode watching = watch(session, handle, relayed.token(), relayed.mountpoints().getFirst());
        assertThat(watching.path("jsep").path("type").asString()).isEqualTo("offer");
        assertThat(second.attach(session, relayed.token(), "janus.plugin.videoroom").path("janus").asString())
                .as("the token is for the Streaming plugin only").isEqualTo("error");
        assertThat(new RawJanus(FIRST.api()).createSession(relayed.token()).path("janus").asString())
                .as("and for the second Janus only").isEqualTo("error");

        stage.revoke(event, StagePerson.participant(12));

        assertThat(new JanusAdmin(endpoint(SECOND), json).tokens()).doesNotContain(relayed.token());
        assertThat(second.createSession(relayed.token()).path("janus").asString()).isEqualTo("error");
    }

    @Test
    void closingTheStageRemovesTheMountpointsFromTheSecondJanus() throws Exception {
        EventId event = openStageWithPublisher();
        stage.relay(event);
        stage.watch(event, StagePerson.participant(21));
        WatchPass relayed = stage.watch(event, StagePerson.participant(22));
        String secret = secretOf(event);

        stage.closeStage(event);

        assertThat(new Mountpoints(endpoint(SECOND), json).info(relayed.mountpoints().getFirst(), secret)).isEmpty();
        assertThat(new JanusAdmin(endpoint(SECOND), json).tokens()).doesNotContain(relayed.token());
    }

    private EventId openStageWithPublisher() throws Exception {
        EventId event = fixture.openEvent().id();
        long room = stage.openStage(event);
        StagePass panelist = stage.admit(event, StagePerson.participant(99), StageRole.PANELIST);
        RawJanus browser = new RawJanus(FIRST.api());
        long session = browser.createSession(panelist.token()).path("data").path("id").asLong();
        long handle = browser.attach(session, panelist.token(), "janus.plugin.videoroom").path("data").path("id").asLong();
        assertThat(browser.joinAsPublisher(session, handle, panelist.token(), room, panelist.feed()).path("videoroom").asString())
                .isEqualTo("joined");
        JsonNode answer = send(FIRST.api(), session, handle, panelist.token(),
                "{\"request\":\"publish\",\"audio\":true,\"video\":true}", OFFER);
        assertThat(answer.path("jsep").path("type").asString()).isEqualTo("answer");
        return event;
    }

    private JsonNode watch(long session, long handle, String token, long mountpoint) throws Exception {
        return send(SECOND.api(), session, handle, token, "{\"request\":\"watch\",\"id\":" + mountpoint + "}", null);
    }

    /** An asynchronous plugin request; the event that answers it. */
    private JsonNode send(URI api, long session, long handle, String token, String body, String sdp) throws Exception {
        String jsep = sdp == null ? "" : ",\"jsep\":{\"type\":\"offer\",\"sdp\":" + json.writeValueAsString(sdp) + "}";
        http.send(HttpRequest.newBuilder(URI.create(api + "/" + session + "/" + handle)).POST(
                HttpRequest.BodyPublishers.ofString("{\"janus\":\"message\",\"transaction\":\"p\",\"token\":\"" + token
                        + "\",\"body\":" + body + jsep + "}")).build(), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 5; i++) {
            JsonNode events = json.readTree(http.send(HttpRequest.newBuilder(URI.create(api + "/" + session
                    + "?token=" + token + "&maxev=5")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode event : events.isArray() ? events.values() : List.of(events)) {
                if ("event".equals(event.path("janus").asString())) {
                    return event;
                }
            }
        }
        throw new AssertionError("Janus did not answer " + body);
    }

    private String secretOf(EventId event) {
        return jdbc().sql("SELECT secret FROM stage_relay WHERE event_id = :e").param("e", event.value())
                .query(String.class).list().getFirst();
    }

    private String roomSecret(EventId event) {
        return jdbc().sql("SELECT room_secret FROM stage WHERE event_id = :e").param("e", event.value())
                .query(String.class).single();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

    private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return jdbcClient;
    }

    private static JanusEndpoint endpoint(JanusServer janus) {
        return new JanusEndpoint(janus.api(), janus.admin(), janus.apiSecret(), janus.adminSecret(), janus.adminKey());
    }

    /** A browser's offer as Janus needs it to set up a publisher (ICE never completes: no media in this class). */
    private static final String OFFER = String.join("\r\n",
            "v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0", "a=group:BUNDLE 0 1", "a=msid-semantic: WMS s",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111", "c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0", "a=ice-ufrag:abcd",
            "a=ice-pwd:abcdefghijklmnopqrstuvwx", "a=fingerprint:sha-256 " + FINGERPRINT(), "a=setup:actpass",
            "a=mid:0", "a=sendonly", "a=rtcp-mux", "a=rtpmap:111 opus/48000/2", "a=ssrc:1111 cname:c",
            "m=video 9 UDP/TLS/RTP/SAVPF 96", "c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0", "a=ice-ufrag:abcd",
            "a=ice-pwd:abcdefghijklmnopqrstuvwx", "a=fingerprint:sha-256 " + FINGERPRINT(), "a=setup:actpass",
            "a=mid:1", "a=sendonly", "a=rtcp-mux", "a=rtpmap:96 VP8/90000", "a=ssrc:2222 cname:c", "");

    private static String FINGERPRINT() {
        return String.join(":", java.util.Collections.nCopies(32, "AB"));
    }
}
