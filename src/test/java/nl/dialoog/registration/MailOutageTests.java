package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailStatus;
import nl.dialoog.mail.MailView;
import nl.dialoog.mail.Smtp;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 3: registrations that come in while the SMTP server is down are confirmed by mail once it is back, each
 * exactly once. Retries come every few hundred milliseconds here, so the outage and the recovery take seconds.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "management.health.mail.enabled=false",
        "dialoog.mail.from=dialoog@dialoog.test",
        "dialoog.mail.poll-interval=100ms",
        "dialoog.mail.first-retry=100ms",
        "dialoog.mail.max-retry=300ms",
        // the outage must not use up a mail's attempts: it is given up only after far longer than this test runs
        "dialoog.mail.max-attempts=100000",
        // the database is shared with every other test class: take all that is due, not a first batch of theirs
        "dialoog.mail.batch-size=100000"})
// a context that sends mail must not outlive this class: its poll would take other tests' mail
@DirtiesContext
class MailOutageTests {

    private static final int PEOPLE = 20;

    /** Reserved port, not started: the mail server is down when the registrations come in. */
    static final Smtp SMTP = new Smtp();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void stopServer() {
        SMTP.close();
    }

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    MailQueue outbox;

    @Test
    void confirmsEveryRegistrationExactlyOnceWhenTheMailServerComesBackAfterAnOutage() throws Exception {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(PEOPLE));
        List<String> people = IntStream.range(0, PEOPLE).mapToObj(i -> TestEvents.email()).toList();

        List<RegistrationOutcome> outcomes = registerAtOnce(event, people);
        assertThat(outcomes).extracting(RegistrationOutcome::kind).containsOnly(RegistrationOutcome.Kind.CONFIRMED);
        // every confirmation has met the dead server, and been retried, without being given up
        await().atMost(Duration.ofSeconds(20))
                .until(() -> confirmations(outcomes).stream().allMatch(mail -> mail.attempts() >= 2));
        assertThat(confirmations(outcomes)).extracting(MailView::status).doesNotContain(MailStatus.SENT,
                MailStatus.FAILED);
        assertThat(people).allSatisfy(person -> assertThat(SMTP.receivedBy(person)).isEmpty());

        SMTP.start();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> confirmations(outcomes).stream().allMatch(mail -> mail.status() == MailStatus.SENT));
        // a few more polls and retry rounds must not send anything twice
        Thread.sleep(1_000);
        List<MailView> sent = confirmations(outcomes);
        assertThat(sent).hasSize(PEOPLE).allSatisfy(mail -> assertThat(mail.status()).isEqualTo(MailStatus.SENT));
        for (int i = 0; i < PEOPLE; i++) {
            MailView mail = sent.get(i);
            assertThat(mail.to()).isEqualTo(people.get(i));
            List<MimeMessage> received = SMTP.receivedBy(people.get(i));
            assertThat(received).as("mail to %s", people.get(i)).hasSize(1);
            assertThat(messageId(received.getFirst())).isEqualTo(mail.messageId());
            assertThat(received.getFirst().getSubject()).contains("You are registered", "Changing roles");
        }
    }

    /** Registers everybody from several threads at once, as a busy registration form would. */
    private List<RegistrationOutcome> registerAtOnce(EventView event, List<String> people) throws Exception {
        try (ExecutorService visitors = Executors.newFixedThreadPool(5)) {
            List<Future<RegistrationOutcome>> registered = people.stream()
                    .map(email -> visitors.submit(() -> registrations.register(event, TestEvents.person(email, 0))))
                    .toList();
            List<RegistrationOutcome> outcomes = new java.util.ArrayList<>();
            for (Future<RegistrationOutcome> outcome : registered) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        }
    }

    /** The outbox rows of the registrations' mails, in the order of the registrations; each has exactly one. */
    private List<MailView> confirmations(List<RegistrationOutcome> outcomes) {
        return outcomes.stream().map(outcome -> {
            List<MailView> mails = outbox.about("registration:" + outcome.id().value());
            assertThat(mails).hasSize(1);
            return mails.getFirst();
        }).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
