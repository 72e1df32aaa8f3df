package nl.dialoog.registration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Availability;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.Offer;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.shared.Audit;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in a new registration: checks it, decides its status and writes it with its tokens, mail and audit entry in
 * one transaction.
 *
 * <p>The event's lock (the options row, see {@link Admission}) serialises every admission of an event, so during a
 * rush the time it is held bounds how many people a second can register. Intake therefore holds it as briefly as
 * it can: it predicts the status from the places taken as read without the lock, writes everything, and only then
 * takes the lock, with one update that checks that the options and the prediction still hold and counts the place
 * ({@link Admission#settle}); the lock is held for that update and the commit. If not — the last places went meanwhile, a place came free, the
 * organiser changed the options, or the same address registered at the same moment — the transaction is rolled
 * back and the registration is taken in again holding the lock from the start, which cannot be wrong. Invite-only
 * events always take that second way (an invite code must be used once). Two registrations of one address at the
 * same moment (a double click) may wait for each other, one holding the lock and the other the address; the
 * database then gives one of them up after its lock timeout, and that one, taken in again, finds the other.
 */
@Component
public class Intake {

    /** Attempts after the first, optimistic one; more are needed only when the same address keeps racing itself. */
    private static final int LOCKED_ATTEMPTS = 3;

    private final OptionsStore options;
    private final RecentOptions recent;
    private final RegistrationStore store;
    private final Admission admission;
    private final RegistrationMails mails;
    private final PersonalLinks links;
    private final MessageSource messages;
    private final Audit audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Intake(OptionsStore options, RecentOptions recent, RegistrationStore store, Admission admission,
           RegistrationMails mails, PersonalLinks links, MessageSource messages, Audit audit, Clock clock,
           PlatformTransactionManager transactions) {
        this.options = options;
        this.recent = recent;
        this.store = store;
        this.admission = admission;
        this.mails = mails;
        this.links = links;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A registration's fields as checked against the options, before anything is written. */
    private record Checked(String name, String email, String language, String zone,
                           Map<Long, List<String>> answers) {
    }

    /** The prediction made without the lock no longer holds: roll back and take the registration in locked. */
    private static final class Misjudged extends RuntimeException {
        Misjudged() {
            super(null, null, false, false);
        }
    }

    /** What a registration's status is decided from: the options' version and whether a place was free. */
    private record Seen(long version, RegistrationOptions rules, boolean placeFree) {
    }

    /**
     * See the class comment; {@code offer} is what the caller showed or read just before (its options, version and
     * whether places are left predict the status), null to read it here. Call outside any transaction: every query
     * runs in the transactions started here.
     */
    public RegistrationOutcome register(EventView event, Offer offer, NewRegistration form) {
        Checked checked = offer == null ? null : check(event, offer.options(), form);
        if (offer == null || !offer.options().inviteOnly()) {
            try {
                return transaction.execute(status -> admit(event, offer, checked, form, false));
            } catch (Misjudged | DuplicateKeyException | TransientDataAccessException retry) {
                // taken in again below, holding the lock from the start
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> admit(event, offer, checked, form, true));
            } catch (DuplicateKeyException | TransientDataAccessException sameAddressAtOnce) {
                // a registration of the same address, taken in optimistically, committed first (or the two waited
                // for each other and the database gave up one of them): it is found now
                if (attempt == LOCKED_ATTEMPTS) {
                    throw sameAddressAtOnce;
                }
            }
        }
    }

    private Seen seen(long eventId, Offer offer, boolean locked) {
        if (!locked && offer != null) {
            return new Seen(offer.version(), offer.options(), !offer.availability().full());
        }
        OptionsStore.Stamp stamp = locked ? admission.lock(eventId)
                : options.stamp(eventId).orElse(OptionsStore.Stamp.NONE);
        RegistrationOptions rules = recent.of(eventId, stamp);
        return new Seen(stamp.version(), rules, admission.placeFree(stamp, rules.capacity()));
    }

    private RegistrationOutcome admit(EventView event, Offer offer, Checked asOffered, NewRegistration form,
                                      boolean locked) {
        long eventId = event.id().value();
        Seen seen = seen(eventId, offer, locked);
        RegistrationOptions rules = seen.rules();
        Checked checked = asOffered != null && (rules == offer.options() || rules.equals(offer.options()))
                ? asOffered : check(event, rules, form);
        if (!locked && (rules.inviteOnly() || seen.version() == OptionsStore.Stamp.NONE.version())) {
            // an invite code is used once; an event without an options row gets one under the lock
            throw new Misjudged();
        }
        Optional<RegistrationView> existing = store.findActive(eventId, checked.email());
        if (existing.isPresent()) {
            mails.send("links", existing.get(), event, existing.get().status());
            audit.recordAs("participant", "registration.linksResent", Admission.subject(existing.get().id()), null);
            return new RegistrationOutcome(RegistrationOutcome.Kind.ALREADY_REGISTERED, existing.get().id(), null);
        }
        Long inviteId = locked && rules.inviteOnly() ? invite(eventId, checked.email(), form.inviteCode()) : null;
        RegistrationStatus status = status(rules, seen.placeFree());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id = store.insert(new RegistrationStore.Row(eventId, checked.name(), checked.email(),
                checked.language(), checked.zone(), status, checked.answers(), rules.privacyVersion(),
                checked.language(), privacyText(event, rules, checked.language()), inviteId), now);
        if (inviteId != null) {
            options.useInvite(inviteId, id);
        }
        // what store.find(id) would read back, without reading it
        RegistrationView registration = new RegistrationView(new RegistrationId(id), event.id(), checked.name(),
                checked.email(), checked.language(), ZoneId.of(checked.zone()), status, checked.answers(),
                rules.privacyVersion(), now, now);
        audit.recordAs("participant", "registration.created", Admission.subject(registration.id()),
                "event:" + eventId + " " + status);
        admission.announce(registration, event, status);
        mails.send(switch (status) {
            case UNVERIFIED -> "verify";
            case AWAITING_APPROVAL -> "awaiting-approval";
            case WAITLISTED -> "waitlisted";
            default -> "confirmation";
        }, registration, event, status);
        String pageToken = null;
        if (status != RegistrationStatus.UNVERIFIED) {
            pageToken = links.issue(id, Tokens.Kind.MANAGE);
        }
        if (!locked) {
            if (!admission.settle(eventId, seen.version(), status)) {
                throw new Misjudged();
            }
        } else if (status == RegistrationStatus.CONFIRMED) {
            store.countPlace(eventId);
        }
        return new RegistrationOutcome(switch (status) {
            case UNVERIFIED -> RegistrationOutcome.Kind.VERIFY_EMAIL;
            case AWAITING_APPROVAL -> RegistrationOutcome.Kind.AWAITING_APPROVAL;
            case WAITLISTED -> RegistrationOutcome.Kind.WAITLISTED;
            default -> RegistrationOutcome.Kind.CONFIRMED;
        }, registration.id(), pageToken);
    }

    private static RegistrationStatus status(RegistrationOptions rules, boolean placeFree) {
        return rules.verifyEmail() ? RegistrationStatus.UNVERIFIED
                : rules.requiresApproval() ? RegistrationStatus.AWAITING_APPROVAL
                : placeFree ? RegistrationStatus.CONFIRMED
                : RegistrationStatus.WAITLISTED;
    }

    /** The id of the unused invite code the person gave, for their address; call holding the lock. */
    private long invite(long eventId, String email, String given) {
        String code = given == null ? "" : given.strip().toUpperCase(Locale.ROOT);
        OptionsStore.Invite invite = options.unusedInvite(eventId, code)
                .orElseThrow(() -> new InvalidRegistration("inviteCode", "registration.error.inviteCode"));
        if (!invite.admits(email)) {
            throw new InvalidRegistration("inviteCode", "registration.error.inviteOtherAddress");
        }
        return invite.id();
    }

    /** The privacy text people consent to, in a language: the organiser's, else the built-in one. */
    public String privacyText(EventView event, RegistrationOptions rules, String language) {
        if (!rules.privacyText().isEmpty()) {
            return rules.privacyText().resolve(language, event.defaultLanguage()).text();
        }
        return messages.getMessage("registration.privacy.default", null, Locale.forLanguageTag(language));
    }

    /** Every rule the form breaks, nothing written: for a form that shows all its errors at once. */
    public List<InvalidRegistration.Problem> problems(EventView event, RegistrationOptions rules, NewRegistration form) {
        try {
            check(event, rules, form);
            return List.of();
        } catch (InvalidRegistration invalid) {
            return invalid.problems();
        }
    }

    /** The checked fields; throws every broken rule at once. */
    private Checked check(EventView event, RegistrationOptions rules, NewRegistration form) {
        List<InvalidRegistration.Problem> problems = new ArrayList<>();
        String name = collect(problems, () -> Registrations.required(form.name(), "name", Registrations.MAX_NAME));
        String email = collect(problems, () -> Registrations.checkEmail(form.email()));
        String language = collect(problems, () -> Registrations.checkLanguage(event, form.language()));
        String zone = collect(problems, () -> Registrations.checkZone(form.zone()));
        Map<Long, List<String>> answers = collect(problems, () -> AnswerRules.check(rules.questions(), form.answers()));
        if (!form.consented()) {
            problems.add(new InvalidRegistration.Problem("consent", "registration.error.consent"));
        } else if (form.privacyVersion() != rules.privacyVersion()) {
            problems.add(new InvalidRegistration.Problem("consent", "registration.error.privacyChanged"));
        }
        Availability.State state = Registrations.state(event, rules, clock.instant());
        if (state != Availability.State.OPEN) {
            problems.add(new InvalidRegistration.Problem(null, state == Availability.State.NOT_YET_OPEN
                    ? "registration.error.notYetOpen" : "registration.error.closed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistration(problems);
        }
        return new Checked(name, email, language, zone, answers);
    }

    private static <T> T collect(List<InvalidRegistration.Problem> problems, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidRegistration invalid) {
            problems.addAll(invalid.problems());
            return null;
        }
    }
}
