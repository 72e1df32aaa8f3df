package nl.dialoog.room;

import static nl.dialoog.room.RoomBrowserTests.awaitConnected;
import static nl.dialoog.room.RoomBrowserTests.awaitText;
import static nl.dialoog.room.RoomBrowserTests.pressUntilFocused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.dialoog.event.EventView;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A statement round as people meet it: the moderator starts it from the statements tab, every attendee gets a
 * banner above the tabs with the next statement they have not answered and answers it in place (on a phone by
 * touch, on a desktop by keyboard alone), the moderator sees the answers come in and ends the round.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementRoundBrowserTests {

    static final Browser.Visitor DESKTOP = Browser.Visitor.DEFAULT.language("en").windowSize(1280, 800);
    static final Browser.Visitor PHONE = Browser.Visitor.PHONE.language("en");
    static final String FIRST = "Aid should follow local priorities";
    static final String SECOND = "Evaluations should be public";

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Test
    void attendeesAnswerTheRoundsStatementsInTheBannerOneAfterTheOtherAndTheHostSeesTheCount() {
        EventView event = fixture.openEvent();
        String amaToken = fixture.register(event, "Ama Mensah");
        String kofiToken = fixture.register(event, "Kofi Boateng");
        try (RoomClient seeder = RoomClient.connect(port, fixture.host(event).pass(), 0)) {
            seeder.awaitKind("snapshot");
            for (String text : new String[] {FIRST, SECOND}) {
                seeder.answer(seeder.send("statement.submit", "\"text\":\"" + text + "\""));
            }
        }

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
            assertThat(ama.findElement(By.id("statement-banner")).isDisplayed()).isFalse();

            RoomBrowserTests.tab(moderator, "statements");
            moderator.findElement(By.id("statement-round-seconds")).sendKeys("2");
            moderator.findElement(By.id("statement-round-launch")).click();
            awaitText(moderator, By.id("statement-round-launch-error"), "whole number of seconds, from 3 to 3600");
            moderator.findElement(By.id("statement-round-seconds")).clear();
            moderator.findElement(By.id("statement-round-seconds")).sendKeys("600");
            moderator.findElement(By.id("statement-round-launch")).click();
            awaitText(moderator, By.id("statement-round-running"), "A statement round is running");

            // Ama, on her phone, answers in the banner while the chat stays her tab
            awaitShown(ama, "statement-banner");
            assertThat(ama.findElement(By.id("panel-chat")).isDisplayed()).isTrue();
            assertThat(ama.findElement(By.id("statement-round-countdown")).getText()).matches("Closes in (9|10):\\d\\d");
            assertThat(ama.findElement(By.id("statement-round-text")).getText()).isEqualTo(FIRST);
            ama.findElement(By.id("statement-round-agree")).click();
            awaitText(ama, By.id("statement-round-text"), SECOND);
            awaitText(ama, By.id("statement-round-progress"), "You answered 1 of 2");
            ama.findElement(By.id("statement-round-pass")).click();
            awaitShown(ama, "statement-round-done");
            assertThat(ama.findElement(By.id("statement-round-votes")).isDisplayed()).isFalse();
            Accessibility.assertNoViolations(ama, "room at 390 px with a statement round banner, answered");
            amaBrowser.screenshot("statement-round-phone");

            // Kofi, on a desktop, by keyboard alone: to Agree, Enter; the next statement has the focus; on to
            // Disagree, Enter; the thanks has the focus
            awaitShown(kofi, "statement-banner");
            pressUntilFocused(kofi, Keys.TAB, "statement-round-agree");
            kofi.switchTo().activeElement().sendKeys(Keys.ENTER);
            awaitText(kofi, By.id("statement-round-text"), SECOND);
            new WebDriverWait(kofi, Duration.ofSeconds(5)).until(d ->
                    "statement-round-text".equals(d.switchTo().activeElement().getDomAttribute("id")));
            pressUntilFocused(kofi, Keys.TAB, "statement-round-disagree");
            kofi.switchTo().activeElement().sendKeys(Keys.ENTER);
            awaitShown(kofi, "statement-round-done");
            new WebDriverWait(kofi, Duration.ofSeconds(5)).until(d ->
                    "statement-round-done".equals(d.switchTo().activeElement().getDomAttribute("id")));
            Accessibility.assertNoViolations(kofi, "room at 1280 x 800 with a statement round banner, answered");

            // the moderator sees the answers come in, in the banner, and ends the round
            awaitText(moderator, By.id("statement-round-counts"), "4 answers from 2 people in this round");
            Accessibility.assertNoViolations(moderator, "room at 1280 x 800 with a statement round, moderator");
            ((JavascriptExecutor) moderator).executeScript(
                    "document.getElementById('statement-banner').scrollIntoView({block: 'nearest'})");
            moderatorBrowser.screenshot("statement-round-desktop-moderator");
            moderator.findElement(By.id("statement-round-close")).click();
            new WebDriverWait(ama, Duration.ofSeconds(15)).until(d ->
                    !d.findElement(By.id("statement-banner")).isDisplayed());
            new WebDriverWait(kofi, Duration.ofSeconds(15)).until(d ->
                    !d.findElement(By.id("statement-banner")).isDisplayed());
            awaitShown(moderator, "statement-round-launch");
            // the answers given in the banner are the statements tab's answers too
            RoomBrowserTests.tab(ama, "statements");
            awaitText(ama, By.id("panel-statements"), "You have answered every statement");
        }
    }

    private static void awaitShown(WebDriver driver, String id) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id(id)).isDisplayed());
    }

    private String site() {
        return "http://127.0.0.1:" + port;
    }
}
