package nl.dialoog.registration.desk;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationNotFound;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.OptionsStore;
import nl.dialoog.registration.internal.RegistrationMails;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.registration.internal.RosterQueries;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organiser does to the people on the list, one at a time or to a selection: resend their mail, cancel,
 * give a place, move to the waiting list, correct name, language and time zone; and one person's page. Each change
 * is one audit entry per person, by the organiser. A registration of another event reads as not found, and a bulk
 * action with one such id changes nobody. Like {@link RegistrationAdmin}, every method first checks that the
 * organiser may edit the event.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationActions {

    /** The most people one bulk action takes: a page of the list, several times over. */
    public static final int MAX_SELECTION = 500;

    private final OptionsStore options;
    private final RegistrationStore store;
    private final RosterQueries queries;
    private final Admission admission;
    private final RegistrationMails mails;
    private final MailQueue mailQueue;
    private final EventCatalog catalog;
    private final Audit audit;
    private final Clock clock;

    RegistrationActions(OptionsStore options, RegistrationStore store, RosterQueries queries, Admission admission,
                        RegistrationMails mails, MailQueue mailQueue, EventCatalog catalog, Audit audit,
                        Clock clock) {
        this.options = options;
        this.store = store;
        this.queries = queries;
        this.admission = admission;
        this.mails = mails;
        this.mailQueue = mailQueue;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's page: who they are, what they answered, the mails about their registration, its audit trail. */
    public PersonFile person(EventId id, RegistrationId registrationId, AccountView by) {
        catalog.editable(id, by);
        RegistrationView registration = own(id, registrationId);
        String subject = Admission.subject(registrationId);
        return new PersonFile(registration, options.questions(id.value()), mailQueue.about(subject),
                audit.forSubject(subject).stream().sorted(Comparator.comparing(Audit.Entry::occurredAt).reversed())
                        .toList());
    }

    /** Whether an action applies to a person in this status (the list offers only those that do). */
    public static boolean applies(RosterAction action, RegistrationStatus status) {
        return switch (action) {
            case RESEND -> status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITLISTED
                    || status == RegistrationStatus.AWAITING_APPROVAL;
            case CANCEL -> status.isActive();
            case PROMOTE -> status == RegistrationStatus.WAITLISTED;
            case WAITLIST -> status == RegistrationStatus.CONFIRMED;
        };
    }

    /** Does the action to one person; refused (nothing changed) when it does not apply or no place is free. */
    @Transactional
    public void act(EventId id, RegistrationId registrationId, RosterAction action, AccountView by) {
        EventView event = catalog.editable(id, by);
        admission.lock(id.value());
        RegistrationView registration = own(id, registrationId);
        if (!applies(action, registration.status())) {
            throw new InvalidRegistration(null, "registration.action.notPossible");
        }
        if (!apply(action, registration, event, rules(id))) {
            throw new InvalidRegistration(null, "registration.error.full");
        }
    }

    /** The selected registrations, oldest first; {@link RegistrationNotFound} when one is not the event's. */
    public List<RegistrationView> selection(EventId id, List<Long> ids, AccountView by) {
        catalog.editable(id, by);
        return checked(id, ids).stream().map(one -> store.find(one).orElseThrow(RegistrationNotFound::new)).toList();
    }

    /**
     * Does the action to each selected person it applies to, oldest registration first (so places go in the order
     * people registered), and counts the others as skipped; giving places stops counting as done when none is
     * free. All or nothing: one id of another event, and nobody is changed.
     */
    @Transactional
    public BulkOutcome bulk(EventId id, List<Long> ids, RosterAction action, AccountView by) {
        EventView event = catalog.editable(id, by);
        List<Long> checked = checked(id, ids);
        admission.lock(id.value());
        RegistrationOptions rules = rules(id);
        int done = 0;
        for (long one : checked) {
            RegistrationView registration = store.find(one).orElseThrow(RegistrationNotFound::new);
            if (applies(action, registration.status()) && apply(action, registration, event, rules)) {
                done++;
            }
        }
        return new BulkOutcome(action, done, checked.size() - done);
    }

    /** Corrects the person's name, language and time zone; one audit entry naming the fields that changed. */
    @Transactional
    public void edit(EventId id, RegistrationId registrationId, String name, String language, String zone,
                     AccountView by) {
        EventView event = catalog.editable(id, by);
        String newName = Registrations.required(name, "name", Registrations.MAX_NAME);
        String newLanguage = Registrations.checkLanguage(event, language);
        String newZone = Registrations.checkZone(zone);
        RegistrationView registration = own(id, registrationId);
        if (!registration.status().isActive()) {
            throw new InvalidRegistration(null, "registration.action.notPossible");
        }
        Set<String> changed = new LinkedHashSet<>();
        if (!newName.equals(registration.name())) {
            changed.add("name=" + newName);
            queries.rename(registrationId.value(), newName, clock.instant());
        }
        if (!newLanguage.equals(registration.language())) {
            changed.add("language=" + newLanguage);
        }
        if (!newZone.equals(registration.zone().getId())) {
            changed.add("zone=" + newZone);
        }
        if (changed.stream().anyMatch(field -> !field.startsWith("name="))) {
            store.updateDetails(registrationId.value(), newLanguage, newZone, registration.answers(), clock.instant());
        }
        if (!changed.isEmpty()) {
            audit.record("registration.editedByOrganiser", Admission.subject(registrationId),
                    String.join(", ", changed));
        }
    }

    /** Does one action, which applies; false only when giving a place and none is free. Call after the lock. */
    private boolean apply(RosterAction action, RegistrationView registration, EventView event,
                          RegistrationOptions rules) {
        long registrationId = registration.id().value();
        String subject = Admission.subject(registration.id());
        switch (action) {
            case RESEND -> {
                mails.send(switch (registration.status()) {
                    case CONFIRMED -> "confirmation";
                    case WAITLISTED -> "waitlisted";
                    default -> "awaiting-approval";
                }, registration, event, registration.status());
                audit.record("registration.mailResent", subject, registration.status().name());
            }
            case CANCEL -> {
                store.setStatus(registrationId, RegistrationStatus.CANCELLED, clock.instant());
                store.revokeTokens(registrationId);
                options.releaseInvite(registrationId);
                audit.record("registration.cancelledByOrganiser", subject, null);
                admission.announce(registration, event, RegistrationStatus.CANCELLED);
                mails.send("cancelled", registration, event, RegistrationStatus.CANCELLED);
                if (registration.status() == RegistrationStatus.CONFIRMED) {
                    admission.promoteWaiting(event, rules);
                }
            }
            case PROMOTE -> {
                if (!admission.placeFree(event.id().value(), rules.capacity())) {
                    return false;
                }
                store.setStatus(registrationId, RegistrationStatus.CONFIRMED, clock.instant());
                audit.record("registration.promoted", subject, "by organiser");
                mails.send("promoted", registration, event, RegistrationStatus.CONFIRMED);
            }
            case WAITLIST -> {
                store.setStatus(registrationId, RegistrationStatus.WAITLISTED, clock.instant());
                store.revokeTokens(registrationId);
                audit.record("registration.waitlistedByOrganiser", subject, null);
                mails.send("waitlisted", registration, event, RegistrationStatus.WAITLISTED);
                admission.promoteWaiting(event, rules);
            }
        }
        return true;
    }

    private List<Long> checked(EventId id, List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty() || distinct.size() > MAX_SELECTION) {
            throw new InvalidRegistration(null, "registration.bulk.selection");
        }
        List<Long> found = queries.ofEvent(id.value(), distinct);
        if (found.size() != distinct.size()) {
            throw new RegistrationNotFound();
        }
        return found;
    }

    private RegistrationView own(EventId id, RegistrationId registrationId) {
        return store.find(registrationId.value()).filter(registration -> registration.eventId().equals(id))
                .orElseThrow(RegistrationNotFound::new);
    }

    private RegistrationOptions rules(EventId id) {
        return options.find(id.value()).orElse(RegistrationOptions.DEFAULTS);
    }
}
