package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.event.EventView;
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

/**
 * The room page while the event's stage is open on a real Janus: what the page's stage script gets (a Janus token
 * that works, the room, whether the person publishes), Janus's client library served from the Debian packages,
 * and text-only visitors who get no stage at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StageRoomPageTests {

    @RegisterExtension
    static final JanusServer JANUS = new JanusServer();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        JANUS.settings(properties);
    }

    private static final Pattern TOKEN = Pattern.compile("&quot;token&quot;:&quot;([A-Za-z0-9_-]+)&quot;");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Stage stage;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAttendeeGetsAWorkingJanusTokenToWatchButNoCameraButton() throws Exception {
        EventView event = fixture.openEvent();
        long room = stage.openStage(event.id());

        var page = mvc.get().uri("/room/join/" + fixture.register(event, "Ama Mensah")).exchange();

        assertThat(page).hasStatusOk().bodyText()
                .contains("id=\"stage-live\"", "&quot;room&quot;:" + room, "&quot;publish&quot;:false",
                        "&quot;janus&quot;:&quot;" + JANUS.api(), "/vendor/webrtc-adapter/adapter.js",
                        "/vendor/janus/janus.js", "/stage/stage.js\"", "id=\"stage-captions\"",
                        "Sound only (saves data)")
                .doesNotContain("id=\"stage-camera\"", "will appear here when it starts");
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("connect-src 'self' http://127.0.0.1:" + JANUS.api().getPort() + ";");
        Matcher token = TOKEN.matcher(page.getResponse().getContentAsString());
        assertThat(token.find()).isTrue();
        assertThat(new RawJanus(JANUS.api()).createSession(token.group(1)).path("janus").asString())
                .isEqualTo("success");
        assertThat(jdbc.sql("SELECT role FROM stage_token WHERE token = :t").param("t", token.group(1))
                .query(String.class).single()).isEqualTo("ATTENDEE");
    }

    @Test
    void theHostPublishesAsModeratorWithCameraAndScreen() {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/room")
                .with(user(fixture.organiser().email()).roles("ADMIN")).header("Accept-Language", "fr"))
                .hasStatusOk().bodyText()
                .contains("&quot;publish&quot;:true", "id=\"stage-camera\"", "Activer la caméra",
                        "Partager l&#39;écran");
    }

    @Test
    void theHostComingIntoTheRoomOpensTheStageForEveryoneAfter() {
        EventView event = fixture.openEvent();
        assertThat(stage.view(event.id()).open()).isFalse();

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/room")
                .with(user(fixture.organiser().email()).roles("ADMIN")))
                .hasStatusOk().bodyText().contains("id=\"stage-live\"", "id=\"stage-camera\"");

        assertThat(stage.view(event.id()).open()).isTrue();
        assertThat(mvc.get().uri("/room/join/" + fixture.register(event, "Amina")))
                .hasStatusOk().bodyText().contains("id=\"stage-live\"").doesNotContain("id=\"stage-camera\"");
    }

    @Test
    void textOnlyLeavesTheStageOutAndHandsOutNoToken() {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        int before = tokens(event);

        assertThat(mvc.get().uri("/room/join/" + fixture.register(event, "Kofi") + "?text=true")).hasStatusOk()
                .bodyText().doesNotContain("stage-live", "janus.js", "&quot;token&quot;");
        assertThat(tokens(event)).isEqualTo(before);
    }

    @Test
    void theStageSaysWhenItIsNotOpenYet() {
        EventView event = fixture.openEvent();

        assertThat(mvc.get().uri("/room/join/" + fixture.register(event, "Kofi")).header("Accept-Language", "nl"))
                .hasStatusOk().bodyText().contains("stage-none").doesNotContain("stage-live", "janus.js");
    }

    @Test
    void janusClientLibraryAndAdapterComeFromTheDebianPackages() {
        assertThat(mvc.get().uri("/vendor/janus/janus.js")).hasStatusOk().bodyText().contains("Janus.init");
        assertThat(mvc.get().uri("/vendor/webrtc-adapter/adapter.js")).hasStatusOk().bodyText().contains("adapter");
        assertThat(mvc.get().uri("/vendor/janus/janus.min.js.map")).hasStatus(404);
        assertThat(mvc.get().uri("/vendor/janus/../../../../etc/passwd")).hasStatus4xxClientError();
    }

    private int tokens(EventView event) {
        return jdbc.sql("SELECT COUNT(*) FROM stage_token WHERE event_id = :e").param("e", event.id().value())
                .query(Integer.class).single();
    }
}
