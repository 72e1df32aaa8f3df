package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.broadcast.BroadcastJob;
import nl.dialoog.registration.broadcast.Broadcasts;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organiser writes a message in two languages, previews it, sends it to themselves, confirms the number of
 * recipients and sends it, by keyboard alone, on a desktop and on a phone; the pages pass axe-core and the page never
 * scrolls sideways. The registrants then get it in their languages, greeted once. The mail-text editor passes too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BroadcastBrowserTests {

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
    Broadcasts broadcasts;

    @Autowired
    BroadcastJob job;

    @Autowired
    MailQueue mails;

    @Test
    void anOrganiserMailsTheRegistrantsByKeyboardOnADesktopAndAPhone() {
        for (Browser.Visitor visitor : List.of(Browser.Visitor.DEFAULT, Browser.Visitor.PHONE)) {
            String size = visitor.width() + "";
            EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
            for (String language : List.of("fr", "en")) {
                registrations.register(event, new NewRegistration("Kofi Mensah", TestEvents.email(), language,
                        "Africa/Accra", Map.of(), true, 0, null));
            }
            String base = "http://127.0.0.1:" + port + "/organiser/events/" + event.id().value();
            try (Browser browser = Browser.open(visitor.language("en"))) {
                ChromeDriver driver = browser.driver();
                driver.get("http://127.0.0.1:" + port + "/login");
                driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
                driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
                browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

                driver.get(base + "/broadcasts");
                Accessibility.assertNoViolations(driver, "mail registrants " + size);
                type(driver, "texts0.subject", "Programme");
                type(driver, "texts0.body", "Dear participant,\n\nThe programme is online.");
                type(driver, "texts1.subject", "Le programme");
                type(driver, "texts1.body", "Bonjour à tous,\n\nLe programme est en ligne.");
                press(driver, By.cssSelector("button[value=preview]"));
                assertThat(text(driver)).contains("Dear Administrator,\n\nThe programme is online.",
                        "Bonjour Administrator,\n\nLe programme est en ligne.");
                Accessibility.assertNoViolations(driver, "mail registrants with preview " + size);
                assertNoSidewaysScroll(driver);
                browser.screenshot("registration-broadcast-preview-" + size);

                press(driver, By.cssSelector("button[value=test]"));
                assertThat(text(driver)).contains("A test was sent to admin@dialoog.test");
                assertThat(mails.about("broadcast-test:" + event.id().value())).hasSize(3)
                        .allSatisfy(mail -> assertThat(mail.to()).isEqualTo("admin@dialoog.test"));
                press(driver, By.cssSelector("button[value=confirm]"));
                assertThat(text(driver)).contains("Send to 2 people?");
                Accessibility.assertNoViolations(driver, "mail registrants, confirm " + size);
                assertNoSidewaysScroll(driver);
                browser.screenshot("registration-broadcast-confirm-" + size);

                press(driver, By.cssSelector("button[value=send]"));
                assertThat(driver.getCurrentUrl()).endsWith("/broadcasts?sent");
                Accessibility.assertNoViolations(driver, "mail registrants with progress " + size);
                assertNoSidewaysScroll(driver);
                browser.screenshot("registration-broadcast-sent-" + size);

                job.work();
                long id = broadcasts.ofEvent(event.id(), accounts.firstAdmin().orElseThrow()).getFirst().id();
                List<MailView> sent = mails.about("broadcast:" + id);
                assertThat(sent).hasSize(2);
                assertThat(sent).filteredOn(mail -> mail.language().equals("fr")).singleElement()
                        .satisfies(mail -> assertThat(mail.text()).startsWith("Bonjour Kofi Mensah,\n")
                                .contains("Le programme est en ligne.").doesNotContain("à tous"));
                assertThat(sent).filteredOn(mail -> mail.language().equals("en")).singleElement()
                        .satisfies(mail -> assertThat(mail.text()).startsWith("Dear Kofi Mensah,\n")
                                .contains("The programme is online.").doesNotContain("participant"));

                driver.get(base + "/mail-texts?kind=reminder&language=fr");
                Accessibility.assertNoViolations(driver, "mail texts " + size);
                assertNoSidewaysScroll(driver);
                browser.screenshot("registration-mail-texts-" + size);
            }
        }
    }

    /** Tabs to the element (as a keyboard user would, from where the focus is) and types into it. */
    private static void type(ChromeDriver driver, String id, String text) {
        focus(driver, By.id(id));
        new Actions(driver).sendKeys(text).perform();
    }

    /** Tabs to a button and presses Enter, then waits for the next page. */
    private static void press(ChromeDriver driver, By button) {
        WebElement element = focus(driver, button);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static WebElement focus(ChromeDriver driver, By target) {
        WebElement element = driver.findElement(target);
        for (int i = 0; i < 80 && !element.equals(driver.switchTo().activeElement()); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement()).as("reached by Tab: " + target).isEqualTo(element);
        return element;
    }

    private static String text(ChromeDriver driver) {
        return driver.findElement(By.tagName("main")).getText();
    }

    private static void assertNoSidewaysScroll(ChromeDriver driver) {
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(innerWidth);
    }
}
