package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.shared.Audit;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organiser cancels two registrations from the list by keyboard alone (tick, choose, continue, confirm); the
 * list, a person's page and the confirmation pass axe-core at desktop and phone widths without sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationListBrowserTests {

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

    @Autowired
    Audit audit;

    @Test
    void anOrganiserCancelsTwoPeopleByKeyboardAfterSeeingHowMany() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(10));
        Tools tools = Tools.withQuestions(event, admin, registrations, accounts.firstAdmin().orElseThrow());
        RegistrationId wanjiru = registrations.register(event, tools.person("Wanjiru Kamau", TestEvents.email(), "en",
                "KE", "ngo", "Kenya Evaluation Network, a long name of an organisation")).id();
        RegistrationId oumar = registrations.register(event, tools.person("Oumar Sy", TestEvents.email(), "fr", "SN",
                "government", "Ministère du Plan")).id();
        RegistrationId amina = registrations.register(event, tools.person("Amina Otieno", TestEvents.email(), "en",
                "KE", "academic", "University of Nairobi")).id();
        String site = "http://127.0.0.1:" + port;
        String list = site + "/organiser/events/" + event.id().value() + "/registrations";

        try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            WebDriver driver = browser.driver();
            signIn(browser, site);
            driver.get(list);
            Accessibility.assertNoViolations(driver, "registrations list");
            browser.screenshot("registration-list-desktop");
            scrollTo(driver, "people");
            browser.screenshot("registration-list-table-desktop");

            tabTo(driver, "bulk-action", false);
            new Actions(driver).sendKeys("Cancel").perform();
            tabTo(driver, "pick-" + wanjiru.value(), false);
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            tabTo(driver, "pick-" + oumar.value(), false);
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            tabTo(driver, "bulk-continue", true);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            waitForHeading(driver, "Cancel the registration for 2 people?");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Wanjiru Kamau", "Oumar Sy")
                    .doesNotContain("Amina Otieno");
            Accessibility.assertNoViolations(driver, "bulk confirmation");
            browser.screenshot("registration-bulk-confirm-desktop");
            assertThat(registrations.find(wanjiru).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);

            tabTo(driver, "bulk-confirm", false);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            waitForHeading(driver, "Registrations");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Cancel the registration: done for 2 people; 0 left alone.");
            browser.screenshot("registration-list-after-bulk-desktop");

            driver.get(list + "/" + amina.value());
            Accessibility.assertNoViolations(driver, "a person's page");
            browser.screenshot("registration-person-desktop");
        }
        assertThat(registrations.find(wanjiru).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.find(oumar).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.find(amina).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        for (RegistrationId id : List.of(wanjiru, oumar)) {
            assertThat(audit.forSubject("registration:" + id.value())).filteredOn(entry ->
                    entry.action().equals("registration.cancelledByOrganiser")).hasSize(1);
        }

        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            WebDriver driver = browser.driver();
            signIn(browser, site);
            for (String page : List.of("", "/" + amina.value())) {
                driver.get(list + page);
                assertNoSidewaysScroll(driver, "registrations" + page);
                Accessibility.assertNoViolations(driver, "registrations" + page + " on a phone");
                browser.screenshot("registration" + (page.isEmpty() ? "-list" : "-person") + "-phone");
                if (page.isEmpty()) {
                    scrollTo(driver, "people");
                    browser.screenshot("registration-list-table-phone");
                }
            }
            driver.get(list);
            driver.findElement(By.id("pick-all")).click();
            assertThat(driver.findElement(By.id("pick-" + amina.value())).isSelected()).isTrue();
            browser.clickAndWaitForNextPage(By.id("bulk-continue"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Resend their mail for 1 person?");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("2 of the selected people are left alone");
            assertNoSidewaysScroll(driver, "bulk confirmation");
            Accessibility.assertNoViolations(driver, "bulk confirmation on a phone");
            browser.screenshot("registration-bulk-confirm-phone");
        }
    }

    private static void signIn(Browser browser, String site) {
        WebDriver driver = browser.driver();
        driver.get(site + "/login");
        driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
        driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    /** Presses Tab (or Shift+Tab) until the element with the id has the focus, as a keyboard user would. */
    private static void tabTo(WebDriver driver, String id, boolean backwards) {
        for (int i = 0; i < 300; i++) {
            if (id.equals(driver.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new Actions(driver).sendKeys(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static void waitForHeading(WebDriver driver, String heading) {
        for (int i = 0; i < 100; i++) {
            var found = driver.findElements(By.tagName("h1"));
            if (!found.isEmpty() && heading.equals(found.getFirst().getText())) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
    }

    private static void scrollTo(WebDriver driver, String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private static void assertNoSidewaysScroll(WebDriver driver, String page) {
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) js.executeScript("return window.innerWidth");
        assertThat(innerWidth).as("viewport of %s", page).isEqualTo(390);
        assertThat(scrollWidth).as("page width of %s", page).isLessThanOrEqualTo(innerWidth);
    }
}
