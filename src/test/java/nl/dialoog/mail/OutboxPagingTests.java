package nl.dialoog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox lists page through any number of mails, 200 at a time, newest first, optionally of one status. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxPagingTests {

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

    AccountView organiser;
    EventId event;
    List<OutgoingMail> mails;

    /** 205 mails of one event, oldest first; the three oldest failed. */
    @BeforeEach
    void anEventWith205Mails() {
        Organisers organisers = new Organisers(jdbc, accounts, catalog);
        organiser = organisers.organiser();
        event = organisers.event(organiser);
        mails = new ArrayList<>();
        List<MailId> ids = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 205; i++) {
                OutgoingMail mail = Mails.to(Mails.address(), event.value());
                mails.add(mail);
                ids.add(queue.enqueue(mail));
            }
        });
        for (MailId failed : ids.subList(0, 3)) {
            jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', last_error = 'SMTP 550 mailbox unavailable' "
                    + "WHERE id = :id").param("id", failed.value()).update();
        }
    }

    String base() {
        return "/organiser/events/" + event.value() + "/mail";
    }

    @Test
    void showsTheNewest200AndLinksToTheOlderOnes() {
        assertThat(mvc.get().uri(base()).with(user(organiser.email()).roles("ORGANISER"))).hasStatusOk().bodyText()
                .contains("205 mails, newest first — page 1 of 2", mails.getLast().content().subject(),
                        mails.get(5).content().subject(), "Older mails", base() + "?page=2")
                .doesNotContain(mails.get(4).content().subject(), "Newer mails");
    }

    @Test
    void showsTheOldestMailsOnTheSecondPage() {
        assertThat(mvc.get().uri(base() + "?page=2").with(user(organiser.email()).roles("ORGANISER")))
                .hasStatusOk().bodyText()
                .contains("page 2 of 2", mails.getFirst().content().subject(), mails.get(4).content().subject(),
                        "Newer mails", base() + "?page=1")
                .doesNotContain(mails.get(5).content().subject(), "Older mails");
    }

    @Test
    void filtersByStatusAndKeepsTheFilterInTheLinks() {
        assertThat(mvc.get().uri(base() + "?status=FAILED").with(user(organiser.email()).roles("ORGANISER")))
                .hasStatusOk().bodyText()
                .contains("3 mails, newest first — page 1 of 1", mails.get(0).content().subject(),
                        mails.get(2).content().subject(), "<option value=\"FAILED\" selected=\"selected\">")
                .doesNotContain(mails.get(3).content().subject());
    }

    @Test
    void takesNonsenseParametersAsTheFirstPageOfAllMail() {
        assertThat(mvc.get().uri(base() + "?page=abc&status=<script>").with(user(organiser.email()).roles("ORGANISER")))
                .hasStatusOk().bodyText().contains("205 mails, newest first — page 1 of 2");
        assertThat(mvc.get().uri(base() + "?page=99").with(user(organiser.email()).roles("ORGANISER")))
                .hasStatusOk().bodyText().contains("page 2 of 2");
    }

    @Test
    void filtersTheAdministratorsOutboxByStatusToo() {
        assertThat(mvc.get().uri("/admin/mail?status=FAILED").with(user("admin@dialoog.test").roles("ADMIN")))
                .hasStatusOk().bodyText().contains(mails.get(0).content().subject(), "Failed")
                .doesNotContain(mails.get(3).content().subject());
    }
}
