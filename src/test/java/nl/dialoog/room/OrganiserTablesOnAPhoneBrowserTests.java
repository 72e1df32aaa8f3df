package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.Registrations;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organiser's tables on a 390 px phone: each table scrolls inside its own box, the page itself never sideways;
 * the links above the registrations list carry no list bullets. Screenshots are written for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganiserTablesOnAPhoneBrowserTests {

    private static final long PHONE_WIDTH = 390;

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Registrations registrations;

    @Test
    void noOrganiserTableMakesThePageScrollSidewaysOnAPhone() {
        EventView event = fixture.openEvent();
        // long words without a break opportunity, as real data has (addresses, names in scripts without spaces)
        RoomDoor door = fixture.attendee(event, "Wanjirukamauodhiambonyambura Kamau");
        registrations.register(event, new NewRegistration("Oumar Sy", "oumar.sy.reseausenegalaisdevaluation"
                + java.util.UUID.randomUUID().toString().replace("-", "") + "@evaluationnetwork.test", "fr",
                "Africa/Dakar", java.util.Map.of(), true, 0, null));
        try (RoomClient client = RoomClient.connect(port, door.pass(), 0)) {
            client.awaitKind("snapshot");
        }
        String site = "http://127.0.0.1:" + port;
        String organiser = site + "/organiser/events/" + event.id().value();

        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriver driver = browser.driver();
            driver.get(site + "/login");
            driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
            driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            for (String page : List.of("registrations", "registrations/audit", "mail", "attendance")) {
                driver.get(organiser + "/" + page);
                assertThat(driver.findElements(By.cssSelector("main table"))).as(page).isNotEmpty();
                long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                long innerWidth = (Long) driver.executeScript("return window.innerWidth");
                browser.screenshot("organiser-phone-" + page.replace('/', '-'));
                // a phone zooms out to fit a page that is too wide, which widens innerWidth with it: hold both
                assertThat(innerWidth).as("viewport of %s (zoomed out?)", page).isEqualTo(PHONE_WIDTH);
                assertThat(scrollWidth).as("page width of %s", page).isLessThanOrEqualTo(innerWidth);
                Accessibility.assertNoViolations(driver, page + " on a phone");
            }

            driver.get(organiser + "/registrations");
            assertThat(driver.executeScript("return getComputedStyle(document.querySelector('main ul.actions li'))"
                    + ".listStyleType")).isEqualTo("none");
        }
    }
}
