package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.stage.janus.JanusAdmin;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.VideoRooms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stage module at its API against a real Janus started for this class (see {@link JanusServer}): rooms are
 * created with the stage's settings and destroyed, and a person's token lets them in until it is revoked, expires
 * or the stage closes. Janus's answers are read with Janus's own API, not through the code under test.
 */
// the module graph itself is verified (production code only) by ModularityTests
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class StageModuleTests {

    @RegisterExtension
    static final JanusServer JANUS = new JanusServer();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        JANUS.settings(properties);
        properties.add("dialoog.stage.publishers", () -> "4");
        properties.add("dialoog.stage.bitrate", () -> "600000");
    }

    @Autowired
    Stage stage;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    VideoRooms janusRooms;
    JanusAdmin janusAdmin;
    RawJanus browser;

    @BeforeEach
    void janusSeenDirectly() {
        var endpoint = new JanusEndpoint(JANUS.api(), JANUS.admin(), JANUS.apiSecret(), JANUS.adminSecret(),
                JANUS.adminKey());
        JsonMapper json = JsonMapper.builder().build();
        janusRooms = new VideoRooms(endpoint, json);
        janusAdmin = new JanusAdmin(endpoint, json);
        browser = new RawJanus(JANUS.api());
    }

    @Test
    void opensOneVideoRoomPerEventWithTheStageSettings() {
        EventId event = newEvent();

        long opened = stage.openStage(event);

        JsonNode room = janusRooms.describe(opened).orElseThrow(() ->
                new AssertionError("no room " + opened + " on Janus:\n" + JANUS.log()));
        assertThat(room.path("max_publishers").asInt()).isEqualTo(4);
        assertThat(room.path("bitrate").asInt()).isEqualTo(600_000);
        assertThat(room.path("bitrate_cap").asBoolean()).isTrue();
        assertThat(room.path("opus_fec").asBoolean()).isTrue();
        assertThat(room.path("audiolevel_event").asBoolean()).isTrue();
        assertThat(room.path("transport_wide_cc_ext").asBoolean()).isTrue();
        assertThat(room.path("videocodec").asString()).isEqualTo("vp8,h264");
        assertThat(janusRooms.participants(opened)).isEmpty();
        assertThat(stage.view(event).open()).isTrue();
    }

    @Test
    void openingAgainReusesTheRoomThatExists() {
        EventId event = newEvent();
        long first = stage.openStage(event);

        long second = stage.openStage(event);

        assertThat(second).isEqualTo(first);
        assertThat(janusRooms.exists(first)).isTrue();
    }

    @Test
    void nobodyCanCreateRoomsWithoutTheAdminKey() throws Exception {
        StagePass pass = stage.admit(openEvent(), StagePerson.participant(7), StageRole.PANELIST);
        long session = browser.createSession(pass.token()).path("data").path("id").asLong();
        long handle = browser.attach(session, pass.token(), Stage.VIDEOROOM).path("data").path("id").asLong();

        JsonNode created = new RawJanus(JANUS.api()).message(session, handle, pass.token(),
                "{\"request\":\"create\",\"room\":990099}");

        assertThat(created.path("error_code").asInt()).isEqualTo(429);
        assertThat(janusRooms.exists(990099)).isFalse();
    }

    @Test
    void anAdmittedPersonJoinsTheRoomWithTheirToken() throws Exception {
        EventId event = openEvent();

        StagePass pass = stage.admit(event, StagePerson.participant(1), StageRole.PANELIST);

        assertThat(pass.janus()).isEqualTo(JANUS.api());
        long session = browser.createSession(pass.token()).path("data").path("id").asLong();
        assertThat(session).isPositive();
        long handle = browser.attach(session, pass.token(), Stage.VIDEOROOM).path("data").path("id").asLong();
        assertThat(browser.joinAsPublisher(session, handle, pass.token(), pass.room()).path("videoroom").asString())
                .isEqualTo("joined");
        assertThat(janusRooms.participants(pass.room())).containsExactly("Panelist");
        // the token is for the VideoRoom only
        assertThat(browser.attach(session, pass.token(), "janus.plugin.streaming").path("error").path("code").asInt())
                .isEqualTo(405);
    }

    @Test
    void aRevokedTokenIsRefusedByJanus() throws Exception {
        EventId event = openEvent();
        StagePerson person = StagePerson.participant(2);
        StagePass pass = stage.admit(event, person, StageRole.ATTENDEE);
        StagePass other = stage.admit(event, StagePerson.participant(3), StageRole.ATTENDEE);
        assertThat(browser.createSession(pass.token()).path("janus").asString()).isEqualTo("success");

        stage.revoke(event, person);

        JsonNode refused = browser.createSession(pass.token());
        assertThat(refused.path("janus").asString()).isEqualTo("error");
        assertThat(refused.path("error").path("code").asInt()).isEqualTo(403);
        assertThat(janusAdmin.tokens()).doesNotContain(pass.token()).contains(other.token());
        assertThat(browser.createSession(other.token()).path("janus").asString()).isEqualTo("success");
    }

    @Test
    void aTokenForOneEventDoesNotJoinAnothersRoom() throws Exception {
        StagePass pass = stage.admit(openEvent(), StagePerson.participant(4), StageRole.PANELIST);
        long otherRoom = stage.openStage(newEvent());
        long session = browser.createSession(pass.token()).path("data").path("id").asLong();
        long handle = browser.attach(session, pass.token(), Stage.VIDEOROOM).path("data").path("id").asLong();

        JsonNode answer = browser.joinAsPublisher(session, handle, pass.token(), otherRoom);

        assertThat(answer.path("error_code").asInt()).isEqualTo(433);
    }

    @Test
    void expiredTokensAreRemovedFromJanus() throws Exception {
        EventId event = openEvent();
        StagePass pass = stage.admit(event, StagePerson.participant(5), StageRole.ATTENDEE);
        jdbc.sql("UPDATE stage_token SET expires_at = expires_at - INTERVAL '7' HOUR WHERE token = :token")
                .param("token", pass.token()).update();

        int removed = stage.removeExpiredTokens();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(browser.createSession(pass.token()).path("error").path("code").asInt()).isEqualTo(403);
    }

    @Test
    void closingDestroysTheRoomAndRemovesItsTokens() throws Exception {
        EventId event = openEvent();
        StagePass pass = stage.admit(event, StagePerson.participant(6), StageRole.PANELIST);

        stage.closeStage(event);

        assertThat(janusRooms.exists(pass.room())).isFalse();
        assertThat(janusAdmin.tokens()).doesNotContain(pass.token());
        assertThat(stage.view(event).open()).isFalse();
        stage.closeStage(event);
        assertThatThrownBy(() -> stage.admit(event, StagePerson.participant(6), StageRole.PANELIST))
                .isInstanceOfSatisfying(StageRefused.class, r -> assertThat(r.messageKey()).isEqualTo("stage.notOpen"));
    }

    @Test
    void aClosedStageOpensAgain() {
        EventId event = openEvent();
        stage.closeStage(event);

        long room = stage.openStage(event);

        assertThat(janusRooms.exists(room)).isTrue();
        assertThat(stage.admit(event, StagePerson.participant(8), StageRole.MODERATOR).room()).isEqualTo(room);
    }

    private EventId openEvent() {
        EventId event = newEvent();
        stage.openStage(event);
        return event;
    }

    private EventId newEvent() {
        return StageEvents.create(catalog, accounts);
    }
}
