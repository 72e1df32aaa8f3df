package nl.dialoog.mail;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The mail module's API. {@link #enqueue} writes the mail into the outbox inside the caller's transaction, so a
 * mail exists exactly when the change that caused it was committed; sending happens afterwards: right after the
 * commit, and otherwise (crash, restart, SMTP down) by the dispatcher's poll.
 *
 * <p>It also serves an event's outbox pages (the list, one mail, its body, resending) to the module that checks who
 * may read an event's mail: mail knows nothing of events or organisers, so that module's controller checks access
 * and the pages here only show the mails whose event id it names.
 */
@Service
public class MailQueue {

    private final OutboxStore store;
    private final Outbox outbox;
    private final MailRenderer renderer;
    private final MailSettings settings;

    MailQueue(OutboxStore store, Outbox outbox, MailRenderer renderer, MailSettings settings) {
        this.store = store;
        this.outbox = outbox;
        this.renderer = renderer;
        this.settings = settings;
    }

    /** The address every mail is sent from (a calendar invitation names it as the organiser). */
    public String senderAddress() {
        return settings.from();
    }

    /**
     * Renders a mail from two templates of the module that sends it, in the recipient's language:
     * {@code templates/<name>.html} (its {@code <title>} is the subject) and {@code templates/<name>.txt}.
     */
    public MailContent render(String name, Locale locale, java.util.Map<String, Object> model) {
        return renderer.render(name, locale, model);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public MailId enqueue(OutgoingMail mail) {
        return outbox.queue(mail, null);
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

    /**
     * An event's outbox list page, for the reader the caller has let in: fills the model and names the template.
     * {@code status}, {@code page} and {@code zone} are the request's parameters as given (each optional); times are
     * in {@code zone} when it is a zone, else in {@code eventZone}. {@code base} is the page's own path.
     */
    public String eventOutbox(Model model, long eventId, String status, String page, String zone, ZoneId eventZone,
                              Locale locale, String base) {
        return OutboxPages.list(model, outbox, eventId, new OutboxPages.ListQuery(status, page, zone),
                Outbox.zone(zone).orElse(eventZone), locale, base);
    }

    /** One mail of the event as its recipient sees it; 404 when it is not the event's. */
    public String eventMail(Model model, long eventId, long mailId, String zone, ZoneId eventZone, Locale locale,
                            String base) {
        return OutboxPages.view(model, outbox, outbox.find(mailId, eventId), Outbox.zone(zone).orElse(eventZone),
                locale, base);
    }

    /** How many mails about the event are in each status (every status present, zero when none), for its dashboard. */
    @Transactional(readOnly = true)
    public java.util.Map<MailStatus, Integer> countsOfEvent(long eventId) {
        return store.countsOfEvent(eventId);
    }

    /** The HTML body of one mail of the event, for the sandboxed frame of {@link #eventMail}; 404 when not. */
    public ResponseEntity<String> eventMailBody(long eventId, long mailId) {
        return OutboxPages.body(outbox.find(mailId, eventId));
    }

    /** Queues a fresh copy of one mail of the event (404 when it is not the event's), and audits who asked. */
    public MailId resend(long eventId, long mailId) {
        return outbox.resend(mailId, eventId);
    }
}
