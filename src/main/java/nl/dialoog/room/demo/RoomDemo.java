package nl.dialoog.room.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.dialoog.registration.DemoRegistrationsLoaded;
import nl.dialoog.registration.RegistrantProfile;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.room.DemoSessionRecorded;
import nl.dialoog.shared.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the demo's 2017 session once its registrations exist: about three quarters of the confirmed registrants
 * attended, with the staff and the texts of {@code room/demo-session.txt}. Idempotent: a room anyone entered
 * already is left as it is. Then {@link DemoSessionRecorded}, so the results can build the demo's report.
 */
@Component
class RoomDemo {

    /** The share of confirmed registrations that came, as in a typical free webinar. */
    static final double ATTENDANCE = 0.78;
    static final long SEED = 20171109L;

    private static final Logger log = LoggerFactory.getLogger(RoomDemo.class);

    private final Registrations registrations;
    private final DemoSessionStore store;
    private final ApplicationEventPublisher events;
    private final Audit audit;

    RoomDemo(Registrations registrations, DemoSessionStore store, ApplicationEventPublisher events, Audit audit) {
        this.registrations = registrations;
        this.store = store;
        this.events = events;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(DemoRegistrationsLoaded loaded) {
        record(loaded);
    }

    /** Writes the session in the caller's transaction; false when the room has people already. */
    boolean record(DemoRegistrationsLoaded loaded) {
        long started = System.nanoTime();
        long eventId = loaded.event().value();
        if (store.hasPeople(eventId)) {
            return false;
        }
        List<RegistrantProfile> confirmed = registrations.profiles(loaded.event()).stream()
                .filter(profile -> profile.status() == RegistrationStatus.CONFIRMED).toList();
        Random random = new Random(SEED);
        List<DemoSession.Attendee> attendees = new ArrayList<>();
        for (RegistrantProfile profile : confirmed) {
            if (random.nextDouble() < ATTENDANCE) {
                String name = registrations.find(profile.id()).map(RegistrationView::name).orElseThrow();
                attendees.add(new DemoSession.Attendee(profile.id().value(), name, profile.organisation(),
                        profile.country()));
            }
        }
        DemoSession session = DemoSession.of(DemoScript.read(), attendees, SEED);
        store.write(eventId, session);
        String detail = "demo: " + session.people.size() + " people, " + session.chat.size() + " messages, "
                + session.questions.size() + " questions, " + session.polls.size() + " polls, "
                + session.statements.size() + " statements, " + session.votes.size() + " votes (invented)";
        audit.recordAs("system", "room.demo.recorded", "event:" + eventId, detail);
        events.publishEvent(new DemoSessionRecorded(loaded.event()));
        log.info("Recorded the demo session of event {} in {} ms: {}", eventId,
                (System.nanoTime() - started) / 1_000_000, detail);
        return true;
    }
}
