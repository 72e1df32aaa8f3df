package nl.dialoog.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.Times;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** What the outbox pages show and do: lists, one mail as its recipient sees it, and resending. */
@Service
class Outbox {

    /** The pages show the newest mails; older ones stay in the database. */
    static final int PAGE_SIZE = 200;

    /** A mail as a list row or a detail page shows it, times already written out with their zone's name. */
    record Row(long id, String to, String toName, String replyTo, String subject, MailStatus status, int attempts,
               String created, String sent, String nextAttempt, String lastAttempt, String lastError,
               String messageId, String language, Long resentFrom, List<Attachment> attachments) {
    }

    private final OutboxStore store;
    private final MailQueue queue;
    private final MailDispatcher dispatcher;
    private final MailSettings settings;
    private final Audit audit;
    private final MailRenderer renderer;

    Outbox(OutboxStore store, MailQueue queue, MailDispatcher dispatcher, MailSettings settings, Audit audit,
           MailRenderer renderer) {
        this.renderer = renderer;
        this.store = store;
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.audit = audit;
    }

    boolean sending() {
        return dispatcher.sending();
    }

    String from() {
        return settings.fromName() + " <" + settings.from() + ">";
    }

    /** The newest mails of an event, or of all events when {@code eventId} is null. */
    @Transactional(readOnly = true)
    List<Row> newest(Long eventId, ZoneId zone, Locale locale) {
        return store.newest(eventId, PAGE_SIZE).stream().map(entry -> row(entry, zone, locale)).toList();
    }

    /** One mail, if it exists and belongs to the event ({@code eventId} null: any event); else 404. */
    @Transactional(readOnly = true)
    OutboxEntry find(long mailId, Long eventId) {
        return store.find(mailId)
                .filter(entry -> eventId == null || eventId.equals(entry.mail().eventId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Row row(OutboxEntry entry, ZoneId zone, Locale locale) {
        MailView mail = entry.mail();
        boolean waiting = mail.status() == MailStatus.QUEUED || mail.status() == MailStatus.RETRYING;
        return new Row(mail.id().value(), mail.to(), mail.toName(), mail.replyTo(), mail.subject(), mail.status(),
                mail.attempts(), at(mail.createdAt(), zone, locale), at(mail.sentAt(), zone, locale),
                waiting && sending() ? at(entry.nextAttemptAt(), zone, locale) : null,
                at(entry.lastAttemptAt(), zone, locale), mail.lastError(), mail.messageId(), mail.language(),
                entry.resentFrom(), entry.attachments());
    }

    /** Queues a fresh copy (new Message-ID) of a mail the reader may see, and records who did it. */
    @Transactional
    MailId resend(long mailId, Long eventId) {
        OutboxEntry original = find(mailId, eventId);
        MailId copy = queue.resend(original);
        audit.record("mail.resent", "mail:" + copy.value(),
                "copy of mail " + mailId + " to " + original.mail().to());
        return copy;
    }

    /** A mail to check that mail reaches people, written with the shared mail layout. */
    @Transactional
    MailId test(String to, Locale locale) {
        MailContent content = renderer.render("mail/test", locale, java.util.Map.of("from", from()));
        MailId id = queue.enqueue(new OutgoingMail(to, null, null, content, locale.getLanguage(), List.of(),
                "mail-test", null));
        audit.record("mail.test", "mail:" + id.value(), "test mail to " + to);
        return id;
    }

    static String at(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return null;
        }
        return Times.moment(instant, zone, locale);
    }

    static Optional<ZoneId> zone(String wanted) {
        try {
            return wanted == null || wanted.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(wanted));
        } catch (java.time.DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
