package nl.dialoog.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The mail module at its API, booted with only the shared kernel, against a real SMTP server
 * (GreenMail): a mail queued in a committed transaction reaches the server, and a forgotten one never does.
 */
// the module graph itself is verified (production code only) by ModularityTests
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "management.health.mail.enabled=false",
        "dialoog.mail.from=dialoog@dialoog.test",
        // sending right after the commit is what is tested; the poll stays out of the way
        "dialoog.mail.poll-interval=1h"})
// a context that sends mail must not outlive this class: its poll would take other tests' mail
@DirtiesContext
class MailModuleTests {

    static final Smtp SMTP = new Smtp().start();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void stopServer() {
        SMTP.close();
    }

    @Autowired
    MailQueue queue;

    @Test
    void sendsAMailOnceTheTransactionThatQueuedItCommits(Scenario scenario) {
        String to = Mails.address();
        OutgoingMail mail = Mails.to(to, null);

        // the mail is marked sent just after the server took it: wait for the mark, then look at the server
        scenario.stimulate(transactions -> transactions.execute(status -> queue.enqueue(mail)))
                .andWaitForStateChange(() -> queue.about(mail.reference()),
                        views -> views.size() == 1 && views.getFirst().status() == MailStatus.SENT)
                .andVerify(views -> assertThat(SMTP.receivedBy(to)).hasSize(1));
    }

    @Test
    void keepsOnlyTheSubjectOfASentMailWhenItsPersonIsForgotten(Scenario scenario) {
        String to = Mails.address();
        OutgoingMail mail = Mails.to(to, null);
        scenario.stimulate(transactions -> transactions.execute(status -> queue.enqueue(mail)))
                .andWaitForStateChange(() -> SMTP.receivedBy(to), received -> !received.isEmpty());

        scenario.stimulate(transactions -> transactions.execute(status -> queue.forget(mail.reference())))
                .andWaitForStateChange(() -> queue.about(mail.reference()).getFirst().to(), String::isEmpty)
                .andVerify(recipient -> assertThat(queue.about(mail.reference())).singleElement().satisfies(view -> {
                    assertThat(view.status()).isEqualTo(MailStatus.SENT);
                    assertThat(view.subject()).isEqualTo(mail.content().subject());
                    assertThat(view.text()).isEmpty();
                }));
    }
}
