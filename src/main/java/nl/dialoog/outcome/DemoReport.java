package nl.dialoog.outcome;

import nl.dialoog.room.DemoSessionRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The demo's 2017 session gets its report at once, built and on the public results page. */
@Component
class DemoReport {

    private final Outcomes outcomes;

    DemoReport(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @ApplicationModuleListener
    void on(DemoSessionRecorded recorded) {
        outcomes.buildDemo(recorded.event());
    }
}
