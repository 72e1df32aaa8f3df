package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stage controls by keyboard, in two Chromiums with a real Janus behind Dialoog: an attendee on a phone raises
 * their hand, the host invites them up, the attendee accepts and checks their (fake) camera and microphone, the
 * host goes live and sends them back; axe-core finds nothing on either page. Media itself is the media tests' job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageControlsBrowserTests {

    @RegisterExtension
    static final JanusServer JANUS = new JanusServer();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        JANUS.settings(properties);
    }

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Stage stage;

    @Test
    void aHostBringsARaisedHandOnStageAndBackByKeyboard() {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        String site = "http://127.0.0.1:" + port;
        String token = fixture.register(event, "Kofi Boateng");

        try (Browser hostBrowser = Browser.open(Browser.Visitor.DEFAULT);
             Browser guestBrowser = Browser.open(Browser.Visitor.PHONE.language("nl"),
                     "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream")) {
            ChromeDriver host = hostBrowser.driver();
            host.get(site + "/login");
            host.findElement(By.id("username")).sendKeys("admin@dialoog.test");
            host.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
            hostBrowser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            host.get(site + "/organiser/events/" + event.id().value() + "/room");
            awaitConnected(host);
            ChromeDriver guest = guestBrowser.driver();
            guest.get(site + "/room/join/" + token);
            awaitConnected(guest);

            press(guest.findElement(By.id("hand-toggle")));
            WebElement invite = await(host, By.cssSelector("#stage-hands button"));
            assertThat(invite.getText()).isEqualTo("Invite Kofi Boateng on stage");
            press(invite);

            WebElement accept = await(guest, By.id("stage-accept"));
            new WebDriverWait(guest, Duration.ofSeconds(10)).until(d -> accept.equals(d.switchTo().activeElement()));
            assertThat(guest.findElement(By.id("stage-you")).getText()).contains("nodigt u uit op het podium");
            press(accept);
            WebElement microphone = await(guest, By.id("devices-microphone"));
            assertThat(microphone.findElements(By.tagName("option"))).isNotEmpty();
            assertThat(guest.findElements(By.cssSelector("#devices-camera option"))).isNotEmpty();
            new WebDriverWait(guest, Duration.ofSeconds(10)).until(d -> Double.parseDouble(
                    d.findElement(By.id("devices-level")).getDomProperty("value")) > 0);
            await(host, By.xpath("//ul[@id='stage-people']//span[contains(., 'Kofi Boateng')]"));

            press(host.findElement(By.id("stage-go-live")));
            new WebDriverWait(guest, Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("stage-onair")).getText().equals("We zijn live"));
            new WebDriverWait(host, Duration.ofSeconds(5)).until(d ->
                    "stage-end".equals(d.switchTo().activeElement().getAttribute("id")));

            Accessibility.assertNoViolations(guest, "room with the stage controls, invited attendee (nl, phone)");
            Accessibility.assertNoViolations(host, "room with the stage controls, host");
            guestBrowser.screenshot("stage-controls-guest-phone");
            hostBrowser.screenshot("stage-controls-host");
            assertThat((Long) guest.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);

            // on stage for real (the fake camera and microphone publish to Janus), then muted and unmuted by keyboard
            press(guest.findElement(By.id("guest-publish")));
            new WebDriverWait(guest, Duration.ofSeconds(20)).until(d ->
                    d.findElement(By.id("stage-you")).getText().startsWith("U staat op het podium"));
            press(await(host, By.xpath("//ul[@id='stage-people']//button[.='Mute Kofi Boateng']")));
            new WebDriverWait(guest, Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("stage-you")).getText().equals("Een moderator heeft uw microfoon gedempt."));
            new WebDriverWait(host, Duration.ofSeconds(5)).until(d ->
                    "Unmute Kofi Boateng".equals(d.switchTo().activeElement().getText()));
            press(host.switchTo().activeElement());
            new WebDriverWait(guest, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("stage-you")).getText()
                    .startsWith("Een moderator heeft uw microfoon weer aangezet"));
            new WebDriverWait(host, Duration.ofSeconds(5)).until(d ->
                    "Mute Kofi Boateng".equals(d.switchTo().activeElement().getText()));

            press(await(host, By.xpath("//ul[@id='stage-people']//button[contains(., 'Send Kofi Boateng back')]")));
            new WebDriverWait(guest, Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("stage-you")).getText().equals("U bent terug in het publiek."));
        }
        assertThat(stage.live(event.id())).isTrue();
    }

    private static void press(WebElement button) {
        button.sendKeys(Keys.ENTER);
    }

    private static WebElement await(WebDriver driver, By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(locator).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static void awaitConnected(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                "online".equals(d.findElement(By.id("room-status")).getAttribute("data-state")));
    }
}
