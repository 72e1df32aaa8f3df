package nl.dialoog.registration.desk;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.event.PartMove;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationNotFound;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.OptionsStore;
import nl.dialoog.registration.internal.RegistrationMails;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.AuditSentences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's API for organisers: options, questions, invite codes, the list of registrations and
 * the decisions on them. Every method checks through {@link EventCatalog#editable} that the organiser may edit the
 * event; otherwise the event reads as not found.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationAdmin {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OptionsStore options;
    private final RegistrationStore store;
    private final Admission admission;
    private final RegistrationMails mails;
    private final EventCatalog catalog;
    private final Audit audit;
    private final Clock clock;

    RegistrationAdmin(OptionsStore options, RegistrationStore store, Admission admission, RegistrationMails mails,
                      EventCatalog catalog, Audit audit, Clock clock) {
        this.options = options;
        this.store = store;
        this.admission = admission;
        this.mails = mails;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    public RegistrationOptions options(EventId id, AccountView by) {
        catalog.editable(id, by);
        return options.find(id.value()).orElse(RegistrationOptions.DEFAULTS);
    }

    /**
     * Saves the options (questions are kept). A changed privacy text gets a new version, so every consent stays tied
     * to the text that was shown. A raised capacity gives the new places to the waiting list at once.
     */
    @Transactional
    public void saveOptions(EventId id, RegistrationOptions changed, AccountView by) {
        EventView event = catalog.editable(id, by);
        if (changed.capacity() != null && (changed.capacity() < 0 || changed.capacity() > 1_000_000)) {
            throw new InvalidRegistration("capacity", "registration.error.capacity");
        }
        if (changed.opensAt() != null && changed.closesAt() != null && !changed.opensAt().isBefore(changed.closesAt())) {
            throw new InvalidRegistration("closesAt", "registration.error.closesBeforeOpens");
        }
        LocalizedText privacy = changed.privacyText().restrictedTo(event.languages());
        if (privacy.values().values().stream().anyMatch(text -> text.length() > 8000)) {
            throw new InvalidRegistration("privacy", "registration.error.tooLong");
        }
        admission.lock(id.value());
        RegistrationOptions current = options.find(id.value()).orElseThrow();
        int version = privacy.equals(current.privacyText()) ? current.privacyVersion() : current.privacyVersion() + 1;
        RegistrationOptions saved = new RegistrationOptions(changed.capacity(), changed.opensAt(), changed.closesAt(),
                changed.requiresApproval(), changed.inviteOnly(), changed.verifyEmail(), privacy, version,
                current.questions());
        options.update(id.value(), saved, clock.instant());
        // each field with its old value, so that the trail reads "places from 2 to 300"
        audit.record("registration.options.saved", "event:" + id.value(), String.join(", ",
                AuditSentences.change("capacity", current.capacity(), saved.capacity()),
                AuditSentences.change("opensAt", current.opensAt(), saved.opensAt()),
                AuditSentences.change("closesAt", current.closesAt(), saved.closesAt()),
                AuditSentences.change("approval", current.requiresApproval(), saved.requiresApproval()),
                AuditSentences.change("inviteOnly", current.inviteOnly(), saved.inviteOnly()),
                AuditSentences.change("verify", current.verifyEmail(), saved.verifyEmail()),
                AuditSentences.change("privacyVersion", current.privacyVersion(), version)));
        admission.promoteWaiting(event, saved);
    }

    @Transactional
    public long addQuestion(EventId id, QuestionKind kind, boolean required, LocalizedText label,
                            List<Question.Option> choices, AccountView by) {
        EventView event = catalog.editable(id, by);
        LocalizedText kept = checkedLabel(label, event);
        List<Question.Option> keptChoices = checkedChoices(kind, choices);
        admission.lock(id.value());
        long questionId = options.addQuestion(id.value(), kind, required, kept, keptChoices);
        audit.record("registration.question.added", "event:" + id.value(), kind + ": " + kept.in(event.defaultLanguage()));
        return questionId;
    }

    /**
     * Changes a question's label, whether it is required and its own choices; its kind stays, so the answers given
     * so far keep their meaning (a choice keeps its key while its text stays, see the options page).
     */
    @Transactional
    public void updateQuestion(EventId id, long questionId, boolean required, LocalizedText label,
                               List<Question.Option> choices, AccountView by) {
        EventView event = catalog.editable(id, by);
        Question question = question(id, questionId);
        LocalizedText kept = checkedLabel(label, event);
        List<Question.Option> keptChoices = checkedChoices(question.kind(), choices);
        admission.lock(id.value());
        options.updateQuestion(id.value(), questionId, required, kept, keptChoices);
        audit.record("registration.question.changed", "event:" + id.value(),
                question.kind() + ": " + kept.in(event.defaultLanguage()));
    }

    /** Moves a question one place up or down on the registration form. */
    @Transactional
    public void moveQuestion(EventId id, long questionId, PartMove move, AccountView by) {
        catalog.editable(id, by);
        question(id, questionId);
        admission.lock(id.value());
        options.moveQuestion(id.value(), questionId, move == PartMove.UP ? -1 : 1);
        audit.record("registration.question.moved", "event:" + id.value(),
                questionId + " " + move.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** One question of the event's form; another event's or none reads as not found. */
    public Question question(EventId id, long questionId) {
        return options.questions(id.value()).stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(RegistrationNotFound::new);
    }

    private static LocalizedText checkedLabel(LocalizedText label, EventView event) {
        LocalizedText kept = label.restrictedTo(event.languages());
        if (kept.isEmpty()) {
            throw new InvalidRegistration("label", "registration.error.required");
        }
        if (kept.values().values().stream().anyMatch(text -> text.length() > 500)) {
            throw new InvalidRegistration("label", "registration.error.tooLong");
        }
        return kept;
    }

    private static List<Question.Option> checkedChoices(QuestionKind kind, List<Question.Option> choices) {
        List<Question.Option> kept = kind.hasOwnOptions() ? choices : List.of();
        if (kind.hasOwnOptions() && (kept.size() < 2 || kept.size() > 50)) {
            throw new InvalidRegistration("choices", "registration.error.choices");
        }
        return kept;
    }

    @Transactional
    public void removeQuestion(EventId id, long questionId, AccountView by) {
        catalog.editable(id, by);
        if (!options.removeQuestion(id.value(), questionId)) {
            throw new RegistrationNotFound();
        }
        audit.record("registration.question.removed", "event:" + id.value(), String.valueOf(questionId));
    }

    /** Creates an invite code, optionally for a named invitee; returns the code to hand out. */
    @Transactional
    public String createInvite(EventId id, String email, String name, AccountView by) {
        catalog.editable(id, by);
        admission.lock(id.value());
        String code = code();
        options.addInvite(id.value(), code, blankToNull(email, 320), blankToNull(name, 200), clock.instant());
        audit.record("registration.invite.created", "event:" + id.value(), email);
        return code;
    }

    /** Imports invitees from CSV lines "e-mail,name" (a header line and blank lines are skipped); one code each. */
    @Transactional
    public int importInvites(EventId id, String csv, AccountView by) {
        int created = 0;
        for (String line : csv.split("\\R")) {
            String[] cells = line.split("[,;]", 2);
            String email = cells[0].strip().replace("\"", "");
            if (!email.contains("@") || email.length() > 320) {
                continue;
            }
            createInvite(id, email, cells.length > 1 ? cells[1].strip().replace("\"", "") : null, by);
            created++;
        }
        return created;
    }

    public List<InviteView> invites(EventId id, AccountView by) {
        catalog.editable(id, by);
        return options.invites(id.value()).stream()
                .map(invite -> new InviteView(invite.code(), invite.email(), invite.name(), invite.usedBy() != null))
                .toList();
    }

    public List<RegistrationView> registrations(EventId id, AccountView by) {
        catalog.editable(id, by);
        return store.ofEvent(id.value());
    }

    public Map<RegistrationStatus, Integer> counts(EventId id, AccountView by) {
        catalog.editable(id, by);
        return store.counts(id.value());
    }

    /** Approves a registration awaiting approval: confirmed if a place is free, else waitlisted. */
    @Transactional
    public RegistrationStatus approve(EventId id, RegistrationId registrationId, AccountView by) {
        EventView event = catalog.editable(id, by);
        admission.lock(id.value());
        RegistrationView registration = own(id, registrationId, RegistrationStatus.AWAITING_APPROVAL);
        audit.record("registration.approved", Admission.subject(registrationId), null);
        return admission.admit(registration, event, options.find(id.value()).orElseThrow(), "approved");
    }

    @Transactional
    public void reject(EventId id, RegistrationId registrationId, AccountView by) {
        EventView event = catalog.editable(id, by);
        admission.lock(id.value());
        RegistrationView registration = own(id, registrationId, RegistrationStatus.AWAITING_APPROVAL);
        store.setStatus(registrationId.value(), RegistrationStatus.REJECTED, clock.instant());
        store.revokeTokens(registrationId.value());
        audit.record("registration.rejected", Admission.subject(registrationId), null);
        admission.announce(registration, event, RegistrationStatus.REJECTED);
        mails.send("rejected", registration, event, RegistrationStatus.REJECTED);
    }

    /** Moves someone from the waiting list to confirmed, ahead of the queue; only into a free place. */
    @Transactional
    public void promote(EventId id, RegistrationId registrationId, AccountView by) {
        EventView event = catalog.editable(id, by);
        admission.lock(id.value());
        RegistrationView registration = own(id, registrationId, RegistrationStatus.WAITLISTED);
        if (!admission.placeFree(id.value(), options.find(id.value()).orElseThrow().capacity())) {
            throw new InvalidRegistration(null, "registration.error.full");
        }
        store.setStatus(registrationId.value(), RegistrationStatus.CONFIRMED, clock.instant());
        audit.record("registration.promoted", Admission.subject(registrationId), "by organiser");
        admission.announce(registration, event, RegistrationStatus.CONFIRMED);
        mails.send("promoted", registration, event, RegistrationStatus.CONFIRMED);
    }

    private RegistrationView own(EventId id, RegistrationId registrationId, RegistrationStatus expected) {
        return store.find(registrationId.value())
                .filter(registration -> registration.eventId().equals(id))
                .filter(registration -> registration.status() == expected)
                .orElseThrow(RegistrationNotFound::new);
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
