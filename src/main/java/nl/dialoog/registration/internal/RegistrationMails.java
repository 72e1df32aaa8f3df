package nl.dialoog.registration.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dialoog.event.CalendarInvitation;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.Attachment;
import nl.dialoog.mail.MailContent;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.OutgoingMail;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.shared.SharedSettings;
import nl.dialoog.shared.Times;
import org.springframework.stereotype.Component;

/**
 * Writes a registration's mails into the outbox, in the caller's transaction, in the person's language and with
 * times in their zone and the event's. A mail that shows personal links shows the registration's one manage and one
 * join link ({@link PersonalLinks}), the same in every mail; a join link only while confirmed, and a link counts as
 * issued only when the mail's template shows it. Mails
 * without extra model entries are filled in from a {@link MailSkeletons skeleton} rendered once per event version.
 */
@Component
public class RegistrationMails {

    private static final Set<String> WITH_INVITATION = Set.of("confirmation", "promoted", "approved", "rescheduled");
    /** The mails whose text the organisers can write per event and language ({@link CustomMailText}). */
    public static final List<String> CUSTOMISABLE = List.of("confirmation", "reminder", "followup");
    /** A model entry that makes a mail use this {@link CustomMailText} instead of the saved one: for the preview. */
    public static final String CUSTOM_TEXT = "customMailText";

    private final MailQueue queue;
    private final EventCatalog catalog;
    private final PersonalLinks links;
    private final MailSkeletons skeletons;
    private final SharedSettings site;
    private final MailTextStore texts;

    RegistrationMails(MailQueue queue, EventCatalog catalog,
                      PersonalLinks links, MailSkeletons skeletons, SharedSettings site,
                      MailTextStore texts) {
        this.texts = texts;
        this.queue = queue;
        this.catalog = catalog;
        this.links = links;
        this.skeletons = skeletons;
        this.site = site;
    }

    /** Queues mail {@code kind} (a template under registration/mail) about a registration now in {@code status}. */
    public void send(String kind, RegistrationView registration, EventView event, RegistrationStatus status) {
        send(kind, registration, event, status, Map.of(), Admission.subject(registration.id()));
    }

    /**
     * Queues mail {@code kind} with extra model entries (e.g. a broadcast's subject and paragraphs) under an outbox
     * reference of the caller's choosing (e.g. "broadcast:7", whose mails are then counted together).
     */
    public void send(String kind, RegistrationView registration, EventView event, RegistrationStatus status,
              Map<String, Object> extra, String reference) {
        String language = event.languageFor(registration.language());
        long id = registration.id().value();
        String manageToken = status.isActive() ? links.token(id, Tokens.Kind.MANAGE) : null;
        String joinToken = status == RegistrationStatus.CONFIRMED ? links.token(id, Tokens.Kind.JOIN) : null;
        String manageUrl = manageToken == null ? null : base() + "/registrations/" + manageToken;
        String joinUrl = joinToken == null ? null : base() + "/join/" + joinToken;
        List<Attachment> attachments = new ArrayList<>();
        if (WITH_INVITATION.contains(kind) || ("links".equals(kind) && status == RegistrationStatus.CONFIRMED)) {
            attachments.add(invitation(registration, event, language, CalendarInvitation.Method.REQUEST));
        } else if ("cancelled".equals(kind)) {
            attachments.add(invitation(registration, event, language, CalendarInvitation.Method.CANCEL));
        }
        var content = content(kind, registration.name(), registration.language(), registration.zone(), event,
                manageUrl, joinUrl, extra);
        if (manageToken != null && shows(content, manageToken)) {
            links.keep(id, Tokens.Kind.MANAGE, manageToken);
        }
        if (joinToken != null && shows(content, joinToken)) {
            links.keep(id, Tokens.Kind.JOIN, joinToken);
        }
        queue.enqueue(new OutgoingMail(registration.email(), registration.name(), null, content,
                registration.language(), attachments, reference, event.id().value()));
    }

    /**
     * Renders mail {@code kind} as a person would get it, without queuing it or issuing tokens: the personal links
     * show as placeholders. For the organiser's preview.
     */
    public MailContent preview(String kind, String name, String language, ZoneId zone, EventView event,
                        Map<String, Object> extra) {
        return render(kind, name, language, zone, event, base() + "/registrations/…", base() + "/join/…", extra);
    }

    /**
     * Mail {@code kind} for one person, with the links it carries (null when it carries none): filled in from a
     * {@link MailSkeletons skeleton} when there are no extra model entries, else rendered by the templates.
     */
    public MailContent content(String kind, String name, String language, ZoneId zone, EventView event, String manageUrl,
                        String joinUrl, Map<String, Object> extra) {
        if (extra.isEmpty() && name != null) {
            CustomMailText custom = custom(kind, event, language, extra);
            var key = new MailSkeletons.Key(kind, event.id().value(), event.version(), language, zone,
                    manageUrl != null, joinUrl != null,
                    custom == null ? null : custom.subject() + '\u0000' + custom.body());
            var skeleton = skeletons.get(key, () -> skeleton(key, event, custom));
            if (skeleton.isPresent()) {
                return skeleton.get().fill(name, manageUrl, joinUrl);
            }
        }
        return render(kind, name, language, zone, event, manageUrl, joinUrl, extra);
    }

    /** Mail {@code kind} for one person, rendered by the templates. */
    public MailContent render(String kind, String name, String language, ZoneId zone, EventView event, String manageUrl,
                       String joinUrl, Map<String, Object> extra) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> model = model(name, zone, locale, event, extra);
        if (manageUrl != null) {
            model.put("manageUrl", manageUrl);
        }
        if (joinUrl != null) {
            model.put("joinUrl", joinUrl);
        }
        CustomMailText custom = custom(kind, event, language, extra);
        if (custom != null) {
            model.putAll(custom.model(placeholders(model)));
        }
        return queue.render("registration/mail/" + kind, locale, model);
    }

    private Optional<MailContent> skeleton(MailSkeletons.Key key, EventView event, CustomMailText custom) {
        Locale locale = Locale.forLanguageTag(key.language());
        Map<String, Object> model = model("", key.zone(), locale, event, Map.of());
        if (model.values().stream().anyMatch(value -> value instanceof String s && MailSkeletons.holdsSlot(s))
                || (custom != null && MailSkeletons.holdsSlot(custom.subject() + custom.body()))) {
            return Optional.empty(); // e.g. a title with the slot characters: this event's mails are rendered directly
        }
        model.put("name", MailSkeletons.NAME);
        model.put("manageUrl", key.manage() ? MailSkeletons.MANAGE_URL : null);
        model.put("joinUrl", key.join() ? MailSkeletons.JOIN_URL : null);
        if (custom != null) {
            model.putAll(custom.model(placeholders(model)));
        }
        return Optional.of(queue.render("registration/mail/" + key.kind(), locale, model));
    }

    /** The organisers' text of this mail: the one to preview, else the saved one for the language; null for none. */
    private CustomMailText custom(String kind, EventView event, String language, Map<String, Object> extra) {
        if (extra.get(CUSTOM_TEXT) instanceof CustomMailText preview) {
            return preview;
        }
        if (!CUSTOMISABLE.contains(kind)) {
            return null;
        }
        return texts.find(event.id().value(), event.languageFor(language), kind).orElse(null);
    }

    /** The values of {@link CustomMailText#PLACEHOLDERS} in a mail's model. */
    private static Map<String, String> placeholders(Map<String, Object> model) {
        Object link = model.get("resultsUrl") != null ? model.get("resultsUrl")
                : model.get("joinUrl") != null ? model.get("joinUrl") : model.get("pageUrl");
        return Map.of("name", String.valueOf(model.get("name")), "event", String.valueOf(model.get("eventTitle")),
                "start", model.get("yourTime") + " (" + model.get("yourZone") + ")", "link", String.valueOf(link));
    }

    private Map<String, Object> model(String name, ZoneId zone, Locale locale, EventView event,
                                      Map<String, Object> extra) {
        String language = event.languageFor(locale.toLanguageTag());
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("eventTitle", event.title().resolve(language, event.defaultLanguage()).text());
        model.put("yourTime", Times.span(event.start(), event.end(), zone, locale));
        model.put("yourZone", zone.getId());
        model.put("eventTime", Times.span(event.start(), event.end(), event.zone(), locale));
        model.put("eventZone", event.zone().getId());
        model.put("pageUrl", base() + "/events/" + event.slug());
        model.put("manageUrl", null);
        model.put("joinUrl", null);
        model.putAll(extra);
        return model;
    }

    private Attachment invitation(RegistrationView registration, EventView event, String language,
                                  CalendarInvitation.Method method) {
        String ics = catalog.calendarInvitation(event, language, URI.create(base() + "/events/" + event.slug()),
                new CalendarInvitation(method, registration.email(), registration.name(), queue.senderAddress(), null));
        return new Attachment(event.slug() + ".ics", "text/calendar; charset=UTF-8; method=" + method.name(),
                ics.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean shows(MailContent content, String token) {
        return content.text().contains(token) || (content.html() != null && content.html().contains(token));
    }

    /** The address of a path of this site, as the mails write it. */
    public String siteUrl(String path) {
        return base() + path;
    }

    private String base() {
        return site.baseUrl().replaceAll("/+$", "");
    }
}
