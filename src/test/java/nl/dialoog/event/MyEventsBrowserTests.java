package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.desk.ManualRegistration;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.desk.RegistrationDesk;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * My events in a real Chromium on a desktop (1280 px) and a phone (390 px): no sideways scrolling, axe-core finds
 * nothing, and the next step of an event is reached by keyboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MyEventsBrowserTests {

    private static final String PASSWORD = "correct-horse-battery-staple";

    @LocalServerPort
    int port;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin registrationAdmin;

    @Autowired
    RegistrationDesk desk;

    @Autowired
    JdbcClient jdbc;

    String draftTitle;
    String email;

    @BeforeEach
    void seedTwoEventsOfAnOrganisationOfTheirOwn() {
        // an organiser of a new organisation sees these two alone, not the hundreds that other tests add for the
        // administrator in the same database
        email = EventDashboardPagesTests.organiserOfANewOrganisation(jdbc, "Sahel Water Network", PASSWORD);
        AccountView admin = accounts.findByEmail(email).orElseThrow();
        draftTitle = "Regional consultation on water governance in the Sahel " + UUID.randomUUID();
        EventId draft = event(admin, draftTitle, 2099, 300, 212);
        EventId published = event(admin, "Civic space dialogue " + UUID.randomUUID(), 2098, 3, 4);
        catalog.publish(published, admin);
        assertThat(draft).isNotEqualTo(published);
    }

    EventId event(AccountView admin, String title, int year, int places, int people) {
        LocalDateTime start = LocalDateTime.of(year, 3, 4, 10, 0);
        EventId id = catalog.create(new EventDetails("my-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en"), ZoneId.of("Africa/Nairobi"), start, start.plusHours(3),
                new LocalizedText(Map.of("en", title)), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY), admin);
        registrationAdmin.saveOptions(id, new RegistrationOptions(places, null, null, false, false, false,
                LocalizedText.EMPTY, 0, List.of()), admin);
        for (int i = 0; i < Math.min(people, 5); i++) {
            desk.addManually(id, new ManualRegistration("Person " + i, "p-" + UUID.randomUUID() + "@dialoog.test",
                    "en", "UTC"), admin);
        }
        return id;
    }

    @Test
    void readsOnADesktop() {
        check(Browser.Visitor.DEFAULT, "my-events-desktop");
    }

    @Test
    void readsOnAPhoneWithoutScrollingSideways() {
        check(Browser.Visitor.PHONE, "my-events-phone");
    }

    void check(Browser.Visitor visitor, String screenshot) {
        try (Browser browser = Browser.open(visitor)) {
            WebDriver driver = browser.driver();
            driver.get("http://127.0.0.1:" + port + "/login");
            driver.findElement(By.id("username")).sendKeys(email);
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertThat(driver.getCurrentUrl()).endsWith("/organiser");

            Object sideways = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) sideways).intValue()).as("sideways scroll in px").isLessThanOrEqualTo(0);
            Accessibility.assertNoViolations(driver, "My events (" + visitor.width() + " px)");
            browser.screenshot(screenshot);

            WebElement publish = driver.findElement(By.xpath("//li[contains(@class,'my-event')][.//h2[normalize-space()='"
                    + draftTitle + "']]//p[contains(@class,'my-event-next')]/a"));
            assertThat(publish.getText()).isEqualTo("Publish");
            boolean reached = false;
            for (int i = 0; i < 40 && !reached; i++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                reached = publish.equals(driver.switchTo().activeElement());
            }
            assertThat(reached).as("the draft's Publish link is reached with Tab").isTrue();
            browser.clickAndWaitForNextPage(By.xpath("//li[contains(@class,'my-event')][.//h2[normalize-space()='"
                    + draftTitle + "']]//p[contains(@class,'my-event-next')]/a"));
            assertThat(driver.getCurrentUrl()).matches(".*/organiser/events/\\d+#publish");
        }
    }
}
