package nl.dialoog.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox over SMTP: each mail right after the transaction that queued it commits, and everything due in a
 * regular poll (mail queued just before a crash, retries, mail abandoned by a node that died mid-send). Without an
 * SMTP server ({@code spring.mail.host} unset, so no {@link JavaMailSender}) or with {@code dialoog.mail.enabled}
 * off, it does nothing and mail stays in the outbox.
 */
@Component
class MailDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxStore store;
    private final MimeMails mimes;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final Clock clock;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("mail-", 0).factory());
    private final Semaphore connections;

    MailDispatcher(OutboxStore store, MimeMails mimes, ObjectProvider<JavaMailSender> senders, MailSettings settings,
                   Clock clock) {
        this.store = store;
        this.mimes = mimes;
        this.senders = senders;
        this.settings = settings;
        this.clock = clock;
        this.connections = new Semaphore(settings.concurrentSends());
    }

    /** Whether mail leaves the outbox at all; the outbox pages say so when it does not. */
    boolean sending() {
        return settings.enabled() && senders.getIfAvailable() != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void describe() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("No mail server configured (spring.mail.host): mail is kept in the outbox, see /admin/mail");
        } else if (!settings.enabled()) {
            log.info("Sending mail is switched off (dialoog.mail.enabled=false): mail is kept in the outbox");
        } else if (sender instanceof JavaMailSenderImpl impl) {
            // Jakarta Mail waits forever by default; a hanging server must not hold a sending slot for ever.
            Properties properties = impl.getJavaMailProperties();
            properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
            properties.putIfAbsent("mail.smtp.timeout", "30000");
            properties.putIfAbsent("mail.smtp.writetimeout", "30000");
            log.info("Sending mail through {}:{} as {}", impl.getHost(), impl.getPort(), settings.from());
        }
    }

    /** Called after the transaction that queued the mail committed: try it at once, off the caller's thread. */
    void committed(long id) {
        if (!settings.sendAfterCommit() || !sending()) {
            return;
        }
        try {
            workers.execute(() -> safely(id));
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Mail {} waits for the next start: shutting down", id);
        }
    }

    @Scheduled(fixedDelayString = "${dialoog.mail.poll-interval:5s}",
            initialDelayString = "${dialoog.mail.poll-interval:5s}")
    void poll() {
        sendDue();
    }

    /** Tries every mail that is due now, at most one batch; returns how many were looked at. */
    int sendDue() {
        if (!sending()) {
            return 0;
        }
        List<Long> due = store.due(clock.instant(), settings.batchSize());
        List<Future<?>> running = new ArrayList<>(due.size());
        try {
            for (long id : due) {
                running.add(workers.submit(() -> safely(id)));
            }
            for (Future<?> attempt : running) {
                attempt.get();
            }
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Poll stopped: shutting down");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException unexpected) {
            log.warn("Mail poll failed", unexpected.getCause());
        }
        return due.size();
    }

    private void safely(long id) {
        try {
            attempt(id);
        } catch (RuntimeException unexpected) {
            // e.g. the database is gone while shutting down: the mail stays due and the poll tries again
            log.warn("Mail {} could not be dispatched now: {}", id, describe(unexpected));
        }
    }

    private void attempt(long id) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || !settings.enabled()) {
            return;
        }
        connections.acquireUninterruptibly();
        try {
            String token = UUID.randomUUID().toString();
            Instant now = clock.instant();
            if (!store.claim(id, token, now, now.plus(settings.sendingTimeout()))) {
                return;
            }
            OutboxEntry entry = store.find(id).orElseThrow();
            try {
                sender.send(mimes.message(sender, entry));
            } catch (MailParseException | MailPreparationException | MessagingException unsendable) {
                // a malformed address or content will not get better by waiting
                giveUp(entry, token, unsendable);
                return;
            } catch (RuntimeException failed) {
                String refusal = SmtpReplies.permanentRefusal(failed);
                if (refusal != null) {
                    // the server said no for good (5xx, e.g. 550 mailbox unavailable): asking again changes nothing
                    giveUp(entry, token, "SMTP " + refusal);
                } else {
                    retryLater(entry, token, failed);
                }
                return;
            }
            store.sent(id, token, clock.instant());
        } finally {
            connections.release();
        }
    }

    private void retryLater(OutboxEntry entry, String token, Exception failure) {
        int attempt = entry.mail().attempts();
        if (attempt >= settings.maxAttempts()) {
            giveUp(entry, token, failure);
            return;
        }
        Instant next = clock.instant().plus(settings.backoff(attempt));
        store.attemptFailed(entry.mail().id().value(), token, MailStatus.RETRYING, next, describe(failure));
        log.warn("Mail {} to the SMTP server failed (attempt {} of {}), next try at {}: {}", entry.mail().id().value(),
                attempt, settings.maxAttempts(), next, describe(failure));
    }

    private void giveUp(OutboxEntry entry, String token, Exception failure) {
        giveUp(entry, token, describe(failure));
    }

    private void giveUp(OutboxEntry entry, String token, String reason) {
        store.attemptFailed(entry.mail().id().value(), token, MailStatus.FAILED, clock.instant(), reason);
        log.error("Mail {} failed for good after {} attempt(s): {}", entry.mail().id().value(),
                entry.mail().attempts(), reason);
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 1000; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().strip());
            }
        }
        return text.toString();
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        // a mail cut off here stays SENDING and is tried again after dialoog.mail.sending-timeout
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
