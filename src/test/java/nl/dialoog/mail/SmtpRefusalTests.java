package nl.dialoog.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail the SMTP server refuses for good (5xx) fails at once, with the server's reply as the reason; one it refuses
 * for now (4xx) waits for another try. Sending is left to the test ({@link MailDispatcher#sendDue}).
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "management.health.mail.enabled=false",
        "dialoog.mail.from=dialoog@dialoog.test",
        "dialoog.mail.poll-interval=1h",
        "dialoog.mail.send-after-commit=false",
        "dialoog.mail.max-attempts=5",
        "dialoog.mail.batch-size=100000"})
@DirtiesContext
class SmtpRefusalTests {

    static final RefusingSmtp SMTP = new RefusingSmtp("550 5.1.1 <nobody@dialoog.test>: mailbox unavailable");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", SMTP::port);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MailQueue queue;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    TransactionTemplate transactions;

    @AfterAll
    static void stopServer() {
        SMTP.close();
    }

    @Test
    void failsAtOnceWithTheServersReplyWhenTheMailboxIsRefusedForGood() {
        SMTP.replyToRecipients("550 5.1.1 <nobody@dialoog.test>: mailbox unavailable");
        OutgoingMail mail = Mails.to(Mails.address(), null);
        MailId id = transactions.execute(status -> queue.enqueue(mail));

        dispatcher.sendDue();

        MailView failed = view(mail, id);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).startsWith("SMTP 550").contains("mailbox unavailable");
    }

    @Test
    void triesAgainLaterWhenTheServerRefusesForNow() {
        SMTP.replyToRecipients("451 4.3.0 please try again later");
        OutgoingMail mail = Mails.to(Mails.address(), null);
        MailId id = transactions.execute(status -> queue.enqueue(mail));

        dispatcher.sendDue();

        MailView waiting = view(mail, id);
        assertThat(waiting.status()).isEqualTo(MailStatus.RETRYING);
        assertThat(waiting.lastError()).contains("451");
    }

    private MailView view(OutgoingMail mail, MailId id) {
        return queue.about(mail.reference()).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
