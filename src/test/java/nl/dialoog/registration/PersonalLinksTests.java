package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.capacity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import nl.dialoog.registration.broadcast.BroadcastJob;
import nl.dialoog.registration.broadcast.Broadcasts;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One manage link and one join link per registration: every mail carries the same two; new ones come only when the
 * person asks, and then the old ones stop working. A mail that shows no link issues none.
 */
@SpringBootTest
class PersonalLinksTests {

    private static final Pattern MANAGE = Pattern.compile("/registrations/([A-Za-z0-9_-]{43})");
    private static final Pattern JOIN = Pattern.compile("/join/([A-Za-z0-9_-]{43})");

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Registrations registrations;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    BroadcastJob job;

    @Autowired
    MailQueue mails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoMailsToOnePersonCarryTheSameManageAndJoinLink() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(10));
        String email = TestEvents.email();
        RegistrationOutcome outcome = registrations.register(event, TestEvents.person(email, 0));
        registrations.register(event, TestEvents.person(email, 0)); // registering again mails the links again

        List<MailView> sent = mails.about("registration:" + outcome.id().value());
        assertThat(sent).hasSize(2);
        assertThat(link(MANAGE, sent.get(1))).isEqualTo(link(MANAGE, sent.get(0))).isEqualTo(outcome.manageToken());
        assertThat(link(JOIN, sent.get(1))).isEqualTo(link(JOIN, sent.get(0)));
        assertThat(tokens(outcome.id())).isEqualTo(2);
    }

    @Test
    void afterAskingForNewLinksTheOldOnesFailAndTheNewOnesWork() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(10));
        RegistrationOutcome outcome = registrations.register(event, TestEvents.person(TestEvents.email(), 0));
        MailView confirmation = mails.about("registration:" + outcome.id().value()).getFirst();
        String oldManage = link(MANAGE, confirmation);
        String oldJoin = link(JOIN, confirmation);

        String newManage = registrations.renewLinks(oldManage);

        MailView renewed = mails.about("registration:" + outcome.id().value()).getLast();
        assertThat(link(MANAGE, renewed)).isEqualTo(newManage).isNotEqualTo(oldManage);
        String newJoin = link(JOIN, renewed);
        assertThat(newJoin).isNotEqualTo(oldJoin);
        assertThatThrownBy(() -> registrations.byManageToken(oldManage)).isInstanceOf(RegistrationNotFound.class);
        assertThatThrownBy(() -> registrations.byJoinToken(oldJoin)).isInstanceOf(RegistrationNotFound.class);
        assertThat(registrations.byManageToken(newManage).id()).isEqualTo(outcome.id());
        assertThat(registrations.byJoinToken(newJoin).id()).isEqualTo(outcome.id());
        assertThat(tokens(outcome.id())).isEqualTo(2);
    }

    @Test
    void aMailThatShowsNoLinkIssuesNone() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(10));
        RegistrationOutcome outcome = registrations.register(event, TestEvents.person(TestEvents.email(), 0));
        jdbc.sql("DELETE FROM registration_token WHERE registration_id = :id").param("id", outcome.id().value())
                .update();

        long broadcast = broadcasts.sendResults(event.id(), "https://example.org/results",
                accounts.firstAdmin().orElseThrow());
        while (job.work() > 0) {
            // the job sends in batches
        }

        assertThat(mails.about("broadcast:" + broadcast)).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("https://example.org/results"));
        assertThat(tokens(outcome.id())).isZero();
    }

    private int tokens(RegistrationId registration) {
        return jdbc.sql("SELECT COUNT(*) FROM registration_token WHERE registration_id = :id")
                .param("id", registration.value()).query(Integer.class).single();
    }

    private static String link(Pattern pattern, MailView mail) {
        Matcher matcher = pattern.matcher(mail.text());
        assertThat(matcher.find()).as("link in " + mail.text()).isTrue();
        return matcher.group(1);
    }
}
