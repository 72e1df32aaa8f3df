package nl.dialoog.registration.desk;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.OptionsStore;
import nl.dialoog.registration.internal.RegistrationMails;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.registration.internal.RosterQueries;
import nl.dialoog.registration.internal.RosterStore;
import nl.dialoog.registration.internal.Traits;
import nl.dialoog.shared.Audit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's desk for one event's registrations: the searchable list with its counts, adding a person by
 * hand, and the audit trail. Like {@link RegistrationAdmin}, every method first checks that the organiser may edit
 * the event; otherwise the event reads as not found.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationDesk {


    private final OptionsStore options;
    private final RegistrationStore store;
    private final RosterStore roster;
    private final RosterQueries queries;
    private final Admission admission;
    private final RegistrationMails mails;
    private final EventCatalog catalog;
    private final Registrations registrations;
    private final Audit audit;
    private final Clock clock;

    RegistrationDesk(OptionsStore options, RegistrationStore store, RosterStore roster, RosterQueries queries,
                     Admission admission, RegistrationMails mails, EventCatalog catalog, Registrations registrations,
                     Audit audit, Clock clock) {
        this.queries = queries;
        this.registrations = registrations;
        this.options = options;
        this.store = store;
        this.roster = roster;
        this.admission = admission;
        this.mails = mails;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The registrations that match the filter, oldest first, with counts of the matches. Filtering happens in
     * memory: an event has at most some thousands of registrations, and the country and organisation type live in
     * the answers' JSON, which SQL could not filter on the same way on H2 and PostgreSQL.
     */
    public Roster roster(EventId id, RegistrationFilter filter, AccountView by) {
        catalog.editable(id, by);
        List<Question> questions = questions(id);
        List<RegistrationView> all = store.ofEvent(id.value());
        List<RegistrationView> matches = all.stream().filter(r -> filter.matches(r, questions)).toList();
        Map<RegistrationStatus, Integer> byStatus = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            byStatus.put(status, 0);
        }
        matches.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
        return new Roster(matches, all.size(), questions, byStatus,
                count(matches, r -> Traits.country(questions, r)),
                count(matches, r -> Traits.organisationType(questions, r)),
                count(matches, RegistrationView::language), removed(id.value()));
    }

    /**
     * One page of the list, filtered and counted in SQL (see {@link RosterQueries}): at most five statements
     * whatever the number of registrations. A page past the last shows the last.
     */
    public RosterPage list(EventId id, RosterQuery query, AccountView by) {
        catalog.editable(id, by);
        List<Question> questions = questions(id);
        List<Long> choices = questions.stream().filter(q -> q.kind().isChoice()).map(Question::id).toList();
        Map<Long, String> answers = new java.util.LinkedHashMap<>();
        query.answers().forEach((question, answer) -> {
            if (choices.contains(question) && answer != null && !answer.isBlank()) {
                answers.put(question, answer);
            }
        });
        RosterQueries.Criteria criteria = new RosterQueries.Criteria(id.value(), query.search(), query.status(),
                query.language(), answers, questions.stream()
                .filter(q -> q.kind() == QuestionKind.ORGANISATION_NAME).map(Question::id).toList());
        RosterQueries.Criteria everyone = new RosterQueries.Criteria(id.value(), null, null, null, Map.of(),
                List.of());
        boolean filtered = !criteria.equals(everyone);
        List<RosterQueries.Count> counts = queries.counts(criteria);
        Map<RegistrationStatus, Integer> byStatus = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            byStatus.put(status, 0);
        }
        Map<String, Integer> byLanguage = new TreeMap<>();
        counts.forEach(count -> {
            byStatus.merge(count.status(), count.count(), Integer::sum);
            byLanguage.merge(count.language(), count.count(), Integer::sum);
        });
        int matches = counts.stream().mapToInt(RosterQueries.Count::count).sum();
        int total = filtered ? queries.counts(everyone).stream().mapToInt(RosterQueries.Count::count).sum() : matches;
        int pages = Math.max(1, (matches + RosterQuery.PAGE_SIZE - 1) / RosterQuery.PAGE_SIZE);
        int number = Math.min(query.page(), pages);
        Map<Long, Map<String, Integer>> byAnswer = queries.answerCounts(criteria, choices);
        Map<Long, Map<String, Integer>> given = filtered ? queries.answerCounts(everyone, choices) : byAnswer;
        List<RegistrationView> rows = matches == 0 ? List.of()
                : queries.page(criteria, (number - 1) * RosterQuery.PAGE_SIZE, RosterQuery.PAGE_SIZE);
        return new RosterPage(rows, number, pages, matches, total, questions, byStatus, byLanguage, byAnswer, given,
                removed(id.value()));
    }

    /**
     * Registers a person on the organiser's behalf: confirmed if a place is free, else waitlisted, and mailed as if
     * they had registered themselves. Approval, invite codes, e-mail verification, opening times and bot checks do
     * not apply: the organiser vouches for the person. The consent stored is the current privacy text, marked as
     * added by the organiser.
     */
    @Transactional
    public RegistrationStatus addManually(EventId id, ManualRegistration person, AccountView by) {
        EventView event = catalog.editable(id, by);
        String name = Registrations.required(person.name(), "name", Registrations.MAX_NAME);
        String email = Registrations.checkEmail(person.email());
        if (person.language() == null || !event.languages().contains(person.language())) {
            throw new InvalidRegistration("language", "registration.error.language");
        }
        String zone = Registrations.checkZone(person.zone());
        admission.lock(id.value());
        RegistrationOptions rules = options.find(id.value()).orElse(RegistrationOptions.DEFAULTS);
        if (store.findActive(id.value(), email).isPresent()) {
            throw new InvalidRegistration("email", "registration.error.alreadyRegistered");
        }
        RegistrationStatus status = admission.placeFree(id.value(), rules.capacity()) ? RegistrationStatus.CONFIRMED
                : RegistrationStatus.WAITLISTED;
        String privacy = registrations.privacyText(event, rules, person.language());
        long registrationId;
        try {
            registrationId = store.insert(new RegistrationStore.Row(id.value(), name, email, person.language(), zone,
                    status, Map.of(), rules.privacyVersion(), person.language(), privacy, null), clock.instant());
        } catch (DuplicateKeyException registeringThemselvesAtThisMoment) {
            throw new InvalidRegistration("email", "registration.error.alreadyRegistered");
        }
        if (status == RegistrationStatus.CONFIRMED) {
            store.countPlace(id.value());
        }
        roster.markAddedByOrganiser(registrationId);
        RegistrationView registration = store.find(registrationId).orElseThrow();
        audit.record("registration.addedByOrganiser", Admission.subject(registration.id()),
                "event:" + id.value() + " " + status);
        admission.announce(registration, event, status);
        mails.send(status == RegistrationStatus.CONFIRMED ? "confirmation" : "waitlisted", registration, event,
                status);
        return status;
    }

    /**
     * Who changed what and when, newest first: the entries about the event's registration settings and about each
     * of its registrations, including those since erased (their entries hold no personal data).
     */
    public List<Audit.Entry> trail(EventId id, AccountView by) {
        catalog.editable(id, by);
        java.util.Set<String> subjects = new java.util.LinkedHashSet<>();
        subjects.add("event:" + id.value());
        store.ofEvent(id.value()).forEach(r -> subjects.add(Admission.subject(r.id())));
        subjects.addAll(roster.erasedSubjects(id.value()));
        return subjects.stream().flatMap(subject -> audit.forSubject(subject).stream())
                .filter(entry -> entry.action().startsWith("registration."))
                .sorted(Comparator.comparing(Audit.Entry::occurredAt).reversed())
                .toList();
    }

    /** The people the trail names, by subject ("registration:12"); erased registrations are not among them. */
    public Map<String, RegistrationView> people(EventId id, AccountView by) {
        catalog.editable(id, by);
        Map<String, RegistrationView> people = new java.util.HashMap<>();
        store.ofEvent(id.value()).forEach(r -> people.put(Admission.subject(r.id()), r));
        return people;
    }

    private Map<RegistrationStatus, Map<String, Map<String, Integer>>> removed(long eventId) {
        Map<RegistrationStatus, Map<String, Map<String, Integer>>> removed = new EnumMap<>(RegistrationStatus.class);
        for (RosterStore.Tally tally : roster.tallies(eventId)) {
            removed.computeIfAbsent(tally.status(), s -> new TreeMap<>())
                    .computeIfAbsent(tally.dimension(), d -> new TreeMap<>()).put(tally.value(), tally.count());
        }
        return removed;
    }

    private List<Question> questions(EventId id) {
        return options.find(id.value()).map(RegistrationOptions::questions).orElse(List.of());
    }

    private static Map<String, Integer> count(List<RegistrationView> registrations,
                                              Function<RegistrationView, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        registrations.forEach(r -> counts.merge(key.apply(r), 1, Integer::sum));
        return counts;
    }
}
