package nl.dialoog.registration;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.DemoEventLoaded;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.shared.Audit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registration options for the demo's upcoming edition that show the product: a limited number of places (so the
 * waiting list can be seen) and the questions the scenario asked — organisation, type of organisation, country —
 * in the event's languages. Idempotent: an edition that has questions already is left as it is.
 */
@Component
class RegistrationDemo {

    static final int PLACES = 300;

    private final OptionsStore options;
    private final Admission admission;
    private final Audit audit;
    private final Clock clock;

    RegistrationDemo(OptionsStore options, Admission admission, Audit audit, Clock clock) {
        this.options = options;
        this.admission = admission;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DemoEventLoaded loaded) {
        if (loaded.upcoming()) {
            prepare(loaded.event().value());
        }
    }

    /** Sets up the edition's registration; in the caller's transaction. */
    void prepare(long event) {
        admission.lock(event);
        if (!options.questions(event).isEmpty()) {
            return;
        }
        RegistrationOptions current = options.find(event).orElse(RegistrationOptions.DEFAULTS);
        // places an organiser has set already (this runs just after the start) are kept
        int places = current.capacity() == null ? PLACES : current.capacity();
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

    private static LocalizedText text(String english, String dutch) {
        return new LocalizedText(Map.of("en", english, "nl", dutch));
    }
}
