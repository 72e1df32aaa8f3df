package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An organiser filters the registrations list; a participant reaches the erase confirmation; all pass axe-core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganiserToolsBrowserTests {

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

    @Test
    void anOrganiserFiltersTheListAndAParticipantFindsTheirDataAndErasure() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(1));
        Tools tools = Tools.withQuestions(event, admin, registrations, accounts.firstAdmin().orElseThrow());
        RegistrationOutcome kenya = registrations.register(event,
                tools.person("Wanjiru Kamau", TestEvents.email(), "en", "KE", "ngo", "Kenya Evaluation Network"));
        registrations.register(event, tools.person("Oumar Sy", TestEvents.email(), "fr", "SN", "government", "M"));
        String site = "http://127.0.0.1:" + port;

        try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            WebDriver driver = browser.driver();
            driver.get(site + "/login");
            driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
            driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            driver.get(site + "/organiser/events/" + event.id().value() + "/registrations");
            new Select(driver.findElement(By.id("a" + tools.country()))).selectByValue("SN");
            browser.clickAndWaitForNextPage(By.cssSelector("form.filters button[type=submit]"));
            assertThat(driver.getCurrentUrl()).contains("a" + tools.country() + "=SN");
            String main = driver.findElement(By.tagName("main")).getText();
            assertThat(main).contains("Oumar Sy", "1 of 2 registrations match").doesNotContain("Wanjiru Kamau");
            Accessibility.assertNoViolations(driver, "organiser registrations list");
            browser.screenshot("registration-list-filtered");

            driver.get(site + "/organiser/events/" + event.id().value() + "/registrations/audit");
            Accessibility.assertNoViolations(driver, "registrations audit trail");
        }
        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            WebDriver driver = browser.driver();
            driver.get(site + "/registrations/" + kenya.manageToken());
            Accessibility.assertNoViolations(driver, "manage page with privacy section");
            browser.clickAndWaitForNextPage(By.linkText("Erase my registration"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Erase your registration?");
            Accessibility.assertNoViolations(driver, "erase confirmation");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your registration is erased");
            Accessibility.assertNoViolations(driver, "erased");
        }
        assertThat(registrations.find(kenya.id())).isEmpty();
    }
}
