package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole participant flow against a real SMTP server (GreenMail) in a real Chromium: a visitor in Dakar
 * registers in French, gets a French confirmation with a valid invitation and times in their zone, changes the
 * language through the manage link and cancels; the person on the waiting list is promoted and told by mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=127.0.0.1",
        "management.health.mail.enabled=false",
        "dialoog.mail.from=dialoog@dialoog.test"})
// a context that sends mail must not outlive this class: its poll would take other tests' mail
@DirtiesContext
class RegistrationMailBrowserTests {

    static final int SMTP_PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    private static final Pattern MANAGE = Pattern.compile("https?://[^/\\s]+(/registrations/[A-Za-z0-9_-]{43})");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

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
    void aVisitorRegistersInFrenchGetsTheMailChangesLanguageAndCancelsAndTheNextInLineIsPromoted() throws Exception {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(1));
        String visitor = TestEvents.email();
        String waiting = TestEvents.email();
        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("fr-SN", "fr").timeZone("Africa/Dakar"))) {
            WebDriver driver = browser.driver();
            driver.get(url("/events/" + event.slug() + "/register"));
            Accessibility.assertNoViolations(driver, "registration form (fr)");
            driver.findElement(By.id("name")).sendKeys("Awa Diallo");
            driver.findElement(By.id("email")).sendKeys(visitor);
            driver.findElement(By.id("consent")).click();
            Thread.sleep(3_200); // the form's minimum fill time
            browser.clickAndWaitForNextPage(By.cssSelector("form.stack button[type=submit]"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Vous êtes inscrit");
            Accessibility.assertNoViolations(driver, "confirmation page (fr)");

            registrations.register(event, new NewRegistration("Kofi Boateng", waiting, "en", "Africa/Accra",
                    Map.of(), true, 0, null));

            MimeMessage confirmation = awaitMail(visitor, "Vous êtes inscrit");
            String text = text(confirmation);
            assertThat(text).contains("Bonjour Awa Diallo", "Africa/Dakar", "heure moyenne de Greenwich",
                    "Europe/Amsterdam", "/join/");
            ICalendar invitation = Biweekly.parse(calendar(confirmation)).first();
            assertThat(invitation.getMethod().getValue()).isEqualTo("REQUEST");
            assertThat(invitation.getEvents().getFirst().getDateStart().getValue().toInstant())
                    .isEqualTo(event.start());
            assertThat(invitation.getEvents().getFirst().getSummary().getValue()).isEqualTo("Rôles changeants");

            Matcher manage = MANAGE.matcher(text);
            assertThat(manage.find()).isTrue();
            driver.get(url(manage.group(1)));
            Accessibility.assertNoViolations(driver, "manage page (fr)");
            new Select(driver.findElement(By.id("language"))).selectByValue("nl");
            browser.clickAndWaitForNextPage(By.cssSelector("form.stack button[type=submit]"));
            assertThat(driver.getCurrentUrl()).endsWith("?saved");
            browser.clickAndWaitForNextPage(By.cssSelector("form[action$='/cancel'] button"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Votre inscription est annulée");
            Accessibility.assertNoViolations(driver, "cancelled page (fr)");
        }

        assertThat(text(awaitMail(visitor, "Geannuleerd"))).contains("Awa Diallo");
        MimeMessage promoted = awaitMail(waiting, "A place for you");
        assertThat(text(promoted)).contains("Kofi Boateng", "/join/", "Africa/Accra");
        assertThat(calendar(promoted)).contains("METHOD:REQUEST");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static MimeMessage awaitMail(String to, String subjectStart) throws Exception {
        for (int i = 0; i < 200; i++) {
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(to))
                        && message.getSubject().startsWith(subjectStart)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        throw new AssertionError("no mail \"" + subjectStart + "…\" to " + to + "; received: " + subjects);
    }

    /** The plain-text part. */
    private static String text(MimeMessage message) throws Exception {
        return find(message, "text/plain");
    }

    /** The .ics attachment. */
    private static String calendar(MimeMessage message) throws Exception {
        return find(message, "text/calendar");
    }

    private static String find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String string ? string
                    : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
