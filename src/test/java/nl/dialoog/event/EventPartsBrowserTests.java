package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organiser changes and reorders co-hosts, speakers and registration questions with the keyboard alone, on a
 * desktop and on a phone: after each move the focus is back on the moved item, the page never scrolls sideways,
 * and axe-core finds nothing. A logo is uploaded and shown. Screenshots are written for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventPartsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    EventCatalog catalog;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Accounts accounts;

    @TempDir
    Path files;

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void changesAndReordersPartsByKeyboard(int width) throws IOException {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(10));
        EventId id = event.id();
        long iob = catalog.addHost(id, new HostDetails(LocalizedText.of("en", "IOB"), null), organiser);
        long partos = catalog.addHost(id, new HostDetails(LocalizedText.of("en", "Partos"), null), organiser);
        long wo = catalog.addHost(id, new HostDetails(LocalizedText.of("en", "WO=MEN"), null), organiser);
        long amina = catalog.addSpeaker(id, new SpeakerDetails("Amina Diallo", "CSO Network", "SN",
                LocalizedText.of("en", "Works on civic space.")), organiser);
        long role = admin.addQuestion(id, QuestionKind.SHORT_TEXT, false, LocalizedText.of("en", "Your role"),
                List.of(), organiser);
        long sector = admin.addQuestion(id, QuestionKind.SINGLE_CHOICE, false, LocalizedText.of("en", "Sector"),
                List.of(new Question.Option("o1", LocalizedText.of("en", "Government")),
                        new Question.Option("o2", LocalizedText.of("en", "Civil society"))), organiser);
        Path logo = files.resolve("wo-men.png");
        BufferedImage picture = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics paint = picture.getGraphics();
        paint.setColor(Color.MAGENTA);
        paint.fillRect(0, 0, 600, 200);
        paint.dispose();
        ImageIO.write(picture, "png", logo.toFile());

        String site = "http://127.0.0.1:" + port;
        String editor = site + "/organiser/events/" + id.value();
        Browser.Visitor visitor = width < 600 ? Browser.Visitor.PHONE : Browser.Visitor.DEFAULT;
        try (Browser browser = Browser.open(visitor.language("en"))) {
            ChromeDriver driver = browser.driver();
            driver.get(site + "/login");
            driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
            driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            // move the first co-host down twice: Enter, Enter — the focus stays on the button while it is there
            driver.get(editor);
            tabTo(driver, "host-" + iob + "-down");
            enter(browser);
            awaitFocus(driver, "host-" + iob + "-down");
            enter(browser);
            awaitFocus(driver, "host-" + iob);
            assertThat(catalog.editable(id, organiser).hosts()).extracting(Host::id).containsExactly(partos, wo, iob);
            assertNoSidewaysScroll(driver, width, "editor");
            Accessibility.assertNoViolations(driver, "event editor parts at " + width);
            scrollTo(driver, "hosts");
            browser.screenshot("event-parts-editor-" + width);

            // change a co-host by keyboard: its page, a new website and a logo, saved with Enter
            driver.get(editor);
            pressUntilFocused(driver, a -> "Change WO=MEN".equals(a.getDomAttribute("aria-label")));
            enter(browser);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Change co-hosting organisation");
            // a file far over the limit comes back as a message in words, and nothing changes
            Path huge = files.resolve("huge.png");
            Files.write(huge, new byte[6 * 1024 * 1024]);
            driver.findElement(By.id("logo")).sendKeys(huge.toString());
            browser.clickAndWaitForNextPage(By.cssSelector("#change-host button[type=submit]"));
            assertThat(driver.findElements(By.id("logo-error"))).as(driver.getCurrentUrl() + "\n"
                    + driver.findElement(By.tagName("body")).getText()).isNotEmpty();
            assertThat(driver.findElement(By.id("logo-error")).getText()).contains("The logo is too large");
            driver.findElement(By.id("logo")).sendKeys(logo.toString());
            WebElement website = driver.findElement(By.id("website"));
            website.sendKeys("https://www.wo-men.nl");
            Accessibility.assertNoViolations(driver, "change co-host at " + width);
            assertNoSidewaysScroll(driver, width, "change co-host");
            browser.screenshot("event-parts-change-host-" + width);
            website.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("partSaved"));
            awaitFocus(driver, "host-" + wo);
            assertThat(driver.findElement(By.cssSelector("#host-" + wo + " img")).getDomAttribute("src"))
                    .startsWith("/logos/" + wo + "/");
            Host changed = catalog.editable(id, organiser).hosts().get(1);
            assertThat(changed.website()).isEqualTo("https://www.wo-men.nl");
            assertThat(changed.logoPath()).isNotNull();
            driver.get(editor + "/hosts/" + wo);
            assertThat(driver.findElement(By.cssSelector("figure.logo img")).getDomProperty("naturalWidth"))
                    .isEqualTo("400");
            Accessibility.assertNoViolations(driver, "change co-host with a logo at " + width);
            assertNoSidewaysScroll(driver, width, "change co-host with a logo");
            scrollTo(driver, "removeLogo");
            browser.screenshot("event-parts-host-logo-" + width);

            // a speaker's page, a bad change refused with the error in words, then a good one
            driver.get(site + "/organiser/events/" + id.value() + "/speakers/" + amina);
            WebElement name = driver.findElement(By.id("name"));
            name.clear();
            name.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                    !d.findElements(By.id("error-summary")).isEmpty());
            Accessibility.assertNoViolations(driver, "speaker with an error at " + width);
            driver.findElement(By.id("name")).sendKeys("Amina Diallo-Sow", Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("partSaved"));
            assertThat(catalog.editable(id, organiser).speakers().getFirst().name()).isEqualTo("Amina Diallo-Sow");

            // the registration questions: move the second one up by keyboard
            driver.get(editor + "/registration");
            tabTo(driver, "question-" + sector + "-up");
            enter(browser);
            awaitFocus(driver, "question-" + sector);
            assertThat(admin.options(id, organiser).questions()).extracting(Question::id)
                    .containsExactly(sector, role);
            assertNoSidewaysScroll(driver, width, "registration settings");
            Accessibility.assertNoViolations(driver, "registration questions at " + width);
            scrollTo(driver, "questions");
            browser.screenshot("registration-questions-" + width);

            driver.get(editor + "/registration/questions/" + sector);
            Accessibility.assertNoViolations(driver, "change question at " + width);
            assertNoSidewaysScroll(driver, width, "change question");
            browser.screenshot("registration-change-question-" + width);

            // the public page shows the new order and the logo from Dialoog itself
            driver.get(site + "/events/" + event.slug());
            String hosts = driver.findElement(By.cssSelector("main")).getText();
            assertThat(hosts.indexOf("Partos")).isLessThan(hosts.indexOf("WO=MEN"));
            assertThat(hosts.indexOf("WO=MEN")).isLessThan(hosts.indexOf("IOB"));
            assertThat((Boolean) driver.executeScript("return [...document.images].every(i => i.complete"
                    + " && i.naturalWidth > 0 && i.src.startsWith(location.origin))")).isTrue();
            Accessibility.assertNoViolations(driver, "event page with a logo at " + width);
            scrollTo(driver, "hosts-heading");
            browser.screenshot("event-page-logo-" + width);
        }
    }

    private static void tabTo(WebDriver driver, String id) {
        pressUntilFocused(driver, active -> id.equals(active.getDomAttribute("id")));
    }

    private static void pressUntilFocused(WebDriver driver, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 150; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (wanted.test(active)) {
                return;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("never reached by Tab");
    }

    private static void enter(Browser browser) {
        WebElement active = browser.driver().switchTo().activeElement();
        active.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(RuntimeException.class).until(d -> {
            try {
                active.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return "complete".equals(browser.driver().executeScript("return document.readyState"));
            }
        });
    }

    private static void awaitFocus(WebDriver driver, String id) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                id.equals(d.switchTo().activeElement().getDomAttribute("id")));
    }

    private static void assertNoSidewaysScroll(ChromeDriver driver, int width, String page) {
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        assertThat(innerWidth).as("viewport of %s", page).isEqualTo(width);
        assertThat(scrollWidth).as("page width of %s", page).isLessThanOrEqualTo(innerWidth);
    }

    private static void scrollTo(ChromeDriver driver, String id) {
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }
}
