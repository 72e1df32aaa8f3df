package nl.dialoog.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.dialoog.shared.AfterCommit;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.Times;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** What the outbox pages show and do: lists, one mail as its recipient sees it, and resending. */
@Service
class Outbox {

    /** Mails per page of the outbox lists. */
    static final int PAGE_SIZE = 200;

    /** One page of a list: its rows, which page it is (from 1) of how many, and how many mails match in all. */
    record Page(List<Row> rows, int number, int pages, int total) {
    }

    /** A mail as a list row or a detail page shows it, times already written out with their zone's name. */
    record Row(long id, String to, String toName, String replyTo, String subject, MailStatus status, int attempts,
               String created, String sent, String nextAttempt, String lastAttempt, String lastError,
               String messageId, String language, Long resentFrom, List<Attachment> attachments) {
    }

    private final OutboxStore store;
    private final MailDispatcher dispatcher;
    private final MailSettings settings;
    private final Audit audit;
    private final MailRenderer renderer;
    private final Clock clock;

    Outbox(OutboxStore store, MailDispatcher dispatcher, MailSettings settings, Audit audit, MailRenderer renderer,
           Clock clock) {
        this.renderer = renderer;
        this.store = store;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Writes a mail into the outbox in the current transaction; the dispatcher sends it right after the commit
     * (and otherwise on its next poll). {@code resentFrom} is the mail this one copies, if any.
     */
    MailId queue(OutgoingMail mail, Long resentFrom) {
        long id = store.insert(mail, "<" + UUID.randomUUID() + "@" + settings.messageIdDomain() + ">",
                clock.instant(), resentFrom);
        AfterCommit.run(() -> dispatcher.committed(id));
        return new MailId(id);
    }

    boolean sending() {
        return dispatcher.sending();
    }

    String from() {
        return settings.fromName() + " <" + settings.from() + ">";
    }

    /**
     * A page of mails, newest first, of an event (or of all events when {@code eventId} is null) and of one status
     * (or all when null). A page number past the end gives the last page.
     */
    @Transactional(readOnly = true)
    Page page(Long eventId, MailStatus status, int number, ZoneId zone, Locale locale) {
        int total = store.count(eventId, status);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.clamp(number, 1, pages);
        List<Row> rows = store.newest(eventId, status, (shown - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(entry -> row(entry, zone, locale)).toList();
        return new Page(rows, shown, pages, total);
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

    /** Queues a fresh copy (its own Message-ID) of a mail the reader may see, and records who did it. */
    @Transactional
    MailId resend(long mailId, Long eventId) {
        OutboxEntry original = find(mailId, eventId);
        MailView mail = original.mail();
        MailId copy = queue(new OutgoingMail(mail.to(), mail.toName(), mail.replyTo(),
                new MailContent(mail.subject(), mail.text(), mail.html()), mail.language(),
                original.attachments(), mail.reference(), mail.eventId()), mail.id().value());
        audit.record("mail.resent", "mail:" + copy.value(),
                "copy of mail " + mailId + " to " + original.mail().to());
        return copy;
    }

    /** A mail to check that mail reaches people, written with the shared mail layout. */
    @Transactional
    MailId test(String to, Locale locale) {
        MailContent content = renderer.render("mail/test", locale, java.util.Map.of("from", from()));
        MailId id = queue(new OutgoingMail(to, null, null, content, locale.getLanguage(), List.of(),
                "mail-test", null), null);
        audit.record("mail.test", "mail:" + id.value(), "test mail to " + to);
        return id;
    }

    static String at(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return null;
        }
        return Times.moment(instant, zone, locale);
    }

    /** A status from a request parameter; null (every status) for anything that is not one. */
    static MailStatus status(String wanted) {
        for (MailStatus status : MailStatus.values()) {
            if (status.name().equalsIgnoreCase(wanted == null ? "" : wanted.strip())) {
                return status;
            }
        }
        return null;
    }

    /** A page number from a request parameter; 1 for anything that is not a positive number. */
    static int pageNumber(String wanted) {
        try {
            return wanted == null ? 1 : Math.max(1, Integer.parseInt(wanted.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    static Optional<ZoneId> zone(String wanted) {
        try {
            return wanted == null || wanted.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(wanted));
        } catch (java.time.DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
