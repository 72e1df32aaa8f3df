package nl.dialoog.stage.media;

import static nl.dialoog.stage.media.StagePage.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.stage.Stage;
import nl.dialoog.support.Accessibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Scaling out with real media: two Janus instances in the network namespace, the second a relay of the first.
 * With {@code dialoog.stage.direct-audience} 0 every attendee is sent to the relay: their room page watches the
 * stage from the relay's Streaming mountpoints, which the first Janus feeds with {@code rtp_forward}, and receives
 * the panelist's picture and sound there (read from the page's RTCPeerConnection statistics).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageRelayMediaTests {

    @RegisterExtension
    static final MediaNamespace MEDIA = new MediaNamespace().withRelay();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        MEDIA.settings(properties);
        MEDIA.relaySettings(properties);
        properties.add("dialoog.stage.direct-audience", () -> "0");
    }

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Stage stage;

    @Test
    void anAttendeeOnTheRelayReceivesTheStageThroughIt() {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        try (MediaBrowser panelist = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port);
             MediaBrowser attendee = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port)) {
            // the attendee comes in before anyone is on camera: the page learns of the panelist from the room
            attendee.driver().get(MEDIA.site(port) + "/room/join/" + fixture.register(event, "Ama Mensah"));
            new WebDriverWait(attendee.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                    attendee.script("return Boolean(document.getElementById('stage-live')?.stage?.relayed())")));
            assertThat(attendee.script("return JSON.parse(document.getElementById('stage-live').dataset.stage).janus"))
                    .as("the page talks to the relay Janus").isEqualTo(MEDIA.relay().api().toString());

            StagePage.goOnCamera(MEDIA.site(port), RoomClient.connect(port, fixture.host(event).pass(), 0), panelist,
                    "Dr. Ngozi Okafor");
            // what the housekeeping job does every 25 s: forward the new publisher to the relay
            awaitRelayed(event);

            Map<String, Object> received = awaitReceived(attendee, r -> number(r, "framesDecoded") > 10
                    && number(r, "audioBytes") > 0);
            assertThat(number(received, "videoStreams")).isEqualTo(1);
            assertThat(number(received, "audioStreams")).isEqualTo(1);
            assertAudioGrows(attendee, number(received, "audioBytes"));
            assertThat(attendee.driver().findElement(By.cssSelector("#stage-main figcaption")).getText())
                    .isEqualTo("Dr. Ngozi Okafor");
            Accessibility.assertNoViolations(attendee.driver(), "room watched through a relay");

            // a new page gets the relay's mountpoints at once; sound only watches the audio alone
            attendee.driver().navigate().refresh();
            awaitReceived(attendee, r -> number(r, "framesDecoded") > 0);
            attendee.driver().findElement(By.id("stage-quality-video")).sendKeys(Keys.ARROW_DOWN);
            Map<String, Object> sound = awaitReceived(attendee, r -> number(r, "connections") == 1
                    && number(r, "videoReceivers") == 0 && number(r, "audioBytes") > 0);
            assertThat(number(sound, "framesDecoded")).isZero();
            assertAudioGrows(attendee, number(sound, "audioBytes"));
        }
    }

    private void awaitRelayed(EventView event) {
        Instant deadline = Instant.now().plus(StagePage.MEDIA_WAIT);
        while (stage.relay(event.id()) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the panelist was never forwarded to the relay:\n" + tail(MEDIA.janusLog()));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void assertAudioGrows(MediaBrowser browser, long before) {
        awaitReceived(browser, r -> number(r, "audioBytes") > before + 1000);
    }

    private static Map<String, Object> awaitReceived(MediaBrowser browser, Predicate<Map<String, Object>> wanted) {
        return StagePage.awaitReceived(browser, wanted, () -> "status "
                + browser.driver().findElement(By.id("stage-status")).getText() + "\nfeeds "
                + browser.script("return JSON.stringify(document.getElementById('stage-live')?.stage?.feeds())")
                + "\nrelay Janus:\n" + tail(MEDIA.relayLog()) + "\nJanus:\n" + tail(MEDIA.janusLog()));
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }
}
