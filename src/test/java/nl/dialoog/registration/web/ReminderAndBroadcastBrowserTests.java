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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An organiser sets reminders and previews and sends a message in a real Chromium; the pages pass axe-core. */
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
    void anOrganiserSetsRemindersAndMailsTheRegistrants() {
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

            driver.get(base + "/broadcasts");
            Accessibility.assertNoViolations(driver, "mail registrants");
            new Select(driver.findElement(By.id("status"))).selectByValue("CONFIRMED");
            driver.findElement(By.id("subject")).sendKeys("Programme");
            driver.findElement(By.id("body")).sendKeys("The programme is online.");
            browser.clickAndWaitForNextPage(By.cssSelector("button[value=preview]"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bonjour Ama Mensah");
            Accessibility.assertNoViolations(driver, "mail registrants with preview");
            browser.clickAndWaitForNextPage(By.cssSelector("button[value=send]"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Programme");
            Accessibility.assertNoViolations(driver, "mail registrants with progress");
            browser.screenshot("registration-broadcasts");
        }
    }
}
