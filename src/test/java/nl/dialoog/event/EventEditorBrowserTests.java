package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
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

/**
 * The event editor in a real Chromium: the organiser writes the texts of two languages one tab at a time, moving
 * between the tabs with the arrow keys, sees that the changes are not saved yet (and the page would warn before
 * leaving), saves them all at once, and publishes — at once when nothing is missing, after confirming when
 * something is. On a desktop and a phone, with axe-core finding nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventEditorBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin registrationAdmin;

    AccountView admin() {
        return accounts.findByEmail(EventEditorPagesTests.ADMIN).orElseThrow();
    }

    /** A bilingual draft with only its English title; with {@code rest}, a contact person and registration settings. */
    EventId draft(boolean rest) {
        LocalDateTime start = LocalDateTime.of(2031, 3, 4, 10, 0);
        EventId id = catalog.create(new EventDetails("editor-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en", "nl"), ZoneId.of("Europe/Amsterdam"), start, start.plusHours(2),
                LocalizedText.of("en", "Civic space in the Sahel"), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY), admin());
        if (rest) {
            catalog.setContactAddresses(id, List.of("iob@example.org"), admin());
            registrationAdmin.saveOptions(id, new RegistrationOptions(100, null, null, false, false, false,
                    LocalizedText.EMPTY, 0, List.of()), admin());
        }
        return id;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void signIn(Browser browser) {
        WebDriver driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(EventEditorPagesTests.ADMIN);
        driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    @Test
    void writesTwoLanguagesInTabsByKeyboardSavesOnceAndPublishesWithoutGapsAtOnce() {
        EventId id = draft(true);
        try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            ChromeDriverView page = new ChromeDriverView(browser.driver());
            signIn(browser);
            browser.driver().get(url("/organiser/events/" + id.value()));

            assertThat(page.shown("#tab-en")).isTrue();
            assertThat(page.attribute("#tab-en", "aria-selected")).isEqualTo("true");
            assertThat(page.shown("#texts-en")).isTrue();
            assertThat(page.shown("#texts-nl")).as("one language at a time").isFalse();
            assertThat(page.text("#tab-en")).isEqualTo("English incomplete");
            assertThat(page.text("#details-unsaved")).isEmpty();
            assertThat(page.leavingIsStopped()).isFalse();

            page.field("texts[0].summary").sendKeys("Civil society organisations on the space they have.");
            page.field("texts[0].description").sendKeys("Two hours with partners from five countries.");
            assertThat(page.text("#tab-en")).isEqualTo("English complete");
            assertThat(page.text("#details-unsaved")).isEqualTo("You have unsaved changes.");
            assertThat(page.leavingIsStopped()).as("beforeunload warns about the unsaved text").isTrue();

            page.element("#tab-en").click();
            page.keys(Keys.ARROW_RIGHT);
            assertThat(page.activeId()).isEqualTo("tab-nl");
            assertThat(page.attribute("#tab-nl", "aria-selected")).isEqualTo("true");
            assertThat(page.shown("#texts-nl")).isTrue();
            assertThat(page.shown("#texts-en")).isFalse();
            page.keys(Keys.TAB);
            assertThat(page.activeName()).as("Tab leads from the tab into its panel").isEqualTo("texts[1].title");
            page.keys("Maatschappelijke ruimte in de Sahel", Keys.TAB,
                    "Maatschappelijke organisaties over hun ruimte.", Keys.TAB, Keys.TAB,
                    "Twee uur met partners uit vijf landen.");
            assertThat(page.text("#tab-nl")).isEqualTo("Nederlands complete");
            new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB)
                    .keyUp(Keys.SHIFT).perform();
            assertThat(page.activeId()).isEqualTo("tab-nl");
            page.keys(Keys.ARROW_LEFT);
            assertThat(page.activeId()).isEqualTo("tab-en");
            assertThat(page.field("texts[0].summary").getDomProperty("value"))
                    .isEqualTo("Civil society organisations on the space they have.");

            Accessibility.assertNoViolations(browser.driver(), "event editor with tabs (1280 px)");
            assertThat(page.sideways()).isLessThanOrEqualTo(0);
            browser.screenshot("event-editor-tabs-desktop");

            browser.clickAndWaitForNextPage(By.cssSelector("#details .savebar button[type=submit]"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("?saved");
            assertThat(page.text("#details-unsaved")).isEmpty();
            assertThat(page.leavingIsStopped()).as("no warning after saving").isFalse();
            EventView saved = catalog.editable(id, admin());
            assertThat(saved.title().in("nl")).isEqualTo("Maatschappelijke ruimte in de Sahel");
            assertThat(saved.description().in("nl")).isEqualTo("Twee uur met partners uit vijf landen.");
            assertThat(saved.summary().in("en")).isEqualTo("Civil society organisations on the space they have.");

            assertThat(page.text("#publish")).contains("Everything visitors need is there");
            browser.clickAndWaitForNextPage(By.cssSelector("#publish button[type=submit]"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("?published");
            assertThat(catalog.editable(id, admin()).isPublished()).isTrue();
        }
    }

    @Test
    void confirmsBeforePublishingWithGapsOnAPhone() {
        EventId id = draft(false);
        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriverView page = new ChromeDriverView(browser.driver());
            signIn(browser);
            browser.driver().get(url("/organiser/events/" + id.value()));

            assertThat(page.text("#publish .gaps")).contains("English — missing: summary, description",
                    "Nederlands — missing: title, summary, description", "No contact person",
                    "registration settings");
            Accessibility.assertNoViolations(browser.driver(), "event editor (390 px)");
            assertThat(page.sideways()).as("sideways scroll in px").isLessThanOrEqualTo(0);
            browser.screenshot("event-editor-phone");

            page.element("#publish .gaps a[href='#texts-nl']").click();
            assertThat(page.attribute("#tab-nl", "aria-selected")).as("the checklist opens the language's tab")
                    .isEqualTo("true");
            assertThat(page.shown("#texts-nl")).isTrue();
            assertThat(page.sideways()).isLessThanOrEqualTo(0);
            browser.screenshot("event-editor-tabs-phone");

            browser.clickAndWaitForNextPage(By.cssSelector("#publish button[type=submit]"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/organiser/events/" + id.value() + "/publish");
            Accessibility.assertNoViolations(browser.driver(), "publish confirmation (390 px)");
            assertThat(page.sideways()).isLessThanOrEqualTo(0);
            browser.screenshot("event-publish-confirm-phone");

            browser.clickAndWaitForNextPage(By.cssSelector("#confirm-publish button[type=submit]"));
            assertThat(page.text("#anyway-error")).contains("Tick the box");
            assertThat(catalog.editable(id, admin()).isPublished()).isFalse();
            Accessibility.assertNoViolations(browser.driver(), "publish confirmation with error (390 px)");

            page.element("#anyway").sendKeys(Keys.SPACE);
            browser.clickAndWaitForNextPage(By.cssSelector("#confirm-publish button[type=submit]"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("?published");
            assertThat(catalog.editable(id, admin()).isPublished()).isTrue();
            assertThat(page.text("#publish")).contains("This event is public.");
        }
    }

    @Test
    void readsWithoutSidewaysScrollAndAxeFindsNothingOnADesktopAndAPhoneAfterPublishing() {
        EventId id = draft(false);
        catalog.publish(id, admin());
        for (Browser.Visitor visitor : List.of(Browser.Visitor.DEFAULT, Browser.Visitor.PHONE)) {
            try (Browser browser = Browser.open(visitor.language("en"))) {
                ChromeDriverView page = new ChromeDriverView(browser.driver());
                signIn(browser);
                browser.driver().get(url("/organiser/events/" + id.value() + "/publish"));
                assertThat(browser.driver().getCurrentUrl()).endsWith("/organiser/events/" + id.value());
                Accessibility.assertNoViolations(browser.driver(), "published event's editor (" + visitor.width()
                        + " px)");
                assertThat(page.sideways()).isLessThanOrEqualTo(0);
                browser.screenshot("event-editor-published-" + visitor.width());
            }
        }
    }

    /** The few questions these tests ask the page. */
    record ChromeDriverView(WebDriver driver) {

        WebElement element(String css) {
            return driver.findElement(By.cssSelector(css));
        }

        WebElement field(String name) {
            return driver.findElement(By.name(name));
        }

        boolean shown(String css) {
            return element(css).isDisplayed();
        }

        String text(String css) {
            return element(css).getText().replaceAll("\\s+", " ").strip();
        }

        String attribute(String css, String name) {
            return element(css).getDomAttribute(name);
        }

        void keys(CharSequence... keys) {
            new Actions(driver).sendKeys(keys).perform();
        }

        String activeId() {
            return driver.switchTo().activeElement().getDomAttribute("id");
        }

        String activeName() {
            return driver.switchTo().activeElement().getDomAttribute("name");
        }

        /** Whether the page's beforeunload handler would ask before leaving. */
        boolean leavingIsStopped() {
            return (Boolean) js("const e = new Event('beforeunload', {cancelable: true});"
                    + " window.dispatchEvent(e); return e.defaultPrevented;");
        }

        int sideways() {
            return ((Number) js("return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth")).intValue();
        }

        private Object js(String script) {
            return ((JavascriptExecutor) driver).executeScript(script);
        }
    }
}
