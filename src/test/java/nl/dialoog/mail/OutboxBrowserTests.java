package nl.dialoog.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** An organiser reads an event's outbox and one mail in a real Chromium; both pages pass axe-core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MailQueue queue;

    @Autowired
    MailRenderer renderer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Accounts accounts;

    @Autowired
    EventCatalog catalog;

    @Test
    void anOrganiserReadsTheOutboxAndAMailAsItsRecipientSeesIt() {
        AccountView admin = accounts.findByEmail("admin@dialoog.test").orElseThrow();
        EventId event = new Organisers(null, accounts, catalog).event(admin);
        MailContent content = renderer.render("mail/test", Locale.of("fr"), Map.of("from", "Dialoog"));
        String to = Mails.address();
        MailId id = transactions.execute(status -> queue.enqueue(new OutgoingMail(to, "Ada", null, content, "fr",
                List.of(new Attachment("invitation.ics", Mails.INVITE, new byte[] {'x'})), "browser:" + to,
                event.value())));

        try (Browser browser = Browser.open(Browser.Visitor.DEFAULT.language("en"))) {
            WebDriver driver = browser.driver();
            driver.get("http://127.0.0.1:" + port + "/login");
            driver.findElement(By.id("username")).sendKeys("admin@dialoog.test");
            driver.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

            driver.get("http://127.0.0.1:" + port + "/organiser/events/" + event.value() + "/mail");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains(to, "No mail server");
            Accessibility.assertNoViolations(driver, "event outbox");
            browser.screenshot("mail-outbox");

            browser.clickAndWaitForNextPage(By.linkText(content.subject()));
            assertThat(driver.getCurrentUrl()).endsWith("/mail/" + id.value());
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("invitation.ics", to);
            Accessibility.assertNoViolations(driver, "mail in the outbox");
            browser.screenshot("mail-view");

            driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("L’envoi fonctionne");
            driver.switchTo().defaultContent();
        }
    }
}
