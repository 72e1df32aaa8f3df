package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.dialoog.event.EventView;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The replay page: the event's recording beside the room's chat and questions at their moments (seconds after
 * recording began), read through the room's record; what was said up to the playing time is marked, and pressing
 * a moment's time (by keyboard too) seeks the video there. Checked in headless Chromium at 1280 and 390 px with
 * axe-core, and for who may see it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ReplayTests {

    static final Path FOLDER = folder();

    @DynamicPropertySource
    static void recordings(DynamicPropertyRegistry properties) {
        properties.add("dialoog.stage.recording.folder", FOLDER::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theChatAndQuestionsAppearAtTheirMomentsInTheRecording() throws Exception {
        EventView event = fixture.openEvent();
        ReplayFixture replay = new ReplayFixture(jdbc, FOLDER);
        Instant start = replay.recorded(event);
        RoomDoor ama = fixture.attendee(event, "Ama Mensah");
        replay.chat(event, ama, start.minusSeconds(30), "Hello before we start");
        replay.chat(event, ama, start.plusSeconds(4), "Good point about roles");
        replay.question(event, ama, start.plusSeconds(9), "What about funding?");
        replay.chat(event, ama, start.plusSeconds(60), "Long after the recording");
        String page = "/organiser/events/" + event.id().value() + "/replay";

        assertThat(mvc.get().uri(page).with(user(fixture.organiser().email()).roles("ADMIN"))
                .header("Accept-Language", "nl")).hasStatusOk().bodyText()
                .contains("src=\"/organiser/events/" + event.id().value() + "/stage/recording\"",
                        "data-at=\"0\"", "Hello before we start", "data-at=\"4\"", "<time>0:04</time>",
                        "Good point about roles", "data-at=\"9\"", "<time>0:09</time>", "What about funding?",
                        "Ga naar 0:04 in de opname")
                .doesNotContain("Long after the recording");
        assertThat(mvc.get().uri(page).with(user("elsewhere@example.org").roles("ORGANISER")))
                .hasStatus4xxClientError();
    }

    @Test
    void anEventWithoutRecordingSaysSo() {
        EventView event = fixture.openEvent();

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/replay")
                .with(user(fixture.organiser().email()).roles("ADMIN")).header("Accept-Language", "fr"))
                .hasStatusOk().bodyText().contains("Cet événement n’a pas été enregistré.").doesNotContain("<video");
    }

    @Test
    void aFailedRecordingShowsWhyToTheOrganisers() {
        EventView event = fixture.openEvent();
        jdbc.sql("""
                        INSERT INTO stage_recording (event_id, state, started_at, failure)
                        VALUES (:event, 'FAILED', CURRENT_TIMESTAMP, 'janus-pp-rec failed (exit 1): bad header')""")
                .param("event", event.id().value()).update();

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/replay")
                .with(user(fixture.organiser().email()).roles("ADMIN")))
                .hasStatusOk().bodyText().contains("could not be prepared", "janus-pp-rec failed (exit 1): bad header");
    }

    @Test
    void pressingAMomentSeeksTheVideoAndMarksWhatWasSaidUpToThere() throws Exception {
        EventView event = fixture.openEvent();
        ReplayFixture replay = new ReplayFixture(jdbc, FOLDER);
        Instant start = replay.recorded(event);
        RoomDoor ama = fixture.attendee(event, "Ama Mensah");
        replay.chat(event, ama, start.plusSeconds(2), "First thought");
        replay.question(event, ama, start.plusSeconds(6), "A question at six");
        replay.chat(event, ama, start.plusSeconds(10), "Closing remark with averyveryverylongwordthatdoesnotbreakanywhereatall");
        String site = "http://127.0.0.1:" + port;

        for (Browser.Visitor visitor : List.of(Browser.Visitor.DEFAULT, Browser.Visitor.PHONE)) {
            try (Browser browser = Browser.open(visitor.language("en"))) {
                ChromeDriver driver = browser.driver();
                driver.get(site + "/login");
                driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
                driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
                browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
                driver.get(site + "/organiser/events/" + event.id().value() + "/replay");
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((Number) driver.executeScript(
                        "return document.getElementById('replay-video').readyState")).intValue() >= 1);
                assertThat((Double) driver.executeScript("return document.getElementById('replay-video').duration"))
                        .isBetween(11.0, 13.0);

                WebElement six = driver.findElement(By.cssSelector("button.replay-seek[data-at='6']"));
                focusByTab(driver, six);
                six.sendKeys(Keys.ENTER);

                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((Number) driver.executeScript(
                        "return document.getElementById('replay-video').currentTime")).doubleValue() >= 6);
                assertThat(driver.findElements(By.cssSelector("#replay-moments li.replay-past")))
                        .extracting(li -> li.getAttribute("data-at")).startsWith("2", "6").doesNotContain("10");
                assertThat(driver.findElement(By.cssSelector("#replay-moments li[aria-current='true']"))
                        .getAttribute("data-at")).isIn("6");
                long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                long innerWidth = (Long) driver.executeScript("return window.innerWidth");
                assertThat(innerWidth).isEqualTo(visitor.width());
                assertThat(scrollWidth).isLessThanOrEqualTo(innerWidth);
                browser.screenshot("replay-" + visitor.width());
                Accessibility.assertNoViolations(driver, "replay page at " + visitor.width() + " px");
            }
        }
    }

    /** Reaches the element with the Tab key only, as a keyboard user does. */
    private static void focusByTab(ChromeDriver driver, WebElement target) {
        for (int i = 0; i < 60; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("the seek button is not reachable by Tab");
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("dialoog-replay-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
