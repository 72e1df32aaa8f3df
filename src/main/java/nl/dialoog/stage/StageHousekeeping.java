package nl.dialoog.stage;

import nl.dialoog.event.EventId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps Dialoog's Janus control session alive (Janus drops a silent one after its session timeout), removes
 * expired tokens from Janus and closes the stages of events that ended {@code dialoog.stage.close-after} ago. Does
 * nothing when no Janus is configured.
 */
@Component
class StageHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(StageHousekeeping.class);

    private final Stage stage;

    StageHousekeeping(Stage stage) {
        this.stage = stage;
    }

    @Scheduled(fixedDelayString = "${dialoog.stage.housekeeping:PT25S}", initialDelayString = "${dialoog.stage.housekeeping:PT25S}")
    void run() {
        try {
            stage.keepAlive();
            int removed = stage.removeExpiredTokens();
            if (removed > 0) {
                log.info("Removed {} expired stage tokens from Janus", removed);
            }
        } catch (StageRefused janusAway) {
            // logged where it happened; the next run tries again
        }
        closeEnded();
    }

    /** Closes the stages of ended events, each on its own: one Janus refusing leaves the others to close. */
    int closeEnded() {
        int closed = 0;
        for (EventId event : stage.stagesToClose()) {
            try {
                stage.closeStage(event);
                closed++;
                log.info("Closed the stage of event {}: the event ended", event.value());
            } catch (StageRefused janusAway) {
                // logged where it happened; the next run tries again
            }
        }
        return closed;
    }
}
