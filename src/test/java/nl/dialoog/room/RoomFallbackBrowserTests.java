package nl.dialoog.room;

import static nl.dialoog.room.RoomBrowserTests.awaitChat;
import static nl.dialoog.room.RoomBrowserTests.say;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.dialoog.event.EventView;
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
 * Where WebSockets do not get through (here: the server offers none), the same page finds its way over Server-Sent
 * Events and POST by itself, and the room works the same for an attendee and a moderator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dialoog.room.websocket=false")
class RoomFallbackBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Test
    void theRoomWorksOverServerSentEventsWhenWebSocketsAreBlocked() {
        EventView event = fixture.openEvent();
        String site = "http://127.0.0.1:" + port;
        String token = fixture.register(event, "Ama Mensah");

        try (Browser moderatorBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en"));
             Browser attendeeBrowser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriver moderator = RoomBrowserTests.signedInModerator(moderatorBrowser, site, event,
                    RoomFallbackBrowserTests::awaitFallback);
            ChromeDriver attendee = attendeeBrowser.driver();
            attendee.get(site + "/join/" + token);
            awaitFallback(attendee);

            say(attendee, "Hello over a plain stream");
            awaitChat(moderator, "Hello over a plain stream");
            say(moderator, "Heard you, Ama");
            awaitChat(attendee, "Heard you, Ama");

            RoomBrowserTests.tab(attendee, "qa");
            attendee.findElement(By.id("qa-text")).sendKeys("Does the stream keep up?");
            attendee.findElement(By.cssSelector("#qa-form button[type=submit]")).click();
            RoomBrowserTests.tab(moderator, "qa");
            new WebDriverWait(moderator, Duration.ofSeconds(15)).until(d ->
                    d.findElement(By.id("qa-open")).getText().contains("Does the stream keep up?"));

            List<String> texts = attendee.findElements(By.cssSelector("#chat-list .text")).stream()
                    .map(text -> text.getDomProperty("textContent")).toList();
            assertThat(texts).containsExactly("Hello over a plain stream", "Heard you, Ama");
        }
    }

    static void awaitFallback(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "fallback".equals(d.findElement(By.id("room-status")).getAttribute("data-state")));
    }
}
