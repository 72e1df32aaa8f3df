package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import nl.dialoog.support.PageWeight;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The foundation issue's story in a real Chromium: an organiser publishes a bilingual event with two co-hosts and a
 * programme; a visitor in Bogotá reads it in Dutch and in English with the time in three zones and takes the .ics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventPublishingBrowserTests {

    static final long PAGE_BUDGET_BYTES = 30 * 1024;
    static final String SLUG = "dialogue-" + UUID.randomUUID().toString().substring(0, 8);

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    @Order(1)
    void anOrganiserCreatesAndPublishesABilingualEvent() {
        try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            WebDriver driver = browser.driver();
            driver.get(url("/login"));
            Accessibility.assertNoViolations(driver, "sign-in page");
            driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
            driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertThat(driver.getCurrentUrl()).endsWith("/organiser");

            driver.findElement(By.linkText("Create an event")).click();
            Accessibility.assertNoViolations(driver, "new event form");
            type(driver, "texts[0].title", "Changing roles of CSOs");
            driver.findElement(By.cssSelector("input[name=languages][value=nl]")).click();
            new Select(driver.findElement(By.id("zone"))).selectByValue("Europe/Amsterdam");
            setValue(driver, "startDate", "2030-11-07");
            setValue(driver, "startTime", "11:00");
            setValue(driver, "endDate", "2030-11-07");
            setValue(driver, "endTime", "13:00");
            type(driver, "slug", SLUG);
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("created");

            type(driver, "texts[0].summary", "Southern partners on the future of civil society.");
            driver.findElement(By.id("tab-nl")).click(); // the editor shows one language at a time
            type(driver, "texts[1].title", "Veranderende rollen van maatschappelijke organisaties");
            type(driver, "texts[1].summary", "Zuidelijke partners over de toekomst van het maatschappelijk middenveld.");
            browser.clickAndWaitForNextPage(By.cssSelector("#details button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("saved");

            addHost(browser, "Policy and Operations Evaluation Department", "Inspectie Ontwikkelingssamenwerking");
            addHost(browser, "Partos", "Partos");
            setValue(driver, "day", "2030-11-07");
            setValue(driver, "from", "11:00");
            setValue(driver, "until", "12:30");
            type(driver, "title[en]", "Panel discussion");
            type(driver, "title[nl]", "Paneldiscussie");
            browser.clickAndWaitForNextPage(By.cssSelector("#add-agenda-item button[type=submit]"));
            Accessibility.assertNoViolations(driver, "event editor");
            browser.screenshot("event-editor");

            browser.clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Publish']"));
            // no description, contact person or registration settings yet: the organiser publishes anyway
            driver.findElement(By.id("anyway")).click();
            browser.clickAndWaitForNextPage(By.cssSelector("#confirm-publish button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("published");
        }
    }

    @Test
    @Order(2)
    void aVisitorReadsItInDutchAndEnglishWithTimesInThreeZones() throws Exception {
        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("nl", "en").timeZone("America/Bogota"))) {
            WebDriver driver = browser.driver();
            driver.get(url("/"));
            Accessibility.assertNoViolations(driver, "home page (nl)");
            // the home page lists the soonest events, and other tests add many: open this one by its address
            driver.get(url("/events/" + SLUG));

            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Veranderende rollen van maatschappelijke organisaties");
            assertThat(text(driver, "main")).contains("Midden-Europese standaardtijd", "Europe/Amsterdam",
                    "10:00 – 12:00", "Gecoördineerde wereldtijd", "Inspectie Ontwikkelingssamenwerking",
                    "Paneldiscussie");
            WebElement yours = new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> d.findElement(By.id("your-time")).isDisplayed() ? d.findElement(By.id("your-time")) : null);
            assertThat(yours.getText()).contains("05:00", "07:00", "Colombiaanse standaardtijd", "America/Bogota");
            Accessibility.assertNoViolations(driver, "event page (nl, phone)");
            browser.clearCache();
            driver.navigate().refresh();
            assertThat(PageWeight.transferredBytes(driver)).as(PageWeight.describe(driver))
                    .isLessThanOrEqualTo(PAGE_BUDGET_BYTES);
            browser.screenshot("event-page-nl-phone");

            browser.clickAndWaitForNextPage(By.cssSelector("nav.languages a[hreflang=en]"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Changing roles of CSOs");
            assertThat(text(driver, "main")).contains("Central European Standard Time", "Coordinated Universal Time",
                    "Colombia Standard Time", "Policy and Operations Evaluation Department", "Panel discussion");
            Accessibility.assertNoViolations(driver, "event page (en, phone)");

            String ics = download(driver.findElement(By.partialLinkText(".ics")).getDomProperty("href"));
            driver.get(url("/"));
            assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                    .as("the chosen language sticks").isEqualTo("en");

            VEvent event = Biweekly.parse(ics).first().getEvents().getFirst();
            assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2030-11-07T10:00:00Z"));
            assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2030-11-07T12:00:00Z"));
            assertThat(event.getSummary().getValue()).isEqualTo("Changing roles of CSOs");

            driver.get(url("/events/" + SLUG));
            browser.clickAndWaitForNextPage(By.partialLinkText("Questions or suggestions"));
            Accessibility.assertNoViolations(driver, "contact form (en, phone)");
            type(driver, "name", "Ama Mensah");
            type(driver, "email", "ama@example.org");
            type(driver, "message", "Will the chat be open before the start?");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");
            Accessibility.assertNoViolations(driver, "contact sent (en, phone)");
        }
    }

    private static void addHost(Browser browser, String english, String dutch) {
        WebDriver driver = browser.driver();
        type(driver, "name[en]", english);
        type(driver, "name[nl]", dutch);
        browser.clickAndWaitForNextPage(By.cssSelector("#add-host button[type=submit]"));
        assertThat(text(driver, "#hosts ol")).contains(english);
    }

    private static void type(WebDriver driver, String name, String text) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Date and time inputs take keys in the browser's locale format; setting the value is locale-proof. */
    private static void setValue(WebDriver driver, String name, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.name(name)), value);
    }

    private static String text(WebDriver driver, String selector) {
        return driver.findElement(By.cssSelector(selector)).getText();
    }

    private static String download(String href) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment"));
        return response.body();
    }
}
