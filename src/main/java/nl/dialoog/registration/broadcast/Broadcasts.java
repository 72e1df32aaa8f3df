package nl.dialoog.registration.broadcast;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailContent;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailStatus;
import nl.dialoog.mail.MailView;
import nl.dialoog.mail.OutgoingMail;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.internal.Greetings;
import nl.dialoog.registration.internal.RegistrationMails;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's API for mailing registrants: organisers write a plain-text message, per language, to
 * everyone or a filtered set, preview it, send it to themselves first, and then to the audience; {@link BroadcastJob} queues the mails in batches, and progress is read from the outbox, where the
 * broadcast's mails carry the reference {@code broadcast:<id>}.
 */
@Service
@Transactional(readOnly = true)
public class Broadcasts {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;

    /** The statuses an organiser can pick as a filter. */
    public static final List<RegistrationStatus> FILTERS = List.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED, RegistrationStatus.AWAITING_APPROVAL);

    private static final Set<MailStatus> WAITING = Set.of(MailStatus.QUEUED, MailStatus.SENDING, MailStatus.RETRYING);

    private final BroadcastStore store;
    private final RegistrationStore registrations;
    private final RegistrationMails mails;
    private final MailQueue outbox;
    private final EventCatalog catalog;
    private final Audit audit;
    private final Clock clock;

    Broadcasts(BroadcastStore store, RegistrationStore registrations, RegistrationMails mails, MailQueue outbox,
               EventCatalog catalog, Audit audit, Clock clock) {
        this.store = store;
        this.registrations = registrations;
        this.mails = mails;
        this.outbox = outbox;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many registrations the message would go to now. */
    public int audience(EventId event, NewBroadcast broadcast, AccountView by) {
        catalog.editable(event, by);
        return store.audience(event.value(), broadcast.status(), broadcast.language());
    }

    /**
     * The mail as the first person of the audience would get it (in their language and zone, links as
     * placeholders); as the organiser would in {@code language} when the audience is empty.
     */
    public MailContent preview(EventId event, NewBroadcast broadcast, String language, AccountView by) {
        EventView view = catalog.editable(event, by);
        NewBroadcast checked = check(view, broadcast);
        var first = store.next(event.value(), checked.status(), checked.language(), 0, 1).stream().findFirst()
                .flatMap(registrations::find);
        return first.map(person -> mails.preview("broadcast", person.name(), person.language(), person.zone(), view,
                        model(checked.textFor(view.languageFor(person.language())))))
                .orElseGet(() -> mails.preview("broadcast", by.displayName(), language, view.zone(), view,
                        model(checked.textFor(view.languageFor(language)))));
    }

    /**
     * The mail in each of the event's languages as the organiser would get it (their name, the event's zone, links as
     * placeholders), in the event's language order: what {@link #sendTest} sends and what registrants will read.
     */
    public Map<String, MailContent> previews(EventId event, NewBroadcast broadcast, AccountView by) {
        EventView view = catalog.editable(event, by);
        NewBroadcast checked = check(view, broadcast);
        Map<String, MailContent> previews = new LinkedHashMap<>();
        for (String language : view.languages()) {
            previews.put(language, mails.preview("broadcast", by.displayName(), language, view.zone(), view,
                    model(checked.textFor(language))));
        }
        return previews;
    }

    /**
     * Mails the message to the organiser only, once per language of the event, exactly as registrants of that
     * language will get it (with placeholder links): the "send it to yourself first" step. Returns how many.
     */
    @Transactional
    public int sendTest(EventId event, NewBroadcast broadcast, AccountView by) {
        Map<String, MailContent> previews = previews(event, broadcast, by);
        previews.forEach((language, content) -> outbox.enqueue(new OutgoingMail(by.email(), by.displayName(), null,
                content, language, List.of(), "broadcast-test:" + event.value(), event.value())));
        audit.record("registration.broadcast.tested", "event:" + event.value(),
                "mails=" + previews.size());
        return previews.size();
    }

    /** Saves the message for sending; the mails are queued by the background job, a batch at a time. */
    @Transactional
    public long send(EventId event, NewBroadcast broadcast, AccountView by) {
        EventView view = catalog.editable(event, by);
        NewBroadcast checked = check(view, broadcast);
        int recipients = store.audience(event.value(), checked.status(), checked.language());
        long id = store.insert(event.value(), checked, recipients, by.email(), clock.instant());
        store.insertTranslations(id, checked.translations());
        audit.record("registration.broadcast.created", "event:" + event.value(), "broadcast=" + id
                + ", status=" + (checked.status() == null ? "ALL" : checked.status())
                + ", language=" + (checked.language() == null ? "ALL" : checked.language())
                + ", recipients=" + recipients);
        return id;
    }

    /**
     * Mails everyone with a place the results of the event: one mail each, in their own language, with the address
     * of the results ({@code resultsUrl}, made by the results module). Queued in batches like any broadcast; the
     * organisers see it with their messages. Returns the broadcast's id.
     */
    @Transactional
    public long sendResults(EventId event, String resultsUrl, AccountView by) {
        EventView view = catalog.editable(event, by);
        if (resultsUrl == null || !resultsUrl.matches("https?://\\S{1,1900}")) {
            throw new InvalidRegistration("resultsUrl", "registration.error.unknownChoice");
        }
        NewBroadcast results = new NewBroadcast(resultsUrl, resultsUrl, RegistrationStatus.CONFIRMED, null);
        int recipients = store.audience(view.id().value(), RegistrationStatus.CONFIRMED, null);
        long id = store.insert(view.id().value(), results, BroadcastStore.RESULTS, recipients, by.email(),
                clock.instant());
        audit.record("registration.broadcast.results", "event:" + view.id().value(),
                "broadcast=" + id + ", recipients=" + recipients);
        return id;
    }

    /** The event's broadcasts, newest first, with their progress. */
    public List<BroadcastView> ofEvent(EventId event, AccountView by) {
        catalog.editable(event, by);
        return store.ofEvent(event.value()).stream().map(this::view).toList();
    }

    /**
     * The broadcast template's model for one language's text. The template greets the reader by name, so a greeting
     * the organiser wrote at the top is left out ({@link Greetings}): nobody reads "Dear Kofi, Dear participant,".
     */
    static Map<String, Object> model(MessageText text) {
        String body = Greetings.withoutGreeting(text.body()).strip();
        return Map.of("subject", text.subject(), "paragraphs",
                Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).toList());
    }

    private BroadcastView view(BroadcastStore.Row row) {
        List<MailView> sent = outbox.about("broadcast:" + row.id());
        return new BroadcastView(row.id(), row.subject(), row.body(), row.status(), row.language(),
                row.recipients(), row.queued(), row.createdAt(), row.finishedAt(),
                count(sent, WAITING), count(sent, Set.of(MailStatus.SENT)), count(sent, Set.of(MailStatus.FAILED)));
    }

    private static int count(List<MailView> mails, Set<MailStatus> statuses) {
        return (int) mails.stream().filter(mail -> statuses.contains(mail.status())).count();
    }

    private static NewBroadcast check(EventView event, NewBroadcast broadcast) {
        List<InvalidRegistration.Problem> problems = new ArrayList<>();
        MessageText first = checkText(new MessageText(broadcast.subject(), broadcast.body()), "", problems);
        Map<String, MessageText> translations = new LinkedHashMap<>();
        broadcast.translations().forEach((language, text) -> {
            if (!event.languages().contains(language) || language.equals(event.defaultLanguage())) {
                problems.add(new InvalidRegistration.Problem("language", "registration.error.unknownChoice"));
            } else if (text != null && !text.isBlank()) {
                translations.put(language, checkText(text, ":" + language, problems));
            }
        });
        if (broadcast.status() != null && !FILTERS.contains(broadcast.status())) {
            problems.add(new InvalidRegistration.Problem("status", "registration.error.unknownChoice"));
        }
        if (broadcast.language() != null && !event.languages().contains(broadcast.language())) {
            problems.add(new InvalidRegistration.Problem("language", "registration.error.unknownChoice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistration(problems);
        }
        return new NewBroadcast(first.subject(), first.body(), broadcast.status(), broadcast.language(), translations);
    }

    /** One language's text, stripped; its problems named "subject" and "body" plus {@code suffix} (":fr"). */
    private static MessageText checkText(MessageText text, String suffix, List<InvalidRegistration.Problem> problems) {
        String subject = text.subject() == null ? "" : text.subject().strip();
        String body = text.body() == null ? "" : text.body().strip();
        if (subject.isEmpty()) {
            problems.add(new InvalidRegistration.Problem("subject" + suffix, "registration.error.required"));
        } else if (subject.length() > MAX_SUBJECT || subject.contains("\n") || subject.contains("\r")) {
            problems.add(new InvalidRegistration.Problem("subject" + suffix, "registration.error.tooLong"));
        }
        if (body.isEmpty()) {
            problems.add(new InvalidRegistration.Problem("body" + suffix, "registration.error.required"));
        } else if (body.length() > MAX_BODY) {
            problems.add(new InvalidRegistration.Problem("body" + suffix, "registration.error.tooLong"));
        }
        return new MessageText(subject, body);
    }
}
