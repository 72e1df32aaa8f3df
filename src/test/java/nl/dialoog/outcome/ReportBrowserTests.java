package nl.dialoog.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as people use it, in Chromium: an organiser builds the report of a small session, writes a summary,
 * leaves a part out and publishes it by keyboard; a visitor reads it on the public page or by the private link, on
 * a desktop and on a phone, and every export downloads and opens. axe-core checks each page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dialoog.event.demo=on")
class ReportBrowserTests {

    static final String SUMMARY = "Participants want funding to reach southern organisations directly.";

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Outcomes outcomes;

    @Test
    void anOrganiserBuildsWritesAndPublishesAndTheVisitorDownloadsEveryExport() {
        SmallSession session = new SmallSession(fixture, port);
        EventView event = session.event;
        String report = site() + "/organiser/events/" + event.id().value() + "/report";

        try (Browser organiserBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            ChromeDriver organiser = signedIn(organiserBrowser, report);
            assertThat(organiser.findElement(By.id("build-heading")).getText()).isEqualTo("Build");
            Accessibility.assertNoViolations(organiser, "organiser report page before a build");

            organiserBrowser.clickAndWaitForNextPage(By.cssSelector("#build-heading ~ form button"));
            // the page refreshes itself while it builds, then shows the draft
            new WebDriverWait(organiser, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("preview-heading"))
                    .isEmpty());
            assertThat(organiser.findElement(By.cssSelector("#build-heading ~ form button")).getText())
                    .isEqualTo("Build again");
            assertThat(text(organiser, "#preview-heading + .report")).contains(SmallSession.STATEMENTS[3]);

            organiser.findElement(By.id("summary-en")).sendKeys(SUMMARY);
            organiser.findElement(By.cssSelector("input[name=parts][value=QUESTIONS]")).click();
            organiserBrowser.clickAndWaitForNextPage(By.cssSelector("#edit-heading ~ form button[type=submit]"));
            assertThat(text(organiser, "#preview-heading + .report")).contains(SUMMARY);
            assertThat(organiser.findElements(By.cssSelector(".report #r-questions"))).isEmpty();

            publishByKeyboard(organiserBrowser, "PUBLIC");
            assertThat(text(organiser, "#publish-heading + p")).contains("public results page");
            assertNoSidewaysScrolling(organiser);
            Accessibility.assertNoViolations(organiser, "organiser report page, published");
            wholePage(organiserBrowser, "report-organiser-1280");

            // what an organiser downloads, with their own session cookie
            HttpResponse<byte[]> pdf = download(report + ".pdf", organiser);
            assertPdf(pdf, "Changing roles", SUMMARY);
        }

        try (Browser phone = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriver organiser = signedIn(phone, report);
            assertThat(text(organiser, "#preview-heading + .report")).contains(SUMMARY);
            assertNoSidewaysScrolling(organiser);
            Accessibility.assertNoViolations(organiser, "organiser report page at 390 px");
            wholePage(phone, "report-organiser-390");
        }

        String results = site() + "/events/" + event.slug() + "/results";
        for (Browser.Visitor visitor : List.of(Browser.Visitor.DEFAULT, Browser.Visitor.PHONE)) {
            try (Browser visitorBrowser = Browser.open(visitor.language("en"))) {
                ChromeDriver reader = visitorBrowser.driver();
                reader.get(results);
                assertThat(text(reader, ".report")).contains(SUMMARY).contains(SmallSession.STATEMENTS[0]);
                assertThat(reader.findElements(By.id("r-questions"))).isEmpty();
                assertNoSidewaysScrolling(reader);
                Accessibility.assertNoViolations(reader, "public results page at " + visitor.width() + " px");
                wholePage(visitorBrowser, "report-public-" + visitor.width());
                if (visitor == Browser.Visitor.DEFAULT) {
                    assertEveryExportOpens(reader, "Changing roles", SUMMARY);
                }
            }
        }
    }

    @Test
    void aPrivateLinkOpensTheReportAndItsExportsAndANewLinkRetiresTheOldOne() {
        SmallSession session = new SmallSession(fixture, port);
        EventView event = session.event;
        String report = site() + "/organiser/events/" + event.id().value() + "/report";
        outcomes.startBuild(event.id(), fixture.organiser());

        String link;
        try (Browser organiserBrowser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            ChromeDriver organiser = signedIn(organiserBrowser, report);
            new WebDriverWait(organiser, Duration.ofSeconds(60)).until(d -> {
                d.navigate().refresh();
                return !d.findElements(By.id("publish-heading")).isEmpty();
            });
            publishByKeyboard(organiserBrowser, "LINK");
            WebElement shown = organiser.findElement(By.cssSelector("#publish-heading ~ .notice a"));
            // the link is written with the configured public address; this test's server is on its own port
            link = site() + URI.create(shown.getDomAttribute("href")).getPath();
            assertThat(link).contains("/results/");
            Accessibility.assertNoViolations(organiser, "organiser report page with a new private link");
        }

        for (Browser.Visitor visitor : List.of(Browser.Visitor.DEFAULT, Browser.Visitor.PHONE)) {
            try (Browser visitorBrowser = Browser.open(visitor.language("en"))) {
                ChromeDriver reader = visitorBrowser.driver();
                reader.get(link);
                assertThat(text(reader, "h1")).contains("Changing roles");
                assertThat(text(reader, ".report")).contains(SmallSession.STATEMENTS[3]);
                assertNoSidewaysScrolling(reader);
                Accessibility.assertNoViolations(reader, "private-link results page at " + visitor.width() + " px");
                wholePage(visitorBrowser, "report-link-" + visitor.width());
                if (visitor == Browser.Visitor.DEFAULT) {
                    assertEveryExportOpens(reader, "Changing roles", null);
                }
            }
        }

        outcomes.publish(event.id(), ReportVisibility.LINK, false, fixture.organiser());
        assertThat(fetch(link, null).statusCode()).as("the old link after a new one").isEqualTo(404);
    }

    @Test
    void theDemoReportReadsWellOnADesktopAndOnAPhone() {
        String results = site() + "/events/" + DemoReportTests.SLUG + "/results";
        awaitDemo();
        for (Browser.Visitor visitor : List.of(Browser.Visitor.DEFAULT, Browser.Visitor.PHONE)) {
            try (Browser browser = Browser.open(visitor.language("en"))) {
                ChromeDriver reader = browser.driver();
                reader.get(results);
                assertNoSidewaysScrolling(reader);
                // axe takes a while over a whole session's transcript
                Accessibility.assertNoViolations(reader, "demo results page at " + visitor.width() + " px",
                        Duration.ofMinutes(4));
                String name = "report-demo-" + visitor.width();
                browser.screenshot(name + "-top");
                for (String section : List.of("r-attendance", "r-participation", "r-polls", "r-opinions", "r-themes",
                        "r-transcript")) {
                    scrollTo(reader, section);
                    browser.screenshot(name + "-" + section.substring(2));
                }

                // each poll once: its chart carries the text alternative, no list repeats it
                List<WebElement> polls = reader.findElements(By.cssSelector("#r-polls ~ .poll"));
                assertThat(polls).isNotEmpty().allSatisfy(poll -> {
                    assertThat(poll.findElements(By.cssSelector("svg[role=img]"))).hasSize(1);
                    assertThat(poll.findElements(By.cssSelector("ul.bars"))).isEmpty();
                });
                // the map has a legend beside it: a swatch and a name per group, and what the axes mean
                assertThat(reader.findElements(By.cssSelector(".map-legend li .swatch:not(.ungrouped)")))
                        .hasSameSizeAs(reader.findElements(By.cssSelector("#r-opinions ~ .group")));
                assertThat(text(reader, ".map-legend")).contains("Group A");
                // table captions are for screen readers; the heading above says it for the eye
                assertThat(reader.findElements(By.cssSelector(".report caption"))).allSatisfy(caption ->
                        assertThat(caption.getRect().getWidth()).isLessThanOrEqualTo(1));
                // the transcript is compact: who and when run on into what was said; on a desktop a short
                // contribution takes a single line
                assertThat(reader.findElement(By.cssSelector(".transcript li > .meta")).getCssValue("display"))
                        .isEqualTo("inline");
                if (visitor == Browser.Visitor.DEFAULT) {
                    assertThat(reader.findElements(By.cssSelector(".transcript li")).stream().limit(20)
                            .mapToInt(li -> li.getRect().getHeight()).min().orElseThrow()).isLessThan(36);
                }
            }
        }
    }

    private void assertEveryExportOpens(ChromeDriver reader, String title, String summary) {
        List<String> links = reader.findElements(By.cssSelector("nav.exports a")).stream()
                .map(a -> a.getDomProperty("href")).toList();
        assertThat(links).hasSize(3 + Outcomes.csvTables().size());
        for (String link : links) {
            HttpResponse<byte[]> response = download(link, reader);
            assertThat(response.headers().firstValue("Content-Disposition")).as(link).get().asString()
                    .startsWith("attachment");
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (link.endsWith(".pdf")) {
                assertPdf(response, title, summary);
            } else if (link.endsWith(".json")) {
                JsonNode json = JsonMapper.builder().build().readTree(response.body());
                assertThat(json.path("report").path("transcript").size()).as(link).isGreaterThan(0);
                if (summary != null) {
                    assertThat(json.path("summary").toString()).as(link).contains(summary);
                }
            } else if (link.endsWith(".md")) {
                assertThat(body).as(link).contains(title);
                if (summary != null) {
                    assertThat(body).as(link).contains(summary);
                }
            } else {
                // a byte-order mark first, so spreadsheet programs read UTF-8
                assertThat(body).as(link).startsWith("\uFEFF");
                assertThat(body.substring(1).lines().findFirst()).as(link).get().asString()
                        .matches("[a-z_]+(,[a-z_]+)+");
            }
        }
    }

    private static void assertPdf(HttpResponse<byte[]> response, String title, String summary) {
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(title);
            if (summary != null) {
                assertThat(text).contains(summary);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("the PDF does not open", e);
        }
    }

    /** Tabs to the readers' choice, picks one with the arrow keys, tabs on to Save and presses Enter. */
    private static void publishByKeyboard(Browser browser, String visibility) {
        ChromeDriver driver = browser.driver();
        driver.findElement(By.id("publish-heading")).click();
        String wanted = "input[name=visibility][value=" + visibility + "]";
        tabUntil(driver, "input[name=visibility]");
        for (int i = 0; i < 3 && !driver.findElement(By.cssSelector(wanted)).isSelected(); i++) {
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        }
        assertThat(driver.findElement(By.cssSelector(wanted)).isSelected()).isTrue();
        tabUntil(driver, "#publish-mail");
        WebElement save = tabUntil(driver, "#publish-heading ~ form button[type=submit]");
        save.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                save.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    private static WebElement tabUntil(ChromeDriver driver, String selector) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if ((Boolean) driver.executeScript("return arguments[0].matches(arguments[1])", active, selector)) {
                return active;
            }
            passed.add(active.getTagName() + "#" + active.getDomAttribute("id"));
        }
        throw new AssertionError(selector + " not reached by Tab; passed " + passed);
    }

    private ChromeDriver signedIn(Browser browser, String page) {
        ChromeDriver driver = browser.driver();
        driver.get(site() + "/login");
        driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
        driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        driver.get(page);
        return driver;
    }

    /** Fetches a link as the browser would, with its cookies (so an organiser's download is theirs). */
    private static HttpResponse<byte[]> download(String url, WebDriver browser) {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = fetch(url, cookies);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.body()).as(url).isNotEmpty();
        return response;
    }

    private static HttpResponse<byte[]> fetch(String url, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoSidewaysScrolling(ChromeDriver driver) {
        Long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        Long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        assertThat(scrollWidth).as("the page never scrolls sideways").isLessThanOrEqualTo(innerWidth);
    }

    /** A screenshot of the whole page, not just what fits the window, for a person to look at. */
    private static void wholePage(Browser browser, String name) {
        ChromeDriver driver = browser.driver();
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height",
                        Math.min(height.intValue(), 12000), "scale", 1)));
        try {
            Files.write(browser.screenshot(name), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(WebDriver driver, String selector) {
        return driver.findElement(By.cssSelector(selector)).getText();
    }

    private static void scrollTo(ChromeDriver driver, String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void awaitDemo() {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (outcomes.published(DemoReportTests.SLUG).isEmpty()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the demo report was not published within 90 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String site() {
        return "http://127.0.0.1:" + port;
    }
}
