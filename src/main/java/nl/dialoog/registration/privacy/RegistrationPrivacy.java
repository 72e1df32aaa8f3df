package nl.dialoog.registration.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.registration.RegistrationNotFound;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.AnswerLabels;
import nl.dialoog.registration.internal.OptionsStore;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.registration.internal.RosterStore;
import nl.dialoog.registration.internal.Traits;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's privacy rights through their manage link: download everything held about their registration,
 * and erase it. The manage token is the only key, so one link can never reach another registration.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationPrivacy {

    private final Registrations registrations;
    private final RegistrationStore store;
    private final RosterStore roster;
    private final OptionsStore options;
    private final Admission admission;
    private final AnswerLabels labels;
    private final EventCatalog catalog;
    private final MailQueue mails;
    private final Audit audit;
    private final Clock clock;

    RegistrationPrivacy(Registrations registrations, RegistrationStore store, RosterStore roster,
                        OptionsStore options, Admission admission, AnswerLabels labels, EventCatalog catalog,
                        MailQueue mails, Audit audit, Clock clock) {
        this.registrations = registrations;
        this.store = store;
        this.roster = roster;
        this.options = options;
        this.admission = admission;
        this.labels = labels;
        this.catalog = catalog;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The registration, its answers with the questions' labels, the consent, the mails and the audit entries. */
    public ParticipantData data(String token) {
        RegistrationView registration = registrations.byManageToken(token);
        EventView event = event(registration);
        RosterStore.Extra extra = roster.extra(registration.id().value());
        String language = registration.language();
        List<ParticipantData.Answer> answers = registrations.options(event.id()).questions().stream()
                .filter(question -> registration.answers().containsKey(question.id()))
                .map(question -> new ParticipantData.Answer(labels.question(question, event, language),
                        registration.answers().get(question.id()),
                        labels.answer(question, registration.answers().get(question.id()), event, language)))
                .toList();
        String subject = Admission.subject(registration.id());
        return new ParticipantData(iso(clock.instant()),
                new ParticipantData.Person(registration.id().value(), event.slug(),
                        event.title().resolve(event.languageFor(language), event.defaultLanguage()).text(),
                        registration.name(), registration.email(), registration.status().name(), language,
                        registration.zone().getId(), iso(registration.createdAt()), iso(extra.confirmedAt()),
                        extra.addedByOrganiser()),
                answers,
                new ParticipantData.Consent(registration.consentVersion(), extra.consentLanguage(),
                        extra.consentText(), iso(registration.consentedAt())),
                mails.about(subject).stream()
                        .map(mail -> new ParticipantData.Mail(mail.to(), mail.subject(), mail.text(),
                                mail.status().name(), iso(mail.createdAt()), iso(mail.sentAt())))
                        .toList(),
                audit.forSubject(subject).stream()
                        .map(entry -> new ParticipantData.Entry(iso(entry.occurredAt()), entry.actor(),
                                entry.action(), entry.detail()))
                        .toList());
    }

    /**
     * Erases the registration: it is counted in the event's anonymous tally (as cancelled) and then deleted with
     * its tokens; an invite it used is freed and no longer names anyone. A confirmed place goes to the next person
     * on the waiting list, as with a cancellation. No mail is sent: the address is what was just erased.
     */
    @Transactional
    public void erase(String token) {
        RegistrationView found = registrations.byManageToken(token);
        EventView event = event(found);
        long eventId = event.id().value();
        admission.lock(eventId);
        RegistrationView registration = store.find(found.id().value()).orElseThrow(RegistrationNotFound::new);
        RegistrationOptions rules = registrations.options(event.id());
        Traits.tally(roster, rules.questions(), registration, RegistrationStatus.CANCELLED);
        roster.delete(registration.id().value());
        mails.forget(Admission.subject(registration.id()));
        mails.forget(eventId, registration.email());
        options.releaseInvite(registration.id().value());
        roster.remember(registration.id().value(), eventId, "erased", clock.instant());
        audit.recordAs("participant", "registration.erased", Admission.subject(registration.id()),
                "event:" + eventId + " was " + registration.status());
        admission.announce(registration, event, RegistrationStatus.CANCELLED);
        admission.erased(registration.id(), event.id());
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            admission.promoteWaiting(event, rules);
        }
    }

    private EventView event(RegistrationView registration) {
        return catalog.find(registration.eventId()).orElseThrow(RegistrationNotFound::new);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
