package nl.dialoog.room;

import static nl.dialoog.room.RoomBrowserTests.awaitChat;
import static nl.dialoog.room.RoomBrowserTests.awaitConnected;
import static nl.dialoog.room.RoomBrowserTests.awaitText;
import static nl.dialoog.room.RoomBrowserTests.pressUntilFocused;
import static nl.dialoog.room.RoomBrowserTests.say;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The room's layout as people meet it: on a 1280 x 800 desktop chat and questions side by side with the stage,
 * both in reach on the first screen; on a 390 px phone one column with the stage on top and tabs that wrap; and a
 * launched poll as a banner everyone answers where it appears, closed by the server when its time runs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoomLayoutBrowserTests {

    static final Browser.Visitor DESKTOP = Browser.Visitor.DEFAULT.language("en").windowSize(1280, 800);
    static final Browser.Visitor PHONE = Browser.Visitor.PHONE.language("en");

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void chatAndQuestionsAreBothInReachOnTheFirstScreenOfADesktopWithoutSwitchingTabs() {
        EventView event = fixture.openEvent();
        String token = fixture.register(event, "Ama Mensah");

        try (Browser browser = Browser.open(DESKTOP)) {
            ChromeDriver attendee = browser.driver();
            attendee.get(site() + "/join/" + token);
            awaitConnected(attendee);

            assertThat(attendee.findElement(By.id("stage-area")).getDomAttribute("class")).contains("stage-idle");
            assertThat(attendee.findElement(By.id("stage-area")).getRect().getHeight())
                    .as("the stage with nothing live is a slim bar").isLessThan(80);
            assertThat(attendee.findElement(By.id("tab-chat")).isDisplayed()).isFalse();
            assertThat(attendee.findElement(By.id("tab-qa")).isDisplayed()).isFalse();

            say(attendee, "Good afternoon from Accra");
            attendee.findElement(By.id("qa-text")).sendKeys("Who sets the evaluation questions?");
            attendee.findElement(By.cssSelector("#qa-form button[type=submit]")).click();
            awaitChat(attendee, "Good afternoon from Accra");
            awaitText(attendee, By.id("qa-open"), "Who sets the evaluation questions?");

            assertThat(scrollY(attendee)).as("the page did not scroll").isZero();
            for (String part : List.of("#chat-text", "#chat-form button[type=submit]", "#qa-text",
                    "#qa-open > li", "#chat-list > li")) {
                assertInViewport(attendee, part);
            }
            assertNoSidewaysScroll(attendee);
            Accessibility.assertNoViolations(attendee, "room at 1280 x 800, attendee");
            browser.screenshot("room-layout-desktop");
        }
    }

    @Test
    void onAPhoneTheStageStaysOnTopTheTabsWrapAndModerationIsReachableByKeyboard() {
        EventView event = fixture.openEvent();

        try (Browser browser = Browser.open(PHONE)) {
            ChromeDriver moderator = RoomBrowserTests.signedInModerator(browser, site(), event);

            assertNoSidewaysScroll(moderator);
            WebElement tabList = moderator.findElement(By.cssSelector("[role=tablist]"));
            List<WebElement> tabs = tabList.findElements(By.cssSelector("[role=tab]"));
            assertThat(tabs).extracting(WebElement::getText)
                    .containsExactly("Chat", "Questions", "Polls", "Statements", "Moderation");
            assertThat(tabs).allSatisfy(tab -> assertThat(tab.isDisplayed()).isTrue());
            assertThat(script(moderator, "const l = document.querySelector('[role=tablist]');"
                    + " return [l.scrollWidth <= l.clientWidth, getComputedStyle(l).overflowX];"))
                    .isEqualTo(List.of(true, "visible"));
            assertThat(tabs.stream().map(tab -> tab.getRect().getY()).distinct().count())
                    .as("the tabs wrap onto a second row instead of scrolling sideways").isGreaterThan(1);
            tabs.forEach(tab -> assertThat(tab.getRect().getX() + tab.getRect().getWidth()).isLessThanOrEqualTo(390));

            // by keyboard: to the chosen tab, then End to the last one, moderation
            pressUntilFocused(moderator, Keys.TAB, "tab-chat");
            moderator.switchTo().activeElement().sendKeys(Keys.END);
            assertThat(moderator.switchTo().activeElement().getDomAttribute("id")).isEqualTo("tab-moderation");
            assertThat(moderator.findElement(By.id("panel-moderation")).isDisplayed()).isTrue();
            assertThat(moderator.findElement(By.id("panel-chat")).isDisplayed()).isFalse();
            pressUntilFocused(moderator, Keys.TAB, "setting-chat");

            ((JavascriptExecutor) moderator).executeScript("window.scrollTo(0, document.body.scrollHeight)");
            assertThat(scrollY(moderator)).as("the moderation panel is longer than the screen").isGreaterThan(200);
            new WebDriverWait(moderator, Duration.ofSeconds(5)).until(d ->
                    Math.abs(top(d, "#stage-area")) < 1);
            assertThat(top(moderator, "#panel-moderation")).isLessThan(0);
            assertNoSidewaysScroll(moderator);
            Accessibility.assertNoViolations(moderator, "room at 390 px, moderator on the moderation tab");
            browser.screenshot("room-layout-phone-moderation");
        }
    }

    @Test
    void aTimedPollIsABannerThatAttendeesAnswerInPlaceAndThatClosesByItselfWhenTheTimeRunsOut() {
        EventView event = fixture.openEvent();
        String amaToken = fixture.register(event, "Ama Mensah");
        String kofiToken = fixture.register(event, "Kofi Boateng");

        try (Browser moderatorBrowser = Browser.open(DESKTOP);
             Browser amaBrowser = Browser.open(PHONE);
             Browser kofiBrowser = Browser.open(DESKTOP)) {
            ChromeDriver moderator = RoomBrowserTests.signedInModerator(moderatorBrowser, site(), event);
            ChromeDriver ama = amaBrowser.driver();
            ama.get(site() + "/join/" + amaToken);
            awaitConnected(ama);
            ChromeDriver kofi = kofiBrowser.driver();
            kofi.get(site() + "/join/" + kofiToken);
            awaitConnected(kofi);
            assertThat(ama.findElement(By.id("live-banner")).isDisplayed()).isFalse();

            RoomBrowserTests.tab(moderator, "polls");
            moderator.findElement(By.cssSelector(".poll-prepare summary")).click();
            moderator.findElement(By.id("poll-question")).sendKeys("Which theme comes first?");
            moderator.findElement(By.id("poll-option-1")).sendKeys("Funding");
            moderator.findElement(By.id("poll-option-2")).sendKeys("Evaluation");
            moderator.findElement(By.cssSelector("#poll-form button[type=submit]")).click();
            awaitText(moderator, By.id("poll-drafts"), "Which theme comes first?");
            WebElement timer = moderator.findElement(By.cssSelector("#poll-drafts input[type=number]"));
            timer.sendKeys("2");
            button(moderator.findElement(By.id("poll-drafts")), "Launch").click();
            awaitText(moderator, By.cssSelector("#poll-drafts .field-error"), "whole number of seconds, from 3 to 3600");

            timer.clear();
            timer.sendKeys(String.valueOf(TIME_LIMIT.toSeconds()));
            button(moderator.findElement(By.id("poll-drafts")), "Launch").click();

            // Ama, on her phone, answers in the banner while the chat stays her tab
            new WebDriverWait(ama, Duration.ofSeconds(15)).until(d ->
                    !d.findElements(By.cssSelector("#live-banner #poll-live form")).isEmpty());
            assertThat(ama.findElement(By.id("panel-chat")).isDisplayed()).isTrue();
            assertThat(ama.findElement(By.id("poll-countdown")).getText()).matches("Closes in 0:\\d\\d");
            ama.findElement(By.cssSelector("#poll-live label")).click();
            ama.findElement(By.cssSelector("#poll-live button[type=submit]")).click();
            awaitText(ama, By.id("poll-live"), "Thank you");

            // Kofi, on a desktop, by keyboard alone: to the first option, Space, Enter
            new WebDriverWait(kofi, Duration.ofSeconds(15)).until(d ->
                    !d.findElements(By.cssSelector("#poll-live form")).isEmpty());
            String second = kofi.findElements(By.cssSelector("#poll-live input")).get(1).getDomAttribute("id");
            pressUntilFocused(kofi, Keys.TAB, kofi.findElement(By.cssSelector("#poll-live input")).getDomAttribute("id"));
            kofi.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            assertThat(kofi.switchTo().activeElement().getDomAttribute("id")).isEqualTo(second);
            kofi.switchTo().activeElement().sendKeys(Keys.ENTER);
            awaitText(kofi, By.id("poll-live"), "Thank you");
            Accessibility.assertNoViolations(ama, "room at 390 px with a live poll banner, answered");
            amaBrowser.screenshot("room-layout-phone-poll");

            // the moderator sees the counts live in the same banner
            awaitText(moderator, By.id("poll-live"), "Votes: 2");
            assertThat(moderator.findElement(By.id("poll-live")).getText()).contains("Funding: 50% (1)",
                    "Evaluation: 50% (1)");
            Accessibility.assertNoViolations(moderator, "room at 1280 x 800 with a live poll banner, moderator");
            moderatorBrowser.screenshot("room-layout-desktop-poll-moderator");

            // the moderator leaves; the time runs out; the server closes the poll and everyone's banner goes
            moderator.quit();
            new WebDriverWait(ama, TIME_LIMIT.plusSeconds(15)).until(d ->
                    !d.findElement(By.id("live-banner")).isDisplayed());
            new WebDriverWait(kofi, Duration.ofSeconds(15)).until(d ->
                    !d.findElement(By.id("live-banner")).isDisplayed());
            Map<String, Object> poll = jdbc.sql("SELECT state, closes_at, closed_at FROM room_poll WHERE event_id = :event")
                    .param("event", event.id().value()).query().singleRow();
            assertThat(poll.get("state")).isEqualTo("CLOSED");
            assertThat(poll.get("closes_at")).isNotNull();
            RoomBrowserTests.tab(ama, "polls");
            awaitText(ama, By.id("poll-closed"), "Which theme comes first?");
        }
    }

    static final Duration TIME_LIMIT = Duration.ofSeconds(12);

    private String site() {
        return "http://127.0.0.1:" + port;
    }

    private static WebElement button(WebElement within, String label) {
        return within.findElements(By.tagName("button")).stream()
                .filter(button -> button.isDisplayed() && button.getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in " + within.getText()));
    }

    private static Object script(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static long scrollY(WebDriver driver) {
        return ((Number) script(driver, "return Math.round(window.scrollY)")).longValue();
    }

    private static double top(WebDriver driver, String css) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top", css)).doubleValue();
    }

    /** The element is wholly inside the window and inside every box that clips it (nothing to scroll to). */
    private static void assertInViewport(WebDriver driver, String css) {
        Object inside = ((JavascriptExecutor) driver).executeScript("""
                const el = document.querySelector(arguments[0]);
                if (!el || !el.getClientRects().length) return 'not shown';
                const r = el.getBoundingClientRect();
                if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return 'outside the window';
                for (let p = el.parentElement; p; p = p.parentElement) {
                  const s = getComputedStyle(p);
                  if (s.overflowY === 'visible' && s.overflowX === 'visible') continue;
                  const b = p.getBoundingClientRect();
                  if (r.top < b.top - 1 || r.bottom > b.bottom + 1) return 'scrolled out of ' + p.className;
                }
                return 'inside';""", css);
        assertThat(inside).as(css).isEqualTo("inside");
    }

    private static void assertNoSidewaysScroll(WebDriver driver) {
        assertThat(script(driver, "return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling").isEqualTo(true);
    }
}
