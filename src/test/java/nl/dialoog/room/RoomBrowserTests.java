package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.EventView;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import nl.dialoog.support.PageWeight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
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
 * Two people in one room, each in their own Chromium: a moderator (the organiser, signed in) and an attendee who
 * came in by the personal link from their confirmation mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoomBrowserTests {

    static final List<String> XSS = List.of(
            "<img src=x onerror=\"window.__xss=1\">",
            "<script>window.__xss=1</script>",
            "\"><svg onload=window.__xss=1>",
            "javascript:window.__xss=1",
            "https://example.org/\"onmouseover=\"window.__xss=1");

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Test
    void aModeratorAndAnAttendeeTalkAndTheAttendeeMissesNothingAcrossANetworkDrop() {
        EventView event = fixture.openEvent();
        String site = "http://127.0.0.1:" + port;
        String token = fixture.register(event, "Ama Mensah");

        try (Browser moderatorBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en"));
             Browser attendeeBrowser = Browser.open(Browser.Visitor.PHONE.language("fr").timeZone("Africa/Accra"))) {
            ChromeDriver moderator = signedInModerator(moderatorBrowser, site, event);

            ChromeDriver attendee = attendeeBrowser.driver();
            attendee.get(site + "/join/" + token);
            awaitConnected(attendee);
            assertThat(attendee.findElement(By.tagName("h1")).getText()).isEqualTo("Changing roles");
            assertThat(attendee.getTitle()).contains("Salle en direct");

            say(attendee, "Bonjour from Accra");
            awaitChat(moderator, "Bonjour from Accra");

            WebElement message = chatItem(moderator, "Bonjour from Accra");
            message.findElement(By.cssSelector(".tools button")).click();
            say(moderator, "Welcome, Ama!");
            awaitChat(attendee, "Welcome, Ama!");
            assertThat(chatItem(attendee, "Welcome, Ama!").findElement(By.className("quote")).getText())
                    .contains("Ama Mensah", "Bonjour from Accra");

            Accessibility.assertNoViolations(attendee, "room, attendee (fr, phone)");
            Accessibility.assertNoViolations(moderator, "room, moderator");
            attendeeBrowser.screenshot("room-attendee-phone");
            moderatorBrowser.screenshot("room-moderator");

            offline(attendee, true);
            new WebDriverWait(attendee, Duration.ofSeconds(10)).until(d ->
                    "offline".equals(d.findElement(By.id("room-status")).getAttribute("data-state")));
            for (int i = 1; i <= 3; i++) {
                say(moderator, "While you were away " + i);
            }
            awaitChat(moderator, "While you were away 3");
            offline(attendee, false);
            awaitConnected(attendee);
            awaitChat(attendee, "While you were away 3");

            List<String> texts = attendee.findElements(By.cssSelector("#chat-list .text")).stream()
                    .map(WebElement::getText).toList();
            assertThat(texts).containsExactly("Bonjour from Accra", "Welcome, Ama!", "While you were away 1",
                    "While you were away 2", "While you were away 3");
        }
    }

    @Test
    void aModeratorRunsStatementsAndSlowModeAndRemovesAParticipant() {
        EventView event = fixture.openEvent();
        String site = "http://127.0.0.1:" + port;
        String token = fixture.register(event, "Ama Mensah");

        try (Browser moderatorBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en"));
             Browser attendeeBrowser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriver moderator = signedInModerator(moderatorBrowser, site, event);
            ChromeDriver attendee = attendeeBrowser.driver();
            attendee.get(site + "/join/" + token);
            awaitConnected(attendee);

            // statements: the moderator seeds one, the attendee proposes one, the moderator accepts it
            tab(moderator, "statements");
            moderator.findElement(By.id("statement-input")).sendKeys("Southern organisations should set the agenda.");
            moderator.findElement(By.cssSelector("#statement-form button[type=submit]")).click();
            tab(attendee, "statements");
            awaitText(attendee, By.id("statement-text"), "Southern organisations should set the agenda.");
            attendee.findElement(By.cssSelector("#statement-votes button[data-vote=agree]")).click();
            attendee.findElement(By.id("statement-input")).sendKeys("Funding should follow local priorities.");
            attendee.findElement(By.cssSelector("#statement-form button[type=submit]")).click();
            awaitText(moderator, By.id("statement-pending"), "Funding should follow local priorities.");
            moderator.findElement(By.cssSelector("#statement-pending button")).click();
            awaitText(attendee, By.id("statement-text"), "Funding should follow local priorities.");
            attendee.findElement(By.cssSelector("#statement-votes button[data-vote=disagree]")).click();
            new WebDriverWait(attendee, Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("statement-done")).isDisplayed());

            // slow mode: a second message within the interval is refused with the reason
            tab(moderator, "moderation");
            new org.openqa.selenium.support.ui.Select(moderator.findElement(By.id("setting-slow"))).selectByValue("60");
            tab(attendee, "chat");
            new WebDriverWait(attendee, Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("chat-notice")).getText().contains("a minute"));
            say(attendee, "First under slow mode");
            WebElement box = attendee.findElement(By.id("chat-text"));
            box.sendKeys("Second too soon");
            box.sendKeys(Keys.ENTER);
            new WebDriverWait(attendee, Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("chat-error")).getText().contains("Slow mode"));
            Accessibility.assertNoViolations(moderator, "room, moderation panel");
            Accessibility.assertNoViolations(attendee, "room, attendee with slow mode on");

            // removal: the attendee is told and stays out
            moderator.findElement(By.id("people-refresh")).click();
            WebElement person = new WebDriverWait(moderator, Duration.ofSeconds(10)).until(d ->
                    d.findElements(By.cssSelector("#moderation-people li")).stream()
                            .filter(item -> item.getText().contains("Ama Mensah")).findFirst().orElse(null));
            person.findElements(By.tagName("button")).stream()
                    .filter(button -> button.getText().startsWith("Remove")).findFirst().orElseThrow().click();
            moderator.switchTo().alert().accept();
            new WebDriverWait(attendee, Duration.ofSeconds(10)).until(d ->
                    "removed".equals(d.findElement(By.id("room-status")).getAttribute("data-state")));
            attendee.get(site + "/join/" + token);
            assertThat(attendee.findElement(By.tagName("main")).getText()).contains("removed");
        }
    }

    @Test
    void anAttendeeTakesPartByKeyboardAlone() {
        EventView event = fixture.openEvent();
        String token = fixture.register(event, "Ama Mensah");

        try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            ChromeDriver attendee = browser.driver();
            attendee.get("http://127.0.0.1:" + port + "/join/" + token);
            awaitConnected(attendee);

            pressUntilFocused(attendee, Keys.TAB, "chat-text");
            attendee.switchTo().activeElement().sendKeys("Typed without a mouse", Keys.ENTER);
            awaitChat(attendee, "Typed without a mouse");

            // on a desktop the questions stand beside the chat; polls and statements are tabs
            pressUntilFocused(attendee, Keys.chord(Keys.SHIFT, Keys.TAB), "tab-polls");
            attendee.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            assertThat(attendee.switchTo().activeElement().getAttribute("id")).isEqualTo("tab-statements");
            assertThat(attendee.findElement(By.id("panel-statements")).isDisplayed()).isTrue();
            attendee.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            assertThat(attendee.switchTo().activeElement().getAttribute("id")).isEqualTo("tab-polls");
            pressUntilFocused(attendee, Keys.TAB, "qa-text");
            attendee.switchTo().activeElement().sendKeys("Asked by keyboard?");
            pressUntilFocused(attendee, Keys.TAB, null);
            attendee.switchTo().activeElement().sendKeys(Keys.ENTER);
            awaitText(attendee, By.id("qa-open"), "Asked by keyboard?");
        }
    }

    /** Presses a key (at most 60 times) until the element with {@code id} has focus; null: the next submit button. */
    static void pressUntilFocused(WebDriver driver, CharSequence key, String id) {
        for (int i = 0; i < 60; i++) {
            driver.switchTo().activeElement().sendKeys(key);
            WebElement focused = driver.switchTo().activeElement();
            if (id == null ? "submit".equals(focused.getAttribute("type")) : id.equals(focused.getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("keyboard focus never reached " + (id == null ? "a submit button" : "#" + id));
    }

    @Test
    void noTextAnyoneWritesRunsAsScript() {
        EventView event = fixture.openEvent();
        String site = "http://127.0.0.1:" + port;
        String token = fixture.register(event, XSS.getFirst());

        try (Browser moderatorBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en"));
             Browser attendeeBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            ChromeDriver moderator = signedInModerator(moderatorBrowser, site, event);
            ChromeDriver attendee = attendeeBrowser.driver();
            attendee.get(site + "/join/" + token);
            awaitConnected(attendee);

            // chat and the name it shows
            for (String attack : XSS) {
                say(attendee, attack);
            }
            awaitChat(moderator, XSS.getLast());

            // questions (three: the per-person limit a minute) and a proposed statement, from the attendee
            tab(attendee, "qa");
            for (String attack : XSS.subList(0, 3)) {
                WebElement question = attendee.findElement(By.id("qa-text"));
                question.clear();
                question.sendKeys(attack);
                attendee.findElement(By.cssSelector("#qa-form button[type=submit]")).click();
                new WebDriverWait(attendee, Duration.ofSeconds(10)).until(d ->
                        d.findElement(By.id("qa-text")).getAttribute("value").isEmpty());
            }
            tab(attendee, "statements");
            attendee.findElement(By.id("statement-input")).sendKeys(XSS.get(2));
            attendee.findElement(By.cssSelector("#statement-form button[type=submit]")).click();

            // the moderator accepts it and runs a poll whose question and options are attacks too
            tab(moderator, "statements");
            awaitText(moderator, By.id("statement-pending"), XSS.get(2));
            moderator.findElement(By.cssSelector("#statement-pending button")).click();
            tab(moderator, "polls");
            moderator.findElement(By.cssSelector(".poll-prepare summary")).click();
            moderator.findElement(By.id("poll-question")).sendKeys(XSS.get(1));
            moderator.findElement(By.id("poll-option-1")).sendKeys(XSS.get(0));
            moderator.findElement(By.id("poll-option-2")).sendKeys(XSS.get(3));
            moderator.findElement(By.cssSelector("#poll-form button[type=submit]")).click();
            awaitText(moderator, By.id("poll-drafts"), XSS.get(1));
            moderator.findElement(By.id("poll-drafts")).findElements(By.tagName("button")).stream()
                    .filter(button -> button.getText().equals("Launch")).findFirst().orElseThrow().click();
            tab(attendee, "polls");
            awaitText(attendee, By.id("poll-live"), XSS.get(1));
            tab(attendee, "qa");
            awaitText(attendee, By.id("qa-open"), XSS.get(2));
            tab(attendee, "statements");
            awaitText(attendee, By.id("statement-text"), XSS.get(2));

            attendee.navigate().refresh();
            awaitConnected(attendee);
            awaitChat(attendee, XSS.getLast());
            for (ChromeDriver driver : List.of(attendee, moderator)) {
                assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined"))
                        .isEqualTo(true);
                assertThat(driver.findElements(By.cssSelector("#main img, #main script, #main svg, #main [onerror]")))
                        .isEmpty();
                assertThat(driver.findElements(By.cssSelector("#main a[href^=javascript]"))).isEmpty();
            }
            assertThat(attendee.findElements(By.cssSelector("#chat-list a")))
                    .allSatisfy(link -> assertThat(link.getAttribute("href")).startsWith("https://example.org/"));
            assertThat(attendee.findElements(By.cssSelector("#chat-list .text")).stream().map(WebElement::getText))
                    .containsAll(XSS);
            tab(attendee, "polls");
            awaitText(attendee, By.id("poll-live"), XSS.get(1));
            assertThat(attendee.findElement(By.id("poll-live")).getText()).contains(XSS.get(0), XSS.get(3));
        }
    }

    @Test
    void theTextOnlyRoomLoadsWithinSixtyKilobytesOnAFirstVisit(TestReporter report) {
        EventView event = fixture.openEvent();
        String token = fixture.register(event, "Ama Mensah");
        for (int i = 0; i < 30; i++) {
            try (RoomClient client = RoomClient.connect(port, fixture.attendee(event, "Speaker " + i).pass(), 0)) {
                client.awaitKind("snapshot");
                client.answer(client.send("chat.post", "\"text\":\"A message of a realistic length, number " + i
                        + ", about the roles of civil society organisations.\""));
            }
        }

        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriver attendee = browser.driver();
            browser.clearCache();
            attendee.get("http://127.0.0.1:" + port + "/join/" + token + "?text=true");
            awaitConnected(attendee);
            awaitChat(attendee, "A message of a realistic length, number 29, about the roles of civil society organisations.");

            long pageBytes = PageWeight.transferredBytes(attendee);
            long roomBytes = Long.parseLong(attendee.findElement(By.id("room-data")).getAttribute("data-bytes"));

            report.publishEntry("text-only room, bytes on a first visit", pageBytes + " page + " + roomBytes + " room");
            sleep(Duration.ofSeconds(8));
            long idleBytes = Long.parseLong(attendee.findElement(By.id("room-data")).getAttribute("data-bytes"))
                    - roomBytes;
            assertThat(idleBytes).as("bytes received in 8 idle seconds").isLessThan(200);
            assertThat(attendee.findElements(By.cssSelector("img, video, #stage"))).isEmpty();
            assertThat(pageBytes + roomBytes).as(PageWeight.describe(attendee) + "\n room frames: " + roomBytes)
                    .isLessThan(60 * 1024);
        }
    }

    static ChromeDriver signedInModerator(Browser browser, String site, EventView event) {
        return signedInModerator(browser, site, event, RoomBrowserTests::awaitConnected);
    }

    static ChromeDriver signedInModerator(Browser browser, String site, EventView event,
                                   java.util.function.Consumer<WebDriver> connected) {
        ChromeDriver moderator = browser.driver();
        moderator.get(site + "/login");
        moderator.findElement(By.id("username")).sendKeys("admin@dialoog.test");
        moderator.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        moderator.get(site + "/organiser/events/" + event.id().value() + "/room");
        connected.accept(moderator);
        return moderator;
    }

    /** Shows a panel: on a phone by its tab; on a desktop chat and questions are always shown, without a tab. */
    static void tab(WebDriver driver, String name) {
        WebElement tab = driver.findElement(By.id("tab-" + name));
        if (tab.isDisplayed()) {
            // on a phone the stage stays on top: bring the tabs into view below it first, as a person would
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", tab);
            tab.click();
        } else {
            assertThat(driver.findElement(By.id("panel-" + name)).isDisplayed()).as("panel " + name).isTrue();
        }
    }

    static void awaitText(WebDriver driver, By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(locator).stream()
                .anyMatch(element -> element.getText().contains(text)));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static void awaitConnected(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                "online".equals(d.findElement(By.id("room-status")).getAttribute("data-state")));
    }

    static void say(WebDriver driver, String text) {
        WebElement box = driver.findElement(By.id("chat-text"));
        box.clear();
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> box.getAttribute("value").isEmpty()
                || !d.findElement(By.id("chat-error")).getText().isEmpty());
        assertThat(driver.findElement(By.id("chat-error")).getText()).as("error after sending " + text).isEmpty();
    }

    static void awaitChat(WebDriver driver, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("#chat-list .text"))
                .stream().anyMatch(element -> element.getText().equals(text)));
    }

    static WebElement chatItem(WebDriver driver, String text) {
        return driver.findElements(By.cssSelector("#chat-list li")).stream()
                .filter(item -> item.findElement(By.className("text")).getText().equals(text))
                .findFirst().orElseThrow();
    }

    static void offline(ChromeDriver driver, boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
