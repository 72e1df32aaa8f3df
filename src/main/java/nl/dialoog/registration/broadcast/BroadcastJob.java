package nl.dialoog.registration.broadcast;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.internal.RegistrationMails;
import nl.dialoog.registration.internal.RegistrationStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues broadcast mails a batch per transaction, so a message to thousands never becomes one huge transaction
 * and a crash loses at most the batch in flight (which is then redone: the position is saved with the batch).
 * The broadcast row is locked per batch, so several nodes never queue the same batch twice.
 */
@Component
public class BroadcastJob {

    static final int BATCH = 100;

    private final BroadcastStore store;
    private final RegistrationStore registrations;
    private final RegistrationMails mails;
    private final EventCatalog catalog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BroadcastJob(BroadcastStore store, RegistrationStore registrations, RegistrationMails mails,
                 EventCatalog catalog, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.registrations = registrations;
        this.mails = mails;
        this.catalog = catalog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dialoog.registration.broadcast-interval:PT5S}", initialDelayString = "PT10S")
    void run() {
        work();
    }

    /** Works until every broadcast is fully queued; returns how many mails it queued. */
    public int work() {
        int queued = 0;
        for (long id : store.unfinished()) {
            int batch;
            do {
                batch = batch(id);
                queued += batch;
            } while (batch > 0);
        }
        return queued;
    }

    /** Queues the next batch of one broadcast; 0 when it is done. */
    private int batch(long id) {
        Integer done = transaction.execute(status -> {
            BroadcastStore.Row row = store.lock(id).orElse(null);
            if (row == null || row.finishedAt() != null) {
                return 0;
            }
            EventView event = catalog.find(new EventId(row.eventId())).orElse(null);
            List<Long> next = event == null ? List.of()
                    : store.next(row.eventId(), row.status(), row.language(), row.lastRegistrationId(), BATCH);
            NewBroadcast message = new NewBroadcast(row.subject(), row.body(), row.status(), row.language(),
                    next.isEmpty() || row.isResults() ? Map.of() : store.translations(id));
            int count = 0;
            for (long registrationId : next) {
                RegistrationView person = registrations.find(registrationId).orElseThrow();
                if (row.isResults()) {
                    mails.send("followup", person, event, person.status(), Map.of("resultsUrl", row.body()),
                            "broadcast:" + id);
                } else {
                    mails.send("broadcast", person, event, person.status(), Broadcasts.model(message.textFor(event.languageFor(person.language()))),
                            "broadcast:" + id);
                }
                count++;
            }
            long last = next.isEmpty() ? row.lastRegistrationId() : next.getLast();
            store.advance(id, last, row.queued() + count, next.size() < BATCH ? clock.instant() : null);
            return count;
        });
        return done == null ? 0 : done;
    }
}
