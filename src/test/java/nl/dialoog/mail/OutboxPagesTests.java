package nl.dialoog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox pages on the embedded default (no SMTP server): organisers see their events' mail, nobody else's. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MailQueue queue;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Audit audit;

    AccountView organiser;
    EventId event;
    OutgoingMail mail;
    MailId id;

    @BeforeEach
    void anEventWithAMail() {
        Organisers organisers = new Organisers(jdbc, accounts, catalog);
        organiser = organisers.organiser();
        event = organisers.event(organiser);
        mail = Mails.to(Mails.address(), event.value());
        id = transactions.execute(status -> queue.enqueue(mail));
    }

    static RequestPostProcessor as(AccountView account) {
        return user(account.email()).roles("ORGANISER");
    }

    String base() {
        return "/organiser/events/" + event.value() + "/mail";
    }

    @Test
    void listsTheEventsMailAndSaysThatWithoutAMailServerNothingIsSent() {
        assertThat(mvc.get().uri(base()).with(as(organiser))).hasStatusOk().bodyText()
                .contains(mail.content().subject(), mail.to(), "Queued", "Changing roles",
                        "No mail server is configured", "Central European Standard Time");
    }

    @Test
    void showsAMailAsItsRecipientSeesItWithTheHtmlInASandboxedFrame() {
        assertThat(mvc.get().uri(base() + "/" + id.value()).with(as(organiser))).hasStatusOk().bodyText()
                .contains(mail.content().subject(), "Ada Lovelace &lt;" + mail.to() + "&gt;",
                        "organisers@dialoog.test", "invite.ics", "text/calendar; method=REQUEST",
                        mail.content().text(), "sandbox=\"\"", base() + "/" + id.value() + "/body");

        MvcTestResult body = mvc.get().uri(base() + "/" + id.value() + "/body").with(as(organiser)).exchange();
        assertThat(body).hasStatusOk().bodyText().isEqualTo(mail.content().html());
        assertThat(body.getResponse().getHeader("Content-Security-Policy")).contains("sandbox", "default-src 'none'");
    }

    @Test
    void resendsAFreshCopyWithItsOwnMessageIdAndAuditsIt() {
        MvcTestResult result = mvc.post().uri(base() + "/" + id.value() + "/resend").with(as(organiser))
                .with(csrf()).exchange();

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().matches(base() + "/\\d+\\?resent");
        List<MailView> mails = queue.about(mail.reference());
        assertThat(mails).hasSize(2);
        MailView copy = mails.get(1);
        assertThat(copy.messageId()).isNotEqualTo(mails.get(0).messageId());
        assertThat(copy.to()).isEqualTo(mail.to());
        assertThat(copy.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(mvc.get().uri(base() + "/" + copy.id().value() + "?resent").with(as(organiser))).hasStatusOk()
                .bodyText().contains("A new copy of this mail has been queued.", "invite.ics");
        assertThat(audit.forSubject("mail:" + copy.id().value()))
                .anyMatch(entry -> entry.action().equals("mail.resent") && entry.actor().equals(organiser.email()));
    }

    @Test
    void refusesAResendWithoutItsCsrfToken() {
        assertThat(mvc.post().uri(base() + "/" + id.value() + "/resend").with(as(organiser))).hasStatus(403);
        assertThat(queue.about(mail.reference())).hasSize(1);
    }

    @Test
    void hidesAnotherOrganisationsEventAndItsMail() {
        AccountView stranger = new Organisers(jdbc, accounts, catalog).organiser();

        assertThat(mvc.get().uri(base()).with(as(stranger))).hasStatus(404);
        assertThat(mvc.get().uri(base() + "/" + id.value()).with(as(stranger))).hasStatus(404);
        assertThat(mvc.get().uri(base() + "/" + id.value() + "/body").with(as(stranger))).hasStatus(404);
        assertThat(mvc.post().uri(base() + "/" + id.value() + "/resend").with(as(stranger)).with(csrf()))
                .hasStatus(404);
        assertThat(queue.about(mail.reference())).hasSize(1);
    }

    @Test
    void hidesMailOfAnotherEventUnderThisEventsAddress() {
        EventId other = new Organisers(jdbc, accounts, catalog).event(organiser);

        assertThat(mvc.get().uri("/organiser/events/" + other.value() + "/mail/" + id.value()).with(as(organiser)))
                .hasStatus(404);
    }

    @Test
    void answersMalformedIdsWithBadRequest() {
        assertThat(mvc.get().uri("/organiser/events/abc/mail").with(as(organiser))).hasStatus(400);
        assertThat(mvc.get().uri(base() + "/xyz").with(as(organiser))).hasStatus(400);
        assertThat(mvc.post().uri(base() + "/1e3/resend").with(as(organiser)).with(csrf())).hasStatus(400);
    }

    @Test
    void showsAdministratorsAllMailButNotOrganisers() {
        RequestPostProcessor admin = user("admin@dialoog.test").roles("ADMIN");

        assertThat(mvc.get().uri("/admin/mail").with(admin)).hasStatusOk().bodyText()
                .contains(mail.content().subject(), "Coordinated Universal Time", "Send a test mail to me");
        assertThat(mvc.get().uri("/admin/mail/" + id.value()).with(admin)).hasStatusOk().bodyText()
                .contains(mail.content().text());
        assertThat(mvc.get().uri("/admin/mail").with(as(organiser))).hasStatus(403);
    }

    @Test
    void queuesATestMailInTheSharedLayoutForTheAdministrator() {
        MvcTestResult result = mvc.post().uri("/admin/mail/test").with(user("admin@dialoog.test").roles("ADMIN"))
                .with(csrf()).header("Accept-Language", "nl").exchange();

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().matches("/admin/mail/\\d+\\?queued");
        MailView test = queue.about("mail-test").getLast();
        assertThat(test.to()).isEqualTo("admin@dialoog.test");
        assertThat(test.subject()).isEqualTo("Testmail van Dialoog");
        assertThat(test.html()).contains("<html lang=\"nl\" dir=\"ltr\">", "Mail werkt", "max-width:600px");
        assertThat(test.text()).contains("Mail werkt", "Verstuurd door Dialoog").doesNotContain("<html", "<p");
    }
}
