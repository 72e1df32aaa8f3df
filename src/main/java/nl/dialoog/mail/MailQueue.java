package nl.dialoog.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mail module's API. {@link #enqueue} writes the mail into the outbox inside the caller's transaction, so a
 * mail exists exactly when the change that caused it was committed; sending happens afterwards: right after the
 * commit, and otherwise (crash, restart, SMTP down) by the dispatcher's poll.
 */
@Service
public class MailQueue {

    private final OutboxStore store;
    private final MailDispatcher dispatcher;
    private final MailSettings settings;
    private final Clock clock;

    MailQueue(OutboxStore store, MailDispatcher dispatcher, MailSettings settings, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public MailId enqueue(OutgoingMail mail) {
        return queue(mail, null);
    }

    /**
     * Erases a person from the outbox (their data was erased or its retention ended): unsent mails about
     * {@code reference} are not sent any more, sent ones lose recipient and content and keep subject and times.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(String reference) {
        return store.forget("reference = :reference", java.util.Map.of("reference", reference));
    }

    /** The same for every mail of an event sent to an address, e.g. the mails to all registrants. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(long eventId, String recipient) {
        return store.forget("event_id = :event AND LOWER(recipient) = LOWER(:recipient)",
                java.util.Map.of("event", eventId, "recipient", recipient));
    }

    /** The mails about one thing (e.g. "registration:42"), oldest first. */
    @Transactional(readOnly = true)
    public List<MailView> about(String reference) {
        return store.about(reference);
    }

    /** Queues a copy of an earlier mail as a new, separate mail (its own Message-ID). */
    @Transactional(propagation = Propagation.MANDATORY)
    MailId resend(OutboxEntry original) {
        MailView mail = original.mail();
        return queue(new OutgoingMail(mail.to(), mail.toName(), mail.replyTo(),
                new MailContent(mail.subject(), mail.text(), mail.html()), mail.language(),
                original.attachments(), mail.reference(), mail.eventId()), mail.id().value());
    }

    private MailId queue(OutgoingMail mail, Long resentFrom) {
        long id = store.insert(mail, "<" + UUID.randomUUID() + "@" + settings.messageIdDomain() + ">",
                clock.instant(), resentFrom);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.committed(id);
                }
            });
        }
        return new MailId(id);
    }
}
