package nl.dialoog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.dialoog.DialoogApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing acknowledged is lost: the application stops between the commit that queued a mail and its sending, and
 * the next start (same database, its regular poll) still sends it, once.
 */
class MailRestartTests {

    static ConfigurableApplicationContext start(Smtp smtp, String pollInterval) {
        List<String> args = List.of("--server.port=0", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.port(), "--management.health.mail.enabled=false",
                // no immediate send: the first application "crashes" before it gets to it
                "--dialoog.mail.send-after-commit=false", "--dialoog.mail.poll-interval=" + pollInterval);
        return new SpringApplicationBuilder(DialoogApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void sendsAMailQueuedJustBeforeTheApplicationStoppedAfterTheNextStart() {
        try (Smtp smtp = new Smtp().start()) {
            String to = Mails.address();
            OutgoingMail mail = Mails.to(to, null);
            MailId id;
            try (ConfigurableApplicationContext first = start(smtp, "1h")) {
                MailQueue queue = first.getBean(MailQueue.class);
                id = new TransactionTemplate(first.getBean(PlatformTransactionManager.class))
                        .execute(status -> queue.enqueue(mail));
            }
            assertThat(smtp.receivedBy(to)).isEmpty();

            try (ConfigurableApplicationContext second = start(smtp, "200ms")) {
                MailQueue queue = second.getBean(MailQueue.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> status(queue, mail, id) == MailStatus.SENT);
                MailView sent = queue.about(mail.reference()).getFirst();
                assertThat(Stream.of(smtp.receivedBy(to)).flatMap(List::stream).toList()).hasSize(1);
                assertThat(MailDispatchTests.messageIds(smtp.receivedBy(to))).containsExactly(sent.messageId());
            }
        }
    }

    static MailStatus status(MailQueue queue, OutgoingMail mail, MailId id) {
        return queue.about(mail.reference()).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow()
                .status();
    }
}
