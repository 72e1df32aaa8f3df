package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.registration.desk.RegistrationAdmin;
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
 * An event's dashboard after a seeded session ({@link DashboardSeed}) in a real Chromium on a desktop (1280 px) and
 * a phone (390 px): no sideways scrolling, axe-core finds nothing, the charts are drawn, and the tools and the
 * failed mails are reached by keyboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventDashboardBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin registrationAdmin;

    @Autowired
    JdbcClient jdbc;

    EventId id;

    @BeforeEach
    void seedASession() {
        AccountView admin = accounts.findByEmail("admin@dialoog.test").orElseThrow();
        id = new DashboardSeed(catalog, registrationAdmin, jdbc)
                .session("Changing roles of CSOs and partners " + UUID.randomUUID().toString().substring(0, 6),
                        admin);
    }

    @Test
    void readsOnADesktop() {
        check(Browser.Visitor.DEFAULT, "event-dashboard-desktop");
    }

    @Test
    void readsOnAPhoneWithoutScrollingSideways() {
        check(Browser.Visitor.PHONE, "event-dashboard-phone");
    }

    /** The whole page as one PNG beside the screenshots, for a person to look at (Chromium's own capture). */
    static void wholePage(Browser browser, JavascriptExecutor script, Browser.Visitor visitor, String name) {
        long height = ((Number) script.executeScript("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", visitor.width(), "height", height, "scale", 1)));
        try {
            Path target = browser.screenshot(name);
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void check(Browser.Visitor visitor, String screenshot) {
        try (Browser browser = Browser.open(visitor)) {
            WebDriver driver = browser.driver();
            driver.get("http://127.0.0.1:" + port + "/login");
            driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
            driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            driver.get("http://127.0.0.1:" + port + "/organiser/events/" + id.value() + "/dashboard");
            JavascriptExecutor script = (JavascriptExecutor) driver;

            Object sideways = script.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) sideways).intValue()).as("sideways scroll in px").isLessThanOrEqualTo(0);
            // every chart is drawn inside its box: none is wider than the page
            Object widest = script.executeScript("""
                    return Math.max(...[...document.querySelectorAll('.event-chart svg')]
                        .map(svg => svg.getBoundingClientRect().right))""");
            assertThat(((Number) widest).doubleValue()).isLessThanOrEqualTo(visitor.width());
            assertThat(driver.findElements(By.cssSelector(".event-chart svg[role=img]"))).hasSize(6);
            Accessibility.assertNoViolations(driver, "Event dashboard (" + visitor.width() + " px)");
            browser.screenshot(screenshot);
            wholePage(browser, script, visitor, screenshot + "-whole");

            for (String wanted : List.of("Results report", "Mails failed")) {
                WebElement target = wanted.equals("Mails failed")
                        ? driver.findElement(By.cssSelector(".event-figures .alert a"))
                        : driver.findElement(By.linkText(wanted));
                boolean reached = false;
                for (int i = 0; i < 60 && !reached; i++) {
                    new Actions(driver).sendKeys(Keys.TAB).perform();
                    reached = target.equals(driver.switchTo().activeElement());
                }
                assertThat(reached).as(wanted + " is reached with Tab").isTrue();
            }
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/mail?status=FAILED"));
        }
    }
}
