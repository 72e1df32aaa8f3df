package nl.dialoog.room.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A moderator (signed in) and an attendee on a phone (by their join link) in one room, each in their own Chromium:
 * an anonymous question is asked, upvoted and answered; a poll is prepared, launched, answered and revealed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QaAndPollsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Test
    void anAttendeeAsksUpvotesAndAnswersAPollThatTheModeratorRuns() {
        EventView event = fixture.openEvent();
        String site = "http://127.0.0.1:" + port;
        String token = fixture.register(event, "Ama Mensah");

        try (Browser moderatorBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en"));
             Browser attendeeBrowser = Browser.open(Browser.Visitor.PHONE.language("en").timeZone("Africa/Accra"))) {
            ChromeDriver moderator = enterAsModerator(moderatorBrowser, site, event);
            ChromeDriver attendee = enterByJoinLink(attendeeBrowser, site, token);

            attendee.findElement(By.id("tab-qa")).click();
            // on a desktop the questions stand beside the chat, without a tab
            assertThat(moderator.findElement(By.id("tab-qa")).isDisplayed()).isFalse();
            attendee.findElement(By.id("qa-text")).sendKeys("Who decides what the evaluation covers?");
            attendee.findElement(By.cssSelector("label[for=qa-anonymous]")).click();
            attendee.findElement(By.cssSelector("#qa-form button[type=submit]")).click();

            WebElement seenByModerator = awaitQuestion(moderator, "#qa-open", "Who decides");
            WebElement seenByAttendee = awaitQuestion(attendee, "#qa-open", "Who decides");
            assertThat(seenByModerator.findElement(By.className("who")).getText()).isEqualTo("Ama Mensah");
            assertThat(seenByAttendee.findElement(By.className("who")).getText()).isEqualTo("Anonymous");
            assertThat(attendee.findElement(By.id("panel-qa")).getText()).doesNotContain("Ama Mensah");

            seenByAttendee.findElement(By.className("vote")).click();
            waitFor(attendee, d -> "true".equals(question(d, "#qa-open", "Who decides")
                    .findElement(By.className("vote")).getDomAttribute("aria-pressed")));
            waitFor(moderator, d -> question(d, "#qa-open", "Who decides").getText().contains("Votes: 1"));
            Accessibility.assertNoViolations(attendee, "room questions, attendee (phone)");
            Accessibility.assertNoViolations(moderator, "room questions, moderator");

            button(question(moderator, "#qa-open", "Who decides"), "Mark answered").click();
            awaitQuestion(attendee, "#qa-answered", "Who decides");

            launchPoll(moderator, "Which theme matters most?", "Funding", "Evaluation");

            // the live poll is a banner above the tabs: answered without leaving the questions
            waitFor(attendee, d -> !d.findElements(By.cssSelector("#poll-live form")).isEmpty());
            assertThat(attendee.findElement(By.id("panel-qa")).isDisplayed()).isTrue();
            attendee.findElement(By.cssSelector("#poll-live label")).click();
            attendee.findElement(By.cssSelector("#poll-live button[type=submit]")).click();
            waitFor(attendee, d -> d.findElement(By.id("poll-live")).getText().contains("Thank you"));
            assertThat(attendee.findElement(By.id("poll-live")).getText())
                    .contains("results will be shown").doesNotContain("%");
            waitFor(moderator, d -> d.findElement(By.id("poll-live")).getText().contains("Funding: 100% (1)"));
            Accessibility.assertNoViolations(attendee, "room polls, attendee (phone)");
            Accessibility.assertNoViolations(moderator, "room polls, moderator");

            button(moderator.findElement(By.id("poll-live")), "Show results").click();
            waitFor(attendee, d -> d.findElement(By.id("poll-live")).getText().contains("Funding: 100% (1)"));
            assertThat(attendee.findElement(By.id("poll-live")).getText()).contains("Evaluation: 0% (0)",
                    "your choice");
            attendeeBrowser.screenshot("room-poll-attendee-phone");
            moderatorBrowser.screenshot("room-poll-moderator");
        }
    }

    @Test
    void aPollClosedWithoutItsResultsSaysSoInsteadOfPromisingThem() {
        EventView event = fixture.openEvent();
        String site = "http://127.0.0.1:" + port;
        String token = fixture.register(event, "Ama Mensah");

        try (Browser moderatorBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en"));
             Browser attendeeBrowser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriver moderator = enterAsModerator(moderatorBrowser, site, event);
            ChromeDriver attendee = enterByJoinLink(attendeeBrowser, site, token);

            launchPoll(moderator, "Should the network meet twice a year?", "Yes", "No");
            attendee.findElement(By.id("tab-polls")).click();
            waitFor(attendee, d -> !d.findElements(By.cssSelector("#poll-live form")).isEmpty());
            assertThat(attendee.findElement(By.id("poll-live")).getText()).contains("results will be shown");

            waitFor(moderator, d -> !d.findElements(By.cssSelector("#poll-live button")).isEmpty());
            button(moderator.findElement(By.id("poll-live")), "Close poll").click();
            waitFor(attendee, d -> d.findElement(By.id("poll-closed")).getText().contains("twice a year"));
            assertThat(attendee.findElement(By.id("poll-closed")).getText())
                    .contains("This poll is closed; its results were not shared.")
                    .doesNotContain("will be shown");
        }
    }

    private static ChromeDriver enterAsModerator(Browser browser, String site, EventView event) {
        ChromeDriver moderator = browser.driver();
        moderator.get(site + "/login");
        moderator.findElement(By.id("username")).sendKeys("admin@dialoog.test");
        moderator.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        moderator.get(site + "/organiser/events/" + event.id().value() + "/room");
        awaitConnected(moderator);
        return moderator;
    }

    private static ChromeDriver enterByJoinLink(Browser browser, String site, String token) {
        ChromeDriver attendee = browser.driver();
        attendee.get(site + "/join/" + token);
        awaitConnected(attendee);
        return attendee;
    }

    private static void launchPoll(ChromeDriver moderator, String question, String... options) {
        moderator.findElement(By.id("tab-polls")).click();
        moderator.findElement(By.cssSelector(".poll-prepare summary")).click();
        moderator.findElement(By.id("poll-question")).sendKeys(question);
        for (int i = 0; i < options.length; i++) {
            moderator.findElement(By.id("poll-option-" + (i + 1))).sendKeys(options[i]);
        }
        moderator.findElement(By.cssSelector("#poll-form button[type=submit]")).click();
        waitFor(moderator, d -> d.findElement(By.id("poll-drafts")).getText().contains(question));
        button(moderator.findElement(By.id("poll-drafts")), "Launch").click();
    }

    private static void awaitConnected(WebDriver driver) {
        waitFor(driver, d -> "online".equals(d.findElement(By.id("room-status")).getDomAttribute("data-state")));
    }

    private static WebElement awaitQuestion(WebDriver driver, String list, String text) {
        waitFor(driver, d -> d.findElements(By.cssSelector(list + " .text")).stream()
                .anyMatch(element -> element.getText().contains(text)));
        return question(driver, list, text);
    }

    private static WebElement question(WebDriver driver, String list, String text) {
        return driver.findElements(By.cssSelector(list + " > li")).stream()
                .filter(item -> item.findElement(By.className("text")).getText().contains(text))
                .findFirst().orElseThrow();
    }

    private static WebElement button(WebElement within, String label) {
        return within.findElements(By.tagName("button")).stream()
                .filter(button -> button.isDisplayed() && button.getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in " + within.getText()));
    }

    private static void waitFor(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    }
}
