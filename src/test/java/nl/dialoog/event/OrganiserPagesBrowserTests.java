package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every organiser page, for an event that ran yesterday ({@link DashboardSeed}: registrations, mails, a room session),
 * at 1280 and at 390 px: axe-core finds nothing and the page never scrolls sideways. All pages are visited and all
 * findings reported together; a screenshot of each is written for a person to look at. A new page is one line in
 * {@link #PAGES}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganiserPagesBrowserTests {

    /** The pages, {event}, {person} and {mail} standing for the seeded event's, a registration's and a mail's ids. */
    static final List<String> PAGES = List.of(
            "/organiser",
            "/organiser/events/new",
            "/organiser/events/{event}/dashboard",
            "/organiser/events/{event}",
            "/organiser/events/{event}/preview",
            "/organiser/events/{event}/registration",
            "/organiser/events/{event}/registrations",
            "/organiser/events/{event}/registrations/audit",
            "/organiser/events/{event}/registrations/{person}",
            "/organiser/events/{event}/mail-texts",
            "/organiser/events/{event}/reminders",
            "/organiser/events/{event}/broadcasts",
            "/organiser/events/{event}/mail",
            "/organiser/events/{event}/mail/{mail}",
            "/organiser/events/{event}/messages",
            "/organiser/events/{event}/attendance",
            "/organiser/events/{event}/room",
            "/organiser/events/{event}/replay",
            "/organiser/events/{event}/stage/quality",
            "/organiser/events/{event}/report",
            "/admin",
            "/admin/mail",
            "/admin/organisations/new");

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

    EventId event;
    long mail;
    long person;

    @BeforeEach
    void seedAnEventThatRan() {
        AccountView admin = accounts.findByEmail("admin@dialoog.test").orElseThrow();
        event = new DashboardSeed(catalog, registrationAdmin, jdbc)
                .session("Evaluation dialogue " + UUID.randomUUID().toString().substring(0, 6), admin);
        // a change of places, so that the trail has a "from … to …" sentence
        RegistrationOptions options = registrationAdmin.options(event, admin);
        registrationAdmin.saveOptions(event, new RegistrationOptions(300, options.opensAt(), options.closesAt(),
                options.requiresApproval(), options.inviteOnly(), options.verifyEmail(), options.privacyText(),
                options.privacyVersion(), options.questions()), admin);
        mail = jdbc.sql("SELECT MIN(id) FROM mail_outbox WHERE event_id = :event").param("event", event.value())
                .query(Long.class).single();
        person = jdbc.sql("SELECT MIN(id) FROM registration WHERE event_id = :event").param("event", event.value())
                .query(Long.class).single();
    }

    @Test
    void everyOrganiserPageReadsOnADesktopAndAPhone() {
        List<String> problems = new ArrayList<>();
        for (Browser.Visitor visitor : List.of(Browser.Visitor.DEFAULT, Browser.Visitor.PHONE)) {
            try (Browser browser = Browser.open(visitor)) {
                ChromeDriver driver = browser.driver();
                driver.get(site() + "/login");
                driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
                driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
                browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
                for (String page : PAGES) {
                    problems.addAll(check(browser, visitor, page.replace("{event}", String.valueOf(event.value()))
                            .replace("{mail}", String.valueOf(mail)).replace("{person}", String.valueOf(person))));
                }
                // labels in words: slow mode in minutes and seconds, not a count of seconds
                driver.get(site() + "/organiser/events/" + event.value() + "/room");
                assertThat((String) driver.executeScript(
                        "return document.querySelector('#setting-slow').textContent"))
                        .contains("One message every 30 seconds", "One message every minute",
                                "One message every 5 minutes").doesNotContain("300");
            }
        }
        assertThat(problems).as("organiser pages with findings").isEmpty();
    }

    @Test
    void myEventsTurnsItsPagesByKeyboard() {
        String email = EventDashboardPagesTests.organiserOfANewOrganisation(jdbc, "Paging Network", "paging-pw-1234");
        AccountView organiser = accounts.findByEmail(email).orElseThrow();
        java.time.LocalDateTime start = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(1).withNano(0);
        for (int day = 0; day < 26; day++) {
            catalog.create(new EventDetails("kb-" + UUID.randomUUID().toString().substring(0, 12), "en", List.of("en"),
                    java.time.ZoneOffset.UTC, start.plusDays(day), start.plusDays(day).plusHours(1),
                    new LocalizedText(java.util.Map.of("en", "Day " + (day + 1))), LocalizedText.EMPTY,
                    LocalizedText.EMPTY, LocalizedText.EMPTY), organiser);
        }
        try (Browser browser = Browser.open(Browser.Visitor.PHONE)) {
            ChromeDriver driver = browser.driver();
            driver.get(site() + "/login");
            driver.findElement(By.id("username")).sendKeys(email);
            driver.findElement(By.id("password")).sendKeys("paging-pw-1234");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            driver.get(site() + "/organiser");
            var next = driver.findElement(By.cssSelector("nav.pager a[rel=next]"));
            boolean reached = false;
            for (int i = 0; i < 200 && !reached; i++) {
                new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
                reached = next.equals(driver.switchTo().activeElement());
            }
            assertThat(reached).as("the next page link is reached with Tab").isTrue();
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/organiser?page=2"));
            assertThat(driver.findElements(By.cssSelector("li.my-event h2"))).extracting(e -> e.getText())
                    .containsExactly("Day 26");
            browser.screenshot("my-events-390-page-2");
            Accessibility.assertNoViolations(driver, "My events, page 2");
        }
    }

    List<String> check(Browser browser, Browser.Visitor visitor, String path) {
        ChromeDriver driver = browser.driver();
        String name = path + " at " + visitor.width() + " px";
        driver.get(site() + path);
        browser.screenshot("organiser-" + visitor.width() + path.replaceAll("[^a-z0-9]+", "-"));
        List<String> problems = new ArrayList<>();
        if (driver.findElements(By.cssSelector("main h1")).isEmpty() || driver.getTitle().matches("(?i).*(error|not found).*")) {
            problems.add(name + ": no page (" + driver.getTitle() + ")");
            return problems;
        }
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        if (innerWidth != visitor.width()) {
            problems.add(name + ": the viewport is " + innerWidth + " px (zoomed out to fit?)");
        }
        if (scrollWidth > innerWidth) {
            problems.add(name + ": scrolls sideways (" + scrollWidth + " > " + innerWidth + " px), widest: "
                    + driver.executeScript("""
                            return [...document.querySelectorAll('body *')]
                                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                                .slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')"""));
        }
        try {
            Accessibility.assertNoViolations(driver, name);
        } catch (AssertionError violations) {
            problems.add(violations.getMessage());
        }
        return problems;
    }

    String site() {
        return "http://127.0.0.1:" + port;
    }
}
