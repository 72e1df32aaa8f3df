package nl.dialoog.registration.mailtext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailContent;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.internal.CustomMailText;
import nl.dialoog.registration.internal.MailTextStore;
import nl.dialoog.registration.internal.RegistrationMails;
import nl.dialoog.shared.Audit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's API for the organisers' own mail texts: the confirmation, the reminder and the follow-up
 * with the results, written per event and language with {@link CustomMailText#PLACEHOLDERS placeholders}, previewed
 * exactly as sent, and reset to the default (the message bundle's text). A text that uses an unknown placeholder or
 * is too long is refused and nothing is saved.
 */
@Service
@Transactional(readOnly = true)
public class MailTexts {

    /** The text of one mail in one language as the editor shows it; {@code custom} when the event has its own. */
    public record MailText(String kind, String language, String subject, String body, boolean custom) {
    }

    private final MailTextStore store;
    private final RegistrationMails mails;
    private final EventCatalog catalog;
    private final MessageSource messages;
    private final Audit audit;
    private final Clock clock;

    MailTexts(MailTextStore store, RegistrationMails mails, EventCatalog catalog, MessageSource messages, Audit audit,
              Clock clock) {
        this.store = store;
        this.mails = mails;
        this.catalog = catalog;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The mails whose text can be edited, in the order the editor lists them. */
    public static List<String> kinds() {
        return RegistrationMails.CUSTOMISABLE;
    }

    /** The placeholders a text may use, without braces. */
    public static List<String> placeholders() {
        return CustomMailText.PLACEHOLDERS;
    }

    /** The event's text of mail {@code kind} in {@code language}: its own, else the default. */
    public MailText text(EventId event, String kind, String language, AccountView by) {
        EventView view = checked(event, kind, language, by);
        return store.find(view.id().value(), language, kind)
                .map(own -> new MailText(kind, language, own.subject(), own.body(), true))
                .orElseGet(() -> defaults(kind, language));
    }

    /** The default text of mail {@code kind} in {@code language}: what the mail says without a text of its own. */
    public MailText defaults(String kind, String language) {
        Locale locale = Locale.forLanguageTag(language);
        Object[] event = {"{event}"};
        String subject = messages.getMessage("registration.mail." + kind + ".subject", event, locale);
        String body = "followup".equals(kind)
                ? messages.getMessage("registration.mail.followup.thanks", event, locale) + "\n\n"
                        + messages.getMessage("registration.mail.followup.ready", null, locale)
                : messages.getMessage("registration.mail." + kind + ".text", event, locale);
        return new MailText(kind, language, subject, body, false);
    }

    /**
     * The mail with this (unsaved) text as {@code by} would get it in {@code language}: their name, the event's zone,
     * the personal links as placeholders. Refuses what {@link #save} refuses.
     */
    public MailContent preview(EventId event, String kind, String language, String subject, String body,
                               AccountView by) {
        EventView view = checked(event, kind, language, by);
        CustomMailText text = valid(subject, body);
        Map<String, Object> extra = "followup".equals(kind)
                ? Map.of(RegistrationMails.CUSTOM_TEXT, text, "resultsUrl", resultsUrl(view))
                : Map.of(RegistrationMails.CUSTOM_TEXT, text);
        return mails.preview(kind, by.displayName(), language, view.zone(), view, extra);
    }

    /** Saves the event's own text; the default text saved as it is resets instead. */
    @Transactional
    public void save(EventId event, String kind, String language, String subject, String body, AccountView by) {
        EventView view = checked(event, kind, language, by);
        CustomMailText text = valid(subject, body);
        MailText defaults = defaults(kind, language);
        if (text.subject().equals(defaults.subject().strip()) && text.body().equals(defaults.body().strip())) {
            reset(event, kind, language, by);
            return;
        }
        store.save(view.id().value(), language, kind, text, by.email(), clock.instant());
        audit.record("registration.mailtext.saved", "event:" + view.id().value(),
                "mail=" + kind.toUpperCase(java.util.Locale.ROOT) + ", language=" + language);
    }

    /** Back to the default text. */
    @Transactional
    public void reset(EventId event, String kind, String language, AccountView by) {
        EventView view = checked(event, kind, language, by);
        if (store.delete(view.id().value(), language, kind)) {
            audit.record("registration.mailtext.reset", "event:" + view.id().value(),
                "mail=" + kind.toUpperCase(java.util.Locale.ROOT) + ", language=" + language);
        }
    }

    private EventView checked(EventId event, String kind, String language, AccountView by) {
        EventView view = catalog.editable(event, by);
        if (!kinds().contains(kind)) {
            throw new InvalidRegistration("kind", "registration.error.unknownChoice");
        }
        if (!view.languages().contains(language)) {
            throw new InvalidRegistration("language", "registration.error.unknownChoice");
        }
        return view;
    }

    private static CustomMailText valid(String subject, String body) {
        String s = subject == null ? "" : subject.strip();
        String b = body == null ? "" : body.strip();
        List<InvalidRegistration.Problem> problems = new ArrayList<>();
        check("subject", s, CustomMailText.MAX_SUBJECT, problems);
        check("body", b, CustomMailText.MAX_BODY, problems);
        if (s.contains("\n") || s.contains("\r")) {
            problems.add(new InvalidRegistration.Problem("subject", "registration.mailText.oneLine"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistration(problems);
        }
        return new CustomMailText(s, b);
    }

    private static void check(String field, String value, int max, List<InvalidRegistration.Problem> problems) {
        if (value.isEmpty()) {
            problems.add(new InvalidRegistration.Problem(field, "registration.error.required"));
        } else if (value.length() > max) {
            problems.add(new InvalidRegistration.Problem(field, "registration.mailText.tooLong." + field));
        } else if (!CustomMailText.unknownPlaceholders(value).isEmpty()) {
            problems.add(new InvalidRegistration.Problem(field, "registration.mailText.unknownPlaceholder"));
        }
    }

    private String resultsUrl(EventView event) {
        return mails.siteUrl("/events/" + event.slug() + "/results");
    }
}
