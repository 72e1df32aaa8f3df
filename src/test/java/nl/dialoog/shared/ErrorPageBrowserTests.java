package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import nl.dialoog.support.Http;
import nl.dialoog.support.PageWeight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A Spanish-speaking visitor in Bogotá mistypes an address: a smoke test of the browser support (Chromium,
 * axe-core, page weight, time zone) on the one page every build has.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageBrowserTests {

    static final long BUDGET_BYTES = 30 * 1024;

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    WebDriver driver;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open(Browser.Visitor.PHONE.language("es-CO", "es").timeZone("America/Bogota"));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void openTheNotFoundPage() {
        driver = browser.driver();
        browser.clearCache();
        driver.get("http://127.0.0.1:" + port + "/no-such-page");
    }

    @Test
    void showsTheNotFoundPageInTheVisitorsLanguage() {
        String expected = messages.getMessage("shared.error.notFound.title", null, Locale.forLanguageTag("es"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(expected);
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(browser.screenshot("error-404-es-phone")).isNotEmptyFile();
    }

    @Test
    void notFoundPageHasNoAccessibilityViolations() {
        Accessibility.assertNoViolations(driver, "404 page (es, phone)");
    }

    @Test
    void notFoundPageStaysWithinItsWeightBudget() {
        long weight = PageWeight.transferredBytes(driver);

        assertThat(weight).as(PageWeight.describe(driver)).isLessThan(BUDGET_BYTES);
    }

    @Test
    void measuresPageWeightAsTheCompressedBytesOnTheWire() {
        // The same downloads fetched outside the browser, gzip-compressed as the server sends them: the browser
        // should report those bodies plus a few hundred bytes of headers each, no less and not much more.
        Http http = new Http(port);
        long bodies = 0;
        for (PageWeight.Entry entry : PageWeight.entries(driver)) {
            HttpResponse<byte[]> response = http.bytes(http.request(entry.url().substring(http.base().length()))
                    .header("Accept-Encoding", "gzip").header("Accept-Language", "es-CO,es"));
            bodies += response.body().length;
        }
        long weight = PageWeight.transferredBytes(driver);

        assertThat(PageWeight.entries(driver)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(weight).as(PageWeight.describe(driver)).isBetween(bodies, bodies
                + 1500L * PageWeight.entries(driver).size());
    }

    @Test
    void actsAsAVisitorInBogota() {
        Object zone = browser.driver().executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
        Object offsetMinutes = browser.driver().executeScript("return new Date().getTimezoneOffset()");

        assertThat(zone).isEqualTo("America/Bogota");
        assertThat(((Number) offsetMinutes).intValue()).isEqualTo(300);
    }
}
