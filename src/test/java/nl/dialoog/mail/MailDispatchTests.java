package nl.dialoog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server: sent after commit and only then, once, as a proper multipart mail; retried
 * with back-off while the server is down; taken over from a node that died mid-send; given up after the last try.
 * The clock stands still unless a test moves it, and the poll is left to the test ({@link MailDispatcher#sendDue}).
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "management.health.mail.enabled=false",
        "dialoog.mail.from=dialoog@dialoog.test",
        "dialoog.mail.from-name=Dialoog Test",
        "dialoog.mail.poll-interval=1h",
        "dialoog.mail.first-retry=30s",
        "dialoog.mail.max-retry=2m",
        "dialoog.mail.max-attempts=4",
        "dialoog.mail.sending-timeout=5m",
        // the database is shared with every other test class: take all that is due, not a first batch of theirs
        "dialoog.mail.batch-size=100000"})
// a context that sends mail must not outlive this class: its poll would take other tests' mail
@DirtiesContext
class MailDispatchTests {

    static final Smtp SMTP = new Smtp().start();

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
    MovableClock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void serverRunsAgain() {
        SMTP.ensureRunning();
    }

    @AfterAll
    static void stopServer() {
        SMTP.close();
    }

    MailView committed(OutgoingMail mail) {
        MailId id = transactions.execute(status -> queue.enqueue(mail));
        return view(mail.reference(), id);
    }

    MailView view(String reference, MailId id) {
        return queue.about(reference).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    MailView awaitStatus(OutgoingMail mail, MailId id, MailStatus status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> view(mail.reference(), id).status() == status);
        return view(mail.reference(), id);
    }

    Instant nextAttempt(MailId id) {
        return jdbc.sql("SELECT next_attempt_at FROM mail_outbox WHERE id = :id").param("id", id.value())
                .query(java.time.OffsetDateTime.class).single().toInstant();
    }

    @Test
    void sendsNothingWhenTheEnqueuingTransactionRollsBack() {
        String to = Mails.address();
        OutgoingMail mail = Mails.to(to, null);

        transactions.executeWithoutResult(status -> {
            queue.enqueue(mail);
            status.setRollbackOnly();
        });
        dispatcher.sendDue();

        assertThat(queue.about(mail.reference())).isEmpty();
        assertThat(SMTP.receivedBy(to)).isEmpty();
    }

    @Test
    void sendsACommittedMailOnceAsMultipartTextAndHtmlWithItsHeadersAndInvitation() throws Exception {
        String to = Mails.address();
        OutgoingMail mail = Mails.to(to, null);

        MailView queued = committed(mail);
        MailView sent = awaitStatus(mail, queued.id(), MailStatus.SENT);
        dispatcher.sendDue();

        List<MimeMessage> received = SMTP.receivedBy(to);
        assertThat(received).hasSize(1);
        MimeMessage message = received.getFirst();
        assertThat(message.getMessageID()).isEqualTo(sent.messageId()).endsWith("@dialoog.test>");
        assertThat(message.getSubject()).isEqualTo(mail.content().subject());
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("dialoog@dialoog.test");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Dialoog Test");
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("organisers@dialoog.test");
        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Ada Lovelace");
        Map<String, BodyPart> parts = leaves((Multipart) message.getContent());
        assertThat(parts).containsKeys("text/plain", "text/html", "text/calendar");
        assertThat((String) parts.get("text/plain").getContent()).isEqualTo(mail.content().text());
        assertThat((String) parts.get("text/html").getContent()).contains("Hello <b>Ada</b>");
        BodyPart invite = parts.get("text/calendar");
        assertThat(invite.getContentType()).contains("method=REQUEST").containsIgnoringCase("charset=UTF-8");
        assertThat(invite.getFileName()).isEqualTo("invite.ics");
        assertThat(BodyPart.ATTACHMENT).isEqualToIgnoringCase(invite.getDisposition());
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    void retriesWithExponentialBackOffWhileTheServerIsDownAndDeliversEachMailExactlyOnceWhenItIsBack() {
        SMTP.stop();
        List<String> recipients = List.of(Mails.address(), Mails.address(), Mails.address());
        List<OutgoingMail> mails = recipients.stream().map(to -> Mails.to(to, null)).toList();
        List<MailId> ids = mails.stream().map(mail -> transactions.execute(status -> queue.enqueue(mail))).toList();

        for (int i = 0; i < mails.size(); i++) {
            MailView first = awaitStatus(mails.get(i), ids.get(i), MailStatus.RETRYING);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.lastError()).isNotBlank();
            assertThat(nextAttempt(ids.get(i))).isEqualTo(clock.instant().plusSeconds(30));
        }
        dispatcher.sendDue();
        assertThat(ids).allSatisfy(id -> assertThat(nextAttempt(id)).isEqualTo(clock.instant().plusSeconds(30)));

        clock.advance(Duration.ofSeconds(30));
        dispatcher.sendDue();
        for (int i = 0; i < mails.size(); i++) {
            assertThat(view(mails.get(i).reference(), ids.get(i)).attempts()).isEqualTo(2);
            assertThat(nextAttempt(ids.get(i))).isEqualTo(clock.instant().plusSeconds(60));
        }

        SMTP.start();
        clock.advance(Duration.ofSeconds(60));
        dispatcher.sendDue();
        dispatcher.sendDue();

        for (int i = 0; i < mails.size(); i++) {
            MailView sent = view(mails.get(i).reference(), ids.get(i));
            assertThat(sent.status()).isEqualTo(MailStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(3);
            List<MimeMessage> received = SMTP.receivedBy(recipients.get(i));
            assertThat(received).hasSize(1);
            assertThat(messageIds(received)).containsExactly(sent.messageId());
        }
    }

    @Test
    void takesOverAMailWhoseNodeDiedWhileSendingItOnceTheSendingTimeoutHasPassed() {
        String to = Mails.address();
        OutgoingMail mail = Mails.to(to, null);
        MailId id = transactions.execute(status -> {
            MailId queued = queue.enqueue(mail);
            // what a node leaves behind when it dies after claiming the mail
            jdbc.sql("""
                            UPDATE mail_outbox SET status = 'SENDING', attempts = 1, claim_token = 'dead-node',
                                next_attempt_at = :abandoned WHERE id = :id""")
                    .param("abandoned", clock.instant().plus(Duration.ofMinutes(5)).atOffset(java.time.ZoneOffset.UTC))
                    .param("id", queued.value()).update();
            return queued;
        });

        dispatcher.sendDue();
        assertThat(view(mail.reference(), id).status()).isEqualTo(MailStatus.SENDING);
        assertThat(SMTP.receivedBy(to)).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        dispatcher.sendDue();

        // the after-commit attempt of the enqueue may run late and win the claim: either way it is sent once
        MailView sent = sentWithin(mail.reference(), id, Duration.ofSeconds(10));
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(messageIds(SMTP.receivedBy(to))).containsExactly(sent.messageId());
    }

    @Test
    void givesUpAfterTheLastAttemptAndNeverSendsAFailedMail() {
        SMTP.stop();
        String to = Mails.address();
        OutgoingMail mail = Mails.to(to, null);
        MailId id = transactions.execute(status -> queue.enqueue(mail));
        awaitStatus(mail, id, MailStatus.RETRYING);

        for (int attempt = 2; attempt <= 4; attempt++) {
            clock.advance(Duration.ofMinutes(2));
            dispatcher.sendDue();
            assertThat(view(mail.reference(), id).attempts()).isEqualTo(attempt);
        }

        MailView failed = view(mail.reference(), id);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.lastError()).isNotBlank();
        SMTP.start();
        clock.advance(Duration.ofHours(1));
        dispatcher.sendDue();
        assertThat(view(mail.reference(), id).status()).isEqualTo(MailStatus.FAILED);
        assertThat(SMTP.receivedBy(to)).isEmpty();
    }

    /** The leaves of a MIME tree by content type (without parameters). */
    static Map<String, BodyPart> leaves(Multipart multipart) throws Exception {
        java.util.Map<String, BodyPart> found = new java.util.LinkedHashMap<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                found.putAll(leaves(nested));
            } else {
                found.put(part.getContentType().split(";")[0].strip().toLowerCase(), part);
            }
        }
        return found;
    }

    static List<String> messageIds(List<MimeMessage> messages) {
        return messages.stream().map(message -> {
            try {
                return message.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
    }

    private MailView sentWithin(String reference, MailId id, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        MailView mail = view(reference, id);
        while (mail.status() != MailStatus.SENT && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            mail = view(reference, id);
        }
        return mail;
    }
}
