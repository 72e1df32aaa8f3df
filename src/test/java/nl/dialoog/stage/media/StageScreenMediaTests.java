package nl.dialoog.stage.media;

import static nl.dialoog.stage.media.StagePage.number;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Screen sharing with real media: a panelist on camera shares their screen (Chromium's fake capture, picked without
 * the picker), and an attendee's stage shows the screen large, the panelist small beside it, and decodes frames of
 * both; when the panelist stops sharing, the panelist is large again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageScreenMediaTests {

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
    void aSharedScreenIsShownLargeToTheAudience() {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        try (MediaBrowser panelist = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port);
             MediaBrowser attendee = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port)) {
            StagePage.goOnCamera(MEDIA.site(port), RoomClient.connect(port, fixture.host(event).pass(), 0), panelist,
                    "Dr. Ngozi Okafor");
            attendee.driver().get(MEDIA.site(port) + "/room/join/" + fixture.register(event, "Ama Mensah"));
            awaitReceived(attendee, r -> number(r, "framesDecoded") > 10);

            panelist.driver().findElement(By.id("stage-screen")).sendKeys(Keys.ENTER);
            new WebDriverWait(panelist.driver(), StagePage.MEDIA_WAIT).until(d -> "true".equals(
                    d.findElement(By.id("stage-screen")).getDomAttribute("data-on")));

            Map<String, Object> both = awaitReceived(attendee, r -> number(r, "videoStreams") == 2
                    && number(r, "framesDecoded") > 40);
            assertThat(number(both, "connections")).isEqualTo(2);
            new WebDriverWait(attendee.driver(), StagePage.MEDIA_WAIT).until(d -> d.findElement(
                    By.cssSelector("#stage-main figcaption")).getText().contains("Dr. Ngozi Okafor")
                    && d.findElement(By.id("stage-main")).getDomAttribute("class").contains("has-screen"));
            assertThat(attendee.driver().findElement(By.cssSelector("#stage-main figcaption")).getText())
                    .as("the screen's caption names whose it is").isEqualTo("Screen of Dr. Ngozi Okafor");
            assertThat(attendee.driver().findElements(By.cssSelector("#stage-others figcaption")))
                    .extracting(e -> e.getText()).containsExactly("Dr. Ngozi Okafor");
            // the large screen plays: its own video element decodes frames
            Object screenFrames = attendee.script("""
                    const v = document.querySelector('#stage-main video');
                    return v.getVideoPlaybackQuality ? v.getVideoPlaybackQuality().totalVideoFrames : -1;""");
            assertThat(((Number) screenFrames).longValue()).isPositive();
            Accessibility.assertNoViolations(attendee.driver(), "room with a shared screen");

            panelist.driver().findElement(By.id("stage-screen")).sendKeys(Keys.ENTER);
            new WebDriverWait(attendee.driver(), StagePage.MEDIA_WAIT).until(d -> "Dr. Ngozi Okafor".equals(
                    d.findElement(By.cssSelector("#stage-main figcaption")).getText()));
        }
    }

    private static Map<String, Object> awaitReceived(MediaBrowser browser, Predicate<Map<String, Object>> wanted) {
        return StagePage.awaitReceived(browser, wanted, () -> "status "
                + browser.driver().findElement(By.id("stage-status")).getText() + "\nJanus:\n"
                + tail(MEDIA.janusLog()));
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }
}
