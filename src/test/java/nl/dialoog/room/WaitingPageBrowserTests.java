package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventView;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The join link's waiting page counts down to the room's opening (not to the event's start) and turns into the room
 * by itself when the room opens: with JavaScript, and without it (the page's meta refresh).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WaitingPageBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Rooms rooms;

    @Test
    void theWaitingPageTurnsIntoTheRoomWhenTheRoomOpens() {
        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriver driver = browser.driver();
            String token = tokenForARoomOpeningIn(Duration.ofSeconds(12));
            driver.get(site() + "/join/" + token);
            assertThat(driver.findElements(By.id("room-status"))).isEmpty();
            String countdown = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                    d.findElement(By.id("countdown")).getText());
            assertThat(countdown).contains("The live room opens").contains("second");

            new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> !d.findElements(By.id("room-status")).isEmpty());
            RoomBrowserTests.awaitConnected(driver);
            assertThat(driver.getCurrentUrl()).endsWith("/join/" + token);
        }
    }

    @Test
    void withoutJavaScriptTheWaitingPageStillTurnsIntoTheRoom() {
        try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            String token = tokenForARoomOpeningIn(Duration.ofSeconds(12));
            driver.get(site() + "/join/" + token);
            assertThat(driver.findElements(By.id("room-status"))).as(driver.getPageSource()).isEmpty();
            String refresh = driver.findElement(By.cssSelector("meta[http-equiv=refresh]")).getAttribute("content");
            assertThat(Integer.parseInt(refresh)).isBetween(1, 12);

            new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> !d.findElements(By.id("room-status")).isEmpty());
            assertThat(driver.getCurrentUrl()).endsWith("/join/" + token);
        }
    }

    /** A published event whose room (opening one minute before the start) opens after {@code wait}. */
    private String tokenForARoomOpeningIn(Duration wait) {
        AccountView organiser = fixture.organiser();
        EventView event = fixture.openEvent();
        rooms.setOpening(event.id(), 1, organiser);
        LocalDateTime start = LocalDateTime.now(event.zone()).plus(wait).plusMinutes(1).withNano(0);
        catalog.update(event.id(), new EventDetails(event.slug(), event.defaultLanguage(), event.languages(),
                event.zone(), start, start.plusHours(2), event.title(), event.summary(), event.description(),
                event.purpose()), organiser);
        return fixture.register(event, "Kofi Boateng");
    }

    private String site() {
        return "http://127.0.0.1:" + port;
    }
}
