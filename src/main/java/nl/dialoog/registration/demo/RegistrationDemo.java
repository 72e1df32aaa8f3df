package nl.dialoog.registration.demo;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.DemoEventLoaded;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.DemoRegistrationsLoaded;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.Intake;
import nl.dialoog.registration.internal.OptionsStore;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.shared.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registration options for the demo's editions that show the product: a limited number of places (so the waiting
 * list can be seen) and the questions the scenario asked — organisation, type of organisation, country — in the
 * event's languages. The 2017 edition also gets its invented registrants ({@link DemoRegistrants}), written the way
 * {@link Intake} writes registrations but without mails or personal links (nobody can receive them), and then
 * {@link DemoRegistrationsLoaded} so the room can record its session. Idempotent: an edition that has questions
 * (or registrations) already is left as it is.
 */
@Component
public class RegistrationDemo {

    static final int PLACES = 300;

    private static final Logger log = LoggerFactory.getLogger(RegistrationDemo.class);

    /** The seed of the 2017 edition's registrants: the same people on every machine. */
    static final long SEED = 20171109L;

    private final OptionsStore options;
    private final Admission admission;
    private final RegistrationStore store;
    private final Intake intake;
    private final EventCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final Clock clock;

    RegistrationDemo(OptionsStore options, Admission admission, RegistrationStore store, Intake intake,
                     EventCatalog catalog, ApplicationEventPublisher events, Audit audit, Clock clock) {
        this.options = options;
        this.admission = admission;
        this.store = store;
        this.intake = intake;
        this.catalog = catalog;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DemoEventLoaded loaded) {
        if (loaded.upcoming()) {
            prepare(loaded.event().value());
        } else {
            record(loaded.event());
        }
    }

    /** Sets up the edition's registration; in the caller's transaction. */
    public void prepare(long event) {
        prepare(event, PLACES);
    }

    /**
     * Gives the past edition its options and its registrants, once; in the caller's transaction. Its places are the
     * confirmed registrations, so the last ones to register are on the waiting list.
     */
    void record(EventId id) {
        long started = System.nanoTime();
        long event = id.value();
        admission.lock(event);
        if (!store.ofEvent(event).isEmpty()) {
            return;
        }
        List<DemoRegistrants.Person> people = DemoRegistrants.generate(SEED);
        int confirmed = (int) people.stream().filter(p -> p.status() == RegistrationStatus.CONFIRMED).count();
        prepare(event, confirmed);
        EventView view = catalog.find(id).orElseThrow();
        RegistrationOptions rules = options.find(event).orElseThrow();
        Map<QuestionKind, Long> asked = new EnumMap<>(QuestionKind.class);
        for (Question question : rules.questions()) {
            asked.putIfAbsent(question.kind(), question.id());
        }
        Map<String, String> privacy = new HashMap<>();
        for (DemoRegistrants.Person person : people) {
            Map<Long, List<String>> answers = new LinkedHashMap<>();
            answer(answers, asked.get(QuestionKind.ORGANISATION_NAME), person.organisation());
            answer(answers, asked.get(QuestionKind.ORGANISATION_TYPE), person.organisationType());
            answer(answers, asked.get(QuestionKind.COUNTRY), person.country());
            String consent = privacy.computeIfAbsent(person.language(),
                    language -> intake.privacyText(view, rules, language));
            boolean waiting = person.status() == RegistrationStatus.WAITLISTED;
            long registration = store.insert(new RegistrationStore.Row(event, person.name(), person.email(),
                    person.language(), person.zone(), waiting ? RegistrationStatus.WAITLISTED
                    : RegistrationStatus.CONFIRMED, answers, rules.privacyVersion(), person.language(), consent,
                    null), person.registeredAt());
            if (!waiting) {
                store.countPlace(event);
            }
            if (person.cancelledAt() != null) {
                store.setStatus(registration, RegistrationStatus.CANCELLED, person.cancelledAt());
            }
        }
        audit.recordAs("system", "registration.demo.loaded", "event:" + event, "demo: " + people.size()
                + " invented registrations (@" + DemoRegistrants.DOMAIN + "), no mails");
        events.publishEvent(new DemoRegistrationsLoaded(id));
        log.info("Invented {} registrations for the demo's event {} in {} ms", people.size(), event,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void prepare(long event, int defaultPlaces) {
        admission.lock(event);
        if (!options.questions(event).isEmpty()) {
            return;
        }
        RegistrationOptions current = options.find(event).orElse(RegistrationOptions.DEFAULTS);
        // places an organiser has set already (this runs just after the start) are kept
        int places = current.capacity() == null ? defaultPlaces : current.capacity();
        options.update(event, new RegistrationOptions(places, current.opensAt(), current.closesAt(),
                current.requiresApproval(), current.inviteOnly(), current.verifyEmail(), current.privacyText(),
                current.privacyVersion(), List.of()), clock.instant());
        options.addQuestion(event, QuestionKind.ORGANISATION_NAME, true,
                text("Name of your organisation", "Naam van je organisatie"), List.of());
        options.addQuestion(event, QuestionKind.ORGANISATION_TYPE, true,
                text("Type of organisation", "Soort organisatie"), List.of());
        options.addQuestion(event, QuestionKind.COUNTRY, true,
                text("Country where you work", "Land waar je werkt"), List.of());
        audit.recordAs("system", "registration.options.saved", "event:" + event,
                "demo: capacity=" + places + ", questions: organisation, organisation type, country");
    }

    private static void answer(Map<Long, List<String>> answers, Long question, String value) {
        if (question != null) {
            answers.put(question, List.of(value));
        }
    }

    private static LocalizedText text(String english, String dutch) {
        return new LocalizedText(Map.of("en", english, "nl", dutch));
    }
}
