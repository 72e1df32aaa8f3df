package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An organiser sets reminders in a real Chromium; the page passes axe-core (messages: BroadcastBrowserTests). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReminderAndBroadcastBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Registrations registrations;

    @Test
    void anOrganiserSetsReminders() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        registrations.register(event, new NewRegistration("Ama Mensah", TestEvents.email(), "fr", "Africa/Accra",
                Map.of(), true, 0, null));
        String base = "http://127.0.0.1:" + port + "/organiser/events/" + event.id().value();
        try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            WebDriver driver = browser.driver();
            driver.get("http://127.0.0.1:" + port + "/login");
            driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
            driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            driver.get(base + "/reminders");
            Accessibility.assertNoViolations(driver, "reminders");
            driver.findElement(By.id("hours")).clear();
            driver.findElement(By.id("hours")).sendKeys("soon");
            browser.clickAndWaitForNextPage(By.cssSelector("form.stack button[type=submit]"));
            Accessibility.assertNoViolations(driver, "reminders with an error");
            driver.findElement(By.id("hours")).clear();
            driver.findElement(By.id("hours")).sendKeys("48, 2");
            browser.clickAndWaitForNextPage(By.cssSelector("form.stack button[type=submit]"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("48 h before", "2 h before");

            browser.screenshot("registration-reminders");
        }
    }
}
