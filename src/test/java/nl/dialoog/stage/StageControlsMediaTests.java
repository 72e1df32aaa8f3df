package nl.dialoog.stage;

import static nl.dialoog.stage.media.StagePage.MEDIA_WAIT;
import static nl.dialoog.stage.media.StagePage.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.VideoRooms;
import nl.dialoog.stage.media.MediaBrowser;
import nl.dialoog.stage.media.MediaNamespace;
import nl.dialoog.stage.media.StagePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The moderator's controls with real media (Janus and Chromium with fake devices in a network namespace, see
 * {@link MediaNamespace}): what a moderator does reaches the audience's ears and eyes, read from their pages'
 * RTCPeerConnection statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageControlsMediaTests {

    @RegisterExtension
    static final MediaNamespace MEDIA = new MediaNamespace();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        MEDIA.settings(properties);
    }

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Stage stage;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aModeratorMutesAndRemovesAPanelist() throws Exception {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        try (MediaBrowser panelist = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port);
             MediaBrowser attendee = MEDIA.newBrowser(MediaBrowser.Screen.PHONE, port);
             RoomClient host = RoomClient.connect(port, fixture.host(event).pass(), 0)) {
            host.awaitKind("snapshot");
            long panelistId = goOnCamera(panelist, host, event, "Dr. Ngozi Okafor");
            attendee.driver().get(MEDIA.site(port) + "/room/join/" + fixture.register(event, "Ama Mensah"));
            long heard = number(awaitReceived(attendee, r -> number(r, "framesDecoded") > 10
                    && number(r, "audioBytes") > 0), "audioBytes");
            awaitReceived(attendee, r -> number(r, "audioBytes") > heard + 1000);

            ack(host, "stage.mute", panelistId);

            // Janus relays no more of the microphone: the attendee's audio stops growing, the video goes on
            Thread.sleep(1500);
            Map<String, Object> muted = StagePage.received(attendee);
            Thread.sleep(3000);
            Map<String, Object> later = StagePage.received(attendee);
            assertThat(number(later, "audioBytes") - number(muted, "audioBytes")).as("audio bytes after muting")
                    .isLessThan(300);
            assertThat(number(later, "framesDecoded")).isGreaterThan(number(muted, "framesDecoded"));
            awaitText(panelist.driver(), "stage-you", "A moderator muted your microphone.");

            String token = JsonMapper.builder().build().readTree(String.valueOf(panelist.script(
                    "return document.getElementById('stage-live').dataset.stage"))).path("token").asString();
            ack(host, "stage.remove", panelistId);

            // the panel leaves the stage: no more frames arrive, and Janus refuses the panelist's token
            Thread.sleep(1500);
            long frames = number(StagePage.received(attendee), "framesDecoded");
            Thread.sleep(3000);
            assertThat(number(StagePage.received(attendee), "framesDecoded")).as("frames after removal").isLessThanOrEqualTo(frames);
            JsonNode refused = new RawJanus(MEDIA.janus().api()).createSession(token);
            assertThat(refused.path("error").path("code").asInt()).as(refused.toString()).isEqualTo(403);
            awaitText(panelist.driver(), "stage-you", "A moderator took you off the stage.");
        }
    }

    @Test
    void anAttendeeBroughtOnStageIsSeenByOthersAndTheBackstageIsNotSeenByAttendees() {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        VideoRooms janusRooms = new VideoRooms(new JanusEndpoint(MEDIA.janus().api(), MEDIA.janus().admin(),
                MEDIA.janus().apiSecret(), MEDIA.janus().adminSecret(), MEDIA.janus().adminKey()),
                JsonMapper.builder().build());
        try (MediaBrowser panelist = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port);
             MediaBrowser guest = MEDIA.newBrowser(MediaBrowser.Screen.PHONE, port);
             MediaBrowser watcher = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port);
             RoomClient host = RoomClient.connect(port, fixture.host(event).pass(), 0)) {
            host.awaitKind("snapshot");
            String path = StagePage.invitePanelist(host, "Dr. Ngozi Okafor");
            panelist.driver().get(MEDIA.site(port) + path);
            panelist.driver().findElement(By.cssSelector("#stage-backstage summary")).sendKeys(Keys.ENTER);
            panelist.driver().findElement(By.id("backstage-join")).sendKeys(Keys.ENTER);
            awaitText(panelist.driver(), "stage-you", "You are backstage: the audience does not see or hear you.");
            new WebDriverWait(panelist.driver(), MEDIA_WAIT).until(d -> janusRooms
                    .participants(stage.view(event.id()).room() + 1_000_000_000_000L).contains("Dr. Ngozi Okafor"));

            watcher.driver().get(MEDIA.site(port) + "/room/join/" + fixture.register(event, "Ama Mensah"));
            new WebDriverWait(watcher.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(watcher.script(
                    "return Boolean(document.getElementById('stage-live')?.stage?.joined())")));
            sleep(4000);
            assertThat(number(StagePage.received(watcher), "videoStreams")).as("the backstage is not on the stage").isZero();
            guest.driver().get(MEDIA.site(port) + "/room/join/" + fixture.register(event, "Kofi Boateng"));
            awaitConnected(guest.driver());
            guest.driver().findElement(By.id("hand-toggle")).sendKeys(Keys.ENTER);
            long guestId = jdbc.sql("SELECT id FROM room_participant WHERE event_id = :e AND display_name = :n")
                    .param("e", event.id().value()).param("n", "Kofi Boateng").query(Long.class).single();
            ack(host, "stage.invite", guestId);
            new WebDriverWait(guest.driver(), Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("stage-accept")).isDisplayed());
            guest.driver().findElement(By.id("stage-accept")).sendKeys(Keys.ENTER);
            new WebDriverWait(guest.driver(), Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("guest-publish")).isDisplayed());
            guest.driver().findElement(By.id("guest-publish")).sendKeys(Keys.ENTER);
            awaitText(guest.driver(), "stage-you", "You are on stage: everyone sees and hears you.");

            Map<String, Object> seen = awaitReceived(watcher, r -> number(r, "framesDecoded") > 10
                    && number(r, "audioBytes") > 0);
            assertThat(number(seen, "videoStreams")).as("only the guest, never the backstage").isEqualTo(1);
            new WebDriverWait(watcher.driver(), Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.cssSelector("#stage-main figcaption")).getText().equals("Kofi Boateng"));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Invites a panelist by link, opens it and turns their camera on by keyboard; their participant id. */
    private long goOnCamera(MediaBrowser panelist, RoomClient host, EventView event, String name) {
        panelist.driver().get(MEDIA.site(port) + StagePage.invitePanelist(host, name));
        StagePage.turnCameraOn(panelist);
        return jdbc.sql("SELECT id FROM room_participant WHERE event_id = :e AND display_name = :n")
                .param("e", event.id().value()).param("n", name).query(Long.class).single();
    }

    private static void ack(RoomClient host, String command, long participantId) {
        JsonNode answer = host.answer(host.send(command, "\"participantId\":" + participantId));
        assertThat(RoomClient.kind(answer)).as(command + ": " + answer).isEqualTo("ack");
    }

    private static void awaitText(WebDriver driver, String id, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id(id)).getText().equals(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no \"" + text + "\" in #" + id + "; the page has "
                    + driver.findElement(By.id(id)).getAttribute("outerHTML") + ", status "
                    + driver.findElement(By.id("room-status")).getAttribute("outerHTML"), e);
        }
    }

    private static void awaitConnected(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                "online".equals(d.findElement(By.id("room-status")).getAttribute("data-state")));
    }

    private static Map<String, Object> awaitReceived(MediaBrowser browser, Predicate<Map<String, Object>> wanted) {
        return StagePage.awaitReceived(browser, wanted, () -> "");
    }
}
