package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.dialoog.event.EventView;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The host (signed in, on a desktop) and an attendee (on a phone) in one room: a map arrives, the host sees its
 * groups drawn and described in the Statements tab, shows it to everyone by keyboard, and the attendee sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpinionMapBrowserTests {

    static final String CONSENSUS = "Evaluations should be published in full";
    static final String DIVISIVE = "Budget support works better than projects";
    static final String GROUP_A = "Local organisations should set the priorities";

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Rooms rooms;

    @Test
    void theHostSeesTheMapShowsItToEveryoneAndTheAttendeeThenSeesIt() {
        EventView event = fixture.openEvent();
        String site = "http://127.0.0.1:" + port;
        String token = fixture.register(event, "Ama Mensah");

        try (Browser hostBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en").windowSize(1280, 1000));
             Browser attendeeBrowser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriver host = RoomBrowserTests.signedInModerator(hostBrowser, site, event);
            ChromeDriver attendee = attendeeBrowser.driver();
            attendee.get(site + "/join/" + token);
            RoomBrowserTests.awaitConnected(attendee);
            RoomBrowserTests.tab(host, "statements");
            RoomBrowserTests.tab(attendee, "statements");
            assertThat(host.findElement(By.id("opinion-map-waiting")).isDisplayed()).isTrue();

            rooms.showOpinionMap(map(event.id().value()));

            WebElement picture = await(host, By.cssSelector("#opinion-map svg[role=img]"));
            assertThat(host.findElements(By.cssSelector("#opinion-map .opinion-map-group circle"))).hasSizeGreaterThan(20);
            assertThat(host.findElements(By.cssSelector("#opinion-map .opinion-map-label text")))
                    .extracting(WebElement::getText).containsExactly("A", "B", "C");
            assertThat(picture.getDomAttribute("aria-label")).contains("3 groups");
            String words = host.findElement(By.id("opinion-map-text")).getText();
            assertThat(words).contains("Group A (64 people)", "Mostly agrees with “" + GROUP_A + "”",
                    "“" + CONSENSUS + "” (91 % agree)", "“" + DIVISIVE + "” (48 % agree, 45 % disagree)",
                    "Not yet in a group: 12 people");
            assertThat(attendee.findElement(By.id("opinion-map")).isDisplayed()).isFalse();
            Accessibility.assertNoViolations(host, "room statements with the opinion map, host");
            scrollTo(host, "opinion-map");
            hostBrowser.screenshot("room-opinion-map-host-1280");

            WebElement share = host.findElement(By.id("opinion-map-share"));
            share.sendKeys(Keys.SPACE);
            new WebDriverWait(host, Duration.ofSeconds(10))
                    .until(d -> "true".equals(share.getDomAttribute("aria-pressed")));
            assertThat(host.findElement(By.id("opinion-map-status")).getText()).contains("Everyone");

            await(attendee, By.cssSelector("#opinion-map svg[role=img]"));
            assertThat(attendee.findElement(By.id("opinion-map-caption")).getText()).isEqualTo("Shown by the host");
            assertThat(attendee.findElement(By.id("opinion-map-text")).getText()).contains("Group C (31 people)");
            Accessibility.assertNoViolations(attendee, "room statements with the shared opinion map, attendee (phone)");
            scrollTo(attendee, "opinion-map");
            attendeeBrowser.screenshot("room-opinion-map-attendee-390");
            scrollTo(attendee, "opinion-map-text");
            attendeeBrowser.screenshot("room-opinion-map-attendee-390-text");
            assertThat((Long) attendee.executeScript("return document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);

            share.sendKeys(Keys.SPACE);
            new WebDriverWait(attendee, Duration.ofSeconds(10))
                    .until(d -> !d.findElement(By.id("opinion-map")).isDisplayed());
        }
    }

    /** Three groups of 64, 45 and 31 people around their centres, and 12 people not yet in a group. */
    static OpinionMap map(long eventId) {
        Random random = new Random(9);
        List<OpinionMap.Point> points = new ArrayList<>();
        double[][] centres = {{-1.2, 0.4}, {1.0, 0.8}, {0.3, -1.1}};
        int[] sizes = {64, 45, 31};
        long person = 1;
        for (int group = 0; group < 3; group++) {
            for (int i = 0; i < sizes[group]; i++) {
                points.add(new OpinionMap.Point(person++, centres[group][0] + random.nextGaussian() * 0.35,
                        centres[group][1] + random.nextGaussian() * 0.35, group));
            }
        }
        for (int i = 0; i < 12; i++) {
            points.add(new OpinionMap.Point(person++, random.nextGaussian() * 0.5, random.nextGaussian() * 0.5, null));
        }
        return new OpinionMap(eventId, points, List.of(
                new OpinionMap.Group(0, 64, List.of(note(3, GROUP_A, 88, 6, true),
                        note(4, "Donors should fund fewer, larger programmes", 12, 80, false))),
                new OpinionMap.Group(1, 45, List.of(note(2, DIVISIVE, 85, 10, true))),
                new OpinionMap.Group(2, 31, List.of(note(5, "Results matter more than process", 79, 14, true)))),
                List.of(note(1, CONSENSUS, 91, 4, true)), List.of(note(2, DIVISIVE, 48, 45, true)), 152,
                Instant.now());
    }

    private static OpinionMap.StatementNote note(long id, String text, int agree, int disagree, boolean agrees) {
        return new OpinionMap.StatementNote(id, text, agree, disagree, agrees);
    }

    private static WebElement await(WebDriver driver, By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(locator).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static void scrollTo(ChromeDriver driver, String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }
}
