package nl.dialoog.stage;

import nl.dialoog.event.EventId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps relays in step with the stage: publishers who joined since the last run are forwarded to every relay, and
 * expired watch tokens are removed from the relays. Does nothing when no relay is configured.
 */
@Component
class RelayHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(RelayHousekeeping.class);

    private final Relays relays;
    private final TransactionTemplate transactions;

    RelayHousekeeping(Relays relays, TransactionTemplate transactions) {
        this.relays = relays;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${dialoog.stage.housekeeping:PT25S}", initialDelayString = "${dialoog.stage.housekeeping:PT25S}")
    void run() {
        if (!relays.configured()) {
            return;
        }
        for (long event : relays.openStages()) {
            try {
                transactions.executeWithoutResult(status -> relays.sync(new EventId(event)));
            } catch (RuntimeException e) {
                log.warn("Relays of event {} not brought up to date: {}", event, e.getMessage());
            }
        }
        transactions.executeWithoutResult(status -> relays.removeExpired());
    }
}
