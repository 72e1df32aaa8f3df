package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
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

/** A French-speaking visitor in Dakar registers on a phone, then opens their manage page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationBrowserTests {

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

    @Autowired
    MailQueue mails;

    @Test
    void aVisitorRegistersInFrenchAndSeesTheConfirmation() throws Exception {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(10));
        admin.addQuestion(event.id(), QuestionKind.COUNTRY, true,
                new nl.dialoog.event.LocalizedText(java.util.Map.of("en", "Country", "fr", "Pays")),
                java.util.List.of(), accounts.firstAdmin().orElseThrow());
        String email = TestEvents.email();
        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("fr-SN", "fr").timeZone("Africa/Dakar"))) {
            WebDriver driver = browser.driver();
            driver.get("http://127.0.0.1:" + port + "/events/" + event.slug() + "/register");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Inscription");
            assertThat(new Select(driver.findElement(By.id("zone"))).getFirstSelectedOption().getDomAttribute("value"))
                    .isEqualTo("Africa/Dakar");
            Accessibility.assertNoViolations(driver, "registration form (fr, phone)");

            driver.findElement(By.id("name")).sendKeys("Awa Diallo");
            driver.findElement(By.id("email")).sendKeys(email);
            new Select(driver.findElement(By.cssSelector("select[name^=q]"))).selectByValue("SN");
            driver.findElement(By.id("consent")).click();
            Thread.sleep(3_200); // the form's minimum fill time: a person takes longer than a bot
            browser.clickAndWaitForNextPage(By.cssSelector("form.stack button[type=submit]"));

            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Vous êtes inscrit");
            browser.screenshot("registration-done-fr-phone");
            Accessibility.assertNoViolations(driver, "confirmation page (fr, phone)");

            browser.clickAndWaitForNextPage(By.cssSelector("a.button"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Votre inscription");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Awa Diallo", "Confirmée");
            Accessibility.assertNoViolations(driver, "manage page (fr, phone)");
        }
        RegistrationView saved = admin.registrations(event.id(), accounts.firstAdmin().orElseThrow()).getFirst();
        assertThat(saved.language()).isEqualTo("fr");
        assertThat(saved.zone().getId()).isEqualTo("Africa/Dakar");
        assertThat(mails.about("registration:" + saved.id().value()).getFirst().subject())
                .startsWith("Vous êtes inscrit");
    }
}
