package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.shared.Times;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A time reads the same whether the server wrote it or the browser's script did: "8:34 AM" in English (not
 * "08:34 AM"), "08:34" in Dutch and French, "8:34" in Spanish — both follow the language's CLDR short time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalTimeBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Test
    void theBrowserWritesTimesTheWayTheServerDoesInEveryLanguage() {
        AccountView admin = accounts.firstAdmin().orElseThrow();
        String slug = EventCatalogTests.uniqueSlug();
        LocalDateTime start = LocalDateTime.of(2031, 3, 6, 8, 34);
        EventId id = catalog.create(new EventDetails(slug, "en", List.of("en", "nl", "fr", "es"),
                EventCatalogTests.AMSTERDAM, start, start.plusMinutes(91),
                new LocalizedText(Map.of("en", "Early hours")), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY), admin);
        catalog.publish(id, admin);
        EventView event = catalog.find(id).orElseThrow();

        try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.timeZone("Europe/Amsterdam"))) {
            ChromeDriver driver = browser.driver();
            for (String language : List.of("en", "nl", "fr", "es")) {
                driver.get("http://127.0.0.1:" + port + "/events/" + slug + "?lang=" + language);
                String yours = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                        d.findElement(By.id("your-time")).isDisplayed()
                                ? d.findElement(By.cssSelector("#your-time dd")).getText() : null);
                Locale locale = Locale.forLanguageTag(language);
                String server = Times.time(event.start(), event.zone(), locale) + " – "
                        + Times.time(event.end(), event.zone(), locale);
                assertThat(normalSpaces(yours)).as(language).contains(normalSpaces(server));
            }
        }
    }

    /** WebDriver hands over text with narrow and non-breaking spaces as they are; compare them as spaces. */
    private static String normalSpaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
