package nl.dialoog.stage.media;

import static nl.dialoog.stage.media.StagePage.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.dialoog.support.Accessibility;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stage with real media: Janus and Chromium (fake camera and microphone) in a network namespace, Dialoog on
 * this machine's side. A panelist invited by link publishes from the room page; attendees who came in by their
 * join links receive them. What arrives is read from each page's RTCPeerConnection statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageMediaTests {

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

    @Test
    void aPanelistPublishesAndTwoAttendeesReceiveVideoAndSound() {
        EventView event = liveEvent();
        try (MediaBrowser panelist = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port);
             MediaBrowser first = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port);
             MediaBrowser second = MEDIA.newBrowser(MediaBrowser.Screen.PHONE, port)) {
            goOnCamera(panelist, event, "Dr. Ngozi Okafor");
            first.driver().get(MEDIA.site(port) + "/room/join/" + fixture.register(event, "Ama Mensah"));
            second.driver().get(MEDIA.site(port) + "/room/join/" + fixture.register(event, "Kofi Boateng"));

            for (MediaBrowser attendee : new MediaBrowser[] {first, second}) {
                Map<String, Object> received = awaitReceived(attendee, r -> number(r, "framesDecoded") > 10
                        && number(r, "audioBytes") > 0);
                assertThat(number(received, "videoStreams")).isEqualTo(1);
                assertThat(number(received, "audioStreams")).isEqualTo(1);
                assertAudioGrows(attendee, number(received, "audioBytes"));
                assertThat(attendee.driver().findElement(By.cssSelector("#stage-main figcaption")).getText())
                        .isEqualTo("Dr. Ngozi Okafor");
            }
            Accessibility.assertNoViolations(first.driver(), "room with the stage live (desktop)");
            Accessibility.assertNoViolations(second.driver(), "room with the stage live (phone)");
            Accessibility.assertNoViolations(panelist.driver(), "room of a panelist on camera");
            // a phone starts on the lowest simulcast layer, a desktop on the highest: Janus sends them different sizes
            assertThat(number(StagePage.received(second), "substream")).isZero();
            assertThat(number(StagePage.received(first), "substream")).isEqualTo(2);
            long small = number(StagePage.received(second), "frameWidth");
            awaitReceived(first, r -> number(r, "frameWidth") > small);
            assertThat(second.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scroll on a phone").isEqualTo(true);
        }
    }

    @Test
    void theLayerStepsDownWhenPacketsAreLostAndUpAgainWhenCalm() {
        EventView event = liveEvent();
        try (MediaBrowser attendee = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port)) {
            attendee.driver().get(MEDIA.site(port) + "/room/join/" + fixture.register(event, "Ama Mensah"));
            // the page's own module, fed loss figures as its statistics would give them
            Object steps = attendee.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const page = document.querySelector('script[type=module][src$="/stage/stage.js"]').src;
                    import(page.replace(/stage\\.js$/, 'quality.js')).then(({ Layers }) => {
                      const changes = [];
                      const layers = new Layers((substream, down) => changes.push(substream + (down ? 'v' : '^')));
                      layers.observe(0, 0);
                      layers.observe(2, 1000);      // 0.2 % lost: stays
                      layers.observe(102, 1900);    // 10 % lost: down
                      layers.observe(202, 2800);    // again: down
                      layers.observe(302, 3700);    // at the lowest: stays
                      for (let i = 1; i <= 8; i++) layers.observe(302, 3700 + i * 1000);  // calm: one up
                      done(changes.join(' '));
                    }, e => done(String(e)));""");
            assertThat(steps).isEqualTo("1v 0v 1^");
        }
    }

    @Test
    void anAttendeeWhoChoosesSoundOnlyReceivesSoundAndNoVideo() {
        EventView event = liveEvent();
        try (MediaBrowser panelist = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port);
             MediaBrowser listener = MEDIA.newBrowser(MediaBrowser.Screen.PHONE, port)) {
            goOnCamera(panelist, event, "Dr. Ngozi Okafor");
            listener.driver().get(MEDIA.site(port) + "/room/join/" + fixture.register(event, "Ama Mensah"));
            awaitReceived(listener, r -> number(r, "framesDecoded") > 0);

            // by keyboard: the choice is a radio group, arrows move through it
            listener.driver().findElement(By.id("stage-quality-video")).sendKeys(Keys.ARROW_DOWN);
            assertThat(listener.driver().findElement(By.id("stage-quality-audio")).isSelected()).isTrue();

            Map<String, Object> received = awaitReceived(listener, r -> number(r, "connections") == 1
                    && number(r, "videoReceivers") == 0 && number(r, "audioBytes") > 0);
            assertThat(number(received, "videoStreams")).isZero();
            assertThat(number(received, "framesDecoded")).isZero();
            assertAudioGrows(listener, number(received, "audioBytes"));
            assertThat(number(StagePage.received(listener), "videoBytes")).isZero();

            // the choice is kept for the next visit
            listener.driver().navigate().refresh();
            Map<String, Object> again = awaitReceived(listener, r -> number(r, "audioBytes") > 0);
            assertThat(number(again, "videoReceivers")).isZero();
            assertThat(listener.driver().findElement(By.id("stage-quality-audio")).isSelected()).isTrue();
        }
    }

    private EventView liveEvent() {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        return event;
    }

    private static void assertAudioGrows(MediaBrowser browser, long before) {
        awaitReceived(browser, r -> number(r, "audioBytes") > before + 1000);
    }

    private void goOnCamera(MediaBrowser panelist, EventView event, String name) {
        StagePage.goOnCamera(MEDIA.site(port), RoomClient.connect(port, fixture.host(event).pass(), 0), panelist, name);
    }

    private static Map<String, Object> awaitReceived(MediaBrowser browser, Predicate<Map<String, Object>> wanted) {
        return StagePage.awaitReceived(browser, wanted, () -> "status "
                + browser.driver().findElement(By.id("stage-status")).getText() + "\nJanus:\n" + tail(MEDIA.janusLog()));
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }
}
