package nl.dialoog.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.broadcast.Broadcasts;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.AnswerRules;
import nl.dialoog.registration.internal.Intake;
import nl.dialoog.registration.internal.OptionsStore;
import nl.dialoog.registration.internal.PersonalLinks;
import nl.dialoog.registration.internal.RecentOptions;
import nl.dialoog.registration.internal.RegistrationMails;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.registration.internal.Tokens;
import nl.dialoog.registration.internal.Traits;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's API for participants: what the form offers, registering, and the personal manage and
 * join links. Organisers' operations are in {@link RegistrationAdmin}.
 */
@Service
@Transactional(readOnly = true)
public class Registrations {

    /** Longest name and e-mail address accepted. */
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 320;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private final OptionsStore options;
    private final RecentOptions recent;
    private final RegistrationStore store;
    private final Admission admission;
    private final RegistrationMails mails;
    private final EventCatalog catalog;
    private final Intake intake;
    private final PersonalLinks links;
    private final Audit audit;
    private final Clock clock;
    private final Broadcasts broadcasts;

    Registrations(OptionsStore options, RecentOptions recent, RegistrationStore store, Admission admission,
                  RegistrationMails mails, EventCatalog catalog, Intake intake, PersonalLinks links, Audit audit,
                  Clock clock, Broadcasts broadcasts) {
        this.options = options;
        this.recent = recent;
        this.store = store;
        this.admission = admission;
        this.mails = mails;
        this.catalog = catalog;
        this.intake = intake;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
        this.broadcasts = broadcasts;
    }

    /** How many registrations hold a place now (the count kept with the event's options; 0 when none). */
    @Transactional(readOnly = true)
    public int confirmedCount(EventId event) {
        return store.confirmedCount(event.value());
    }

    /** The event's registration options; the defaults (open, unlimited) when the organiser set none. */
    public RegistrationOptions options(EventId event) {
        return recent.of(event.value(), options.stamp(event.value()).orElse(OptionsStore.Stamp.NONE));
    }

    /**
     * What the event's registration form offers now: its options and whether it takes registrations. One query
     * while the options are unchanged (see {@link RecentOptions}), and no transaction around it.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Offer offer(EventView event) {
        OptionsStore.Stamp stamp = options.stamp(event.id().value()).orElse(OptionsStore.Stamp.NONE);
        RegistrationOptions rules = recent.of(event.id().value(), stamp);
        return new Offer(rules, availability(event, rules, stamp.confirmed()), stamp.version());
    }

    /** Whether the event takes registrations now, and whether they would go on the waiting list. */
    public Availability availability(EventView event) {
        return availability(event, options(event.id()), store.confirmedCount(event.id().value()));
    }

    private Availability availability(EventView event, RegistrationOptions rules, int taken) {
        boolean full = rules.capacity() != null && taken >= rules.capacity();
        return new Availability(state(event, rules, clock.instant()), full, rules.opensAt(), rules.inviteOnly());
    }

    public static Availability.State state(EventView event, RegistrationOptions rules, Instant now) {
        return rules.opensAt() != null && now.isBefore(rules.opensAt()) ? Availability.State.NOT_YET_OPEN
                : !event.isPublished() || !now.isBefore(event.end())
                        || rules.closesAt() != null && !now.isBefore(rules.closesAt())
                        ? Availability.State.CLOSED : Availability.State.OPEN;
    }

    /** The privacy text people consent to, in a language: the organiser's, else the built-in one. */
    public String privacyText(EventView event, RegistrationOptions rules, String language) {
        return intake.privacyText(event, rules, language);
    }

    /**
     * Registers a person. Checks everything first and throws {@link InvalidRegistration} with nothing saved; then
     * decides the status and writes the registration, its mail and its event in one transaction, holding the
     * event's lock as briefly as possible ({@link Intake}). A second registration of an active address gets its
     * links mailed again instead.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RegistrationOutcome register(EventView event, NewRegistration form) {
        // no query here: a connection taken outside Intake's transactions would stay bound to this call
        return intake.register(event, null, form);
    }

    /**
     * The same with the {@link #offer} the caller read just before; if the options or places changed meanwhile, the
     * registration is checked and decided again against the current ones.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RegistrationOutcome register(EventView event, Offer offer, NewRegistration form) {
        return intake.register(event, offer, form);
    }

    /**
     * Every rule a registration form breaks against the offer's options, with nothing written; empty when it breaks
     * none. For a form whose fields already failed their own checks: the person sees all errors at once.
     */
    public List<InvalidRegistration.Problem> problems(EventView event, Offer offer, NewRegistration form) {
        return intake.problems(event, offer.options(), form);
    }

    /** The registration a manage link opens; {@link RegistrationNotFound} for any other text. */
    public RegistrationView byManageToken(String token) {
        return byToken(token, Tokens.Kind.MANAGE);
    }

    /** The registration a join link opens; {@link RegistrationNotFound} for any other text. */
    public RegistrationView byJoinToken(String token) {
        return byToken(token, Tokens.Kind.JOIN);
    }

    /** The organisation and country a registration gave, from the first question of each kind. */
    public ParticipantCard card(RegistrationView registration) {
        List<Question> questions = options.questions(registration.eventId().value());
        return new ParticipantCard(Traits.organisation(questions, registration), Traits.country(questions, registration));
    }

    /**
     * Every registration of the event, whatever its status, as the results count it: without name or address.
     * The answers are read by the event's current questions (the first of each kind, as {@link #card} does).
     */
    public List<RegistrantProfile> profiles(EventId event) {
        List<Question> questions = options.questions(event.value());
        return store.ofEvent(event.value()).stream()
                .map(registration -> new RegistrantProfile(registration.id(), registration.status(),
                        registration.language(), Traits.country(questions, registration),
                        Traits.organisationType(questions, registration), Traits.organisation(questions, registration),
                        registration.createdAt()))
                .toList();
    }

    public Optional<RegistrationView> find(RegistrationId id) {
        return store.find(id.value());
    }

    /** Changes language, time zone and answers through the manage link. */
    @Transactional
    public void change(String token, String language, String zone, Map<Long, List<String>> answers) {
        RegistrationView registration = byManageToken(token);
        EventView event = event(registration);
        RegistrationOptions rules = options(event.id());
        String checkedLanguage = checkLanguage(event, language);
        String checkedZone = checkZone(zone);
        Map<Long, List<String>> checked = AnswerRules.check(rules.questions(), answers);
        store.updateDetails(registration.id().value(), checkedLanguage, checkedZone, checked, clock.instant());
        audit.recordAs("participant", "registration.changed", Admission.subject(registration.id()), null);
    }

    /** Confirms the address of an unverified registration; it then takes a place if one is free. */
    @Transactional
    public RegistrationStatus verify(String token) {
        RegistrationView registration = byManageToken(token);
        if (registration.status() != RegistrationStatus.UNVERIFIED) {
            return registration.status();
        }
        EventView event = event(registration);
        RegistrationOptions rules = options(event.id());
        admission.lock(event.id().value());
        // read again under the lock: the expiry job may have expired it meanwhile
        RegistrationStatus now = store.find(registration.id().value()).map(RegistrationView::status)
                .orElse(RegistrationStatus.EXPIRED);
        if (now != RegistrationStatus.UNVERIFIED) {
            if (!now.isActive()) {
                throw new RegistrationNotFound();
            }
            return now;
        }
        audit.recordAs("participant", "registration.verified", Admission.subject(registration.id()), null);
        if (rules.requiresApproval()) {
            store.setStatus(registration.id().value(), RegistrationStatus.AWAITING_APPROVAL, clock.instant());
            mails.send("awaiting-approval", registration, event, RegistrationStatus.AWAITING_APPROVAL);
            return RegistrationStatus.AWAITING_APPROVAL;
        }
        return admission.admit(registration, event, rules, "confirmation");
    }

    /** The person's join link (token) once they have a place, for their manage page; empty before that. */
    @Transactional
    public java.util.Optional<String> joinToken(String manageToken) {
        RegistrationView registration = byManageToken(manageToken);
        return registration.status() == RegistrationStatus.CONFIRMED
                ? java.util.Optional.of(links.issue(registration.id().value(), Tokens.Kind.JOIN))
                : java.util.Optional.empty();
    }

    /**
     * New personal links on the person's request (through the manage link): the old manage and join links stop
     * working, the new ones are mailed. Returns the new manage token.
     */
    @Transactional
    public String renewLinks(String token) {
        RegistrationView registration = byManageToken(token);
        EventView event = event(registration);
        links.revoke(registration.id().value());
        audit.recordAs("participant", "registration.linksRenewed", Admission.subject(registration.id()), null);
        mails.send("links", registration, event, registration.status());
        return links.issue(registration.id().value(), Tokens.Kind.MANAGE);
    }

    /**
     * Cancels through the manage link: the person's links stop working, their place goes to the first person on
     * the waiting list in the same transaction, and both are told by mail.
     */
    @Transactional
    public void cancel(String token) {
        RegistrationView registration = byManageToken(token);
        EventView event = event(registration);
        long eventId = event.id().value();
        admission.lock(eventId);
        store.setStatus(registration.id().value(), RegistrationStatus.CANCELLED, clock.instant());
        store.revokeTokens(registration.id().value());
        options.releaseInvite(registration.id().value());
        audit.recordAs("participant", "registration.cancelled", Admission.subject(registration.id()), null);
        admission.announce(registration, event, RegistrationStatus.CANCELLED);
        mails.send("cancelled", registration, event, RegistrationStatus.CANCELLED);
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            admission.promoteWaiting(event, options(event.id()));
        }
    }

    private RegistrationView byToken(String token, Tokens.Kind kind) {
        if (!Tokens.plausible(token)) {
            throw new RegistrationNotFound();
        }
        return store.findByToken(Tokens.hash(token), kind)
                .filter(registration -> registration.status().isActive())
                .orElseThrow(RegistrationNotFound::new);
    }

    private EventView event(RegistrationView registration) {
        return catalog.find(registration.eventId()).orElseThrow(RegistrationNotFound::new);
    }

    public static String checkLanguage(EventView event, String language) {
        if (language == null || !event.languages().contains(language)) {
            throw new InvalidRegistration("language", "registration.error.language");
        }
        return language;
    }

    /** A required text, stripped; refused when empty or longer than {@code max}. */
    public static String required(String value, String field, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidRegistration(field, "registration.error.required");
        }
        if (stripped.length() > max) {
            throw new InvalidRegistration(field, "registration.error.tooLong");
        }
        return stripped;
    }

    /** A required e-mail address, stripped; refused when it does not look like one. */
    public static String checkEmail(String value) {
        String email = required(value, "email", MAX_EMAIL);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidRegistration("email", "registration.error.email");
        }
        return email;
    }

    public static String checkZone(String zone) {
        try {
            if (zone != null && zone.contains("/") || "UTC".equals(zone)) {
                return ZoneId.of(zone).getId();
            }
        } catch (java.time.DateTimeException unknown) {
            // fall through to the same error as any other unknown zone
        }
        throw new InvalidRegistration("zone", "registration.error.zone");
    }

    /**
     * Mails the event's confirmed registrants the link to its published results, as a broadcast the organisers see
     * with their other messages. Returns the broadcast's id.
     */
    public long sendResults(EventId event, String resultsUrl, AccountView by) {
        return broadcasts.sendResults(event, resultsUrl, by);
    }
}
