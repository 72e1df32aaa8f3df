package nl.dialoog.registration.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.RegistrationErased;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.demo.DemoRegistrants;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.OptionsStore;
import nl.dialoog.registration.internal.RegistrationSettings;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.registration.internal.RosterStore;
import nl.dialoog.registration.internal.Traits;
import nl.dialoog.shared.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the personal data of an event's registrations once {@code dialoog.registration.retention} (default 90
 * days) has passed since the event ended, after counting them in the anonymous tally. Each purged registration is
 * announced as {@link RegistrationErased}, so that the room and the results forget the person too.
 *
 * <p>Safe with several nodes: each event is purged in its own transaction that first takes the event's admission
 * lock and then reads the registrations afresh, so a second node that runs at the same time waits, finds nothing
 * left, and counts nothing twice.
 */
@Component
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final RegistrationStore store;
    private final RosterStore roster;
    private final OptionsStore options;
    private final Admission admission;
    private final EventCatalog catalog;
    private final MailQueue mails;
    private final Audit audit;
    private final TransactionTemplate transactions;
    private final Duration retention;
    private final Clock clock;

    RetentionPurge(RegistrationStore store, RosterStore roster, OptionsStore options, Admission admission,
                   EventCatalog catalog, MailQueue mails, Audit audit, PlatformTransactionManager transactions,
                   RegistrationSettings settings, Clock clock) {
        this.store = store;
        this.roster = roster;
        this.options = options;
        this.admission = admission;
        this.catalog = catalog;
        this.mails = mails;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.retention = settings.retention();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dialoog.registration.purge-interval:PT1H}", initialDelayString = "PT2M")
    void run() {
        int purged = purge(clock.instant());
        if (purged > 0) {
            log.info("Purged the personal data of {} registrations after the retention period", purged);
        }
    }

    /** Purges every event whose retention ended before {@code now}; returns how many registrations were removed. */
    int purge(Instant now) {
        int purged = 0;
        for (long eventId : roster.eventsWithRegistrations()) {
            purged += purgeIfDue(eventId, now);
        }
        return purged;
    }

    /** Purges one event if its retention ended before {@code now}; returns how many registrations were removed. */
    public int purgeIfDue(long eventId, Instant now) {
        Optional<EventView> event = catalog.find(new EventId(eventId));
        if (event.isEmpty() || now.isBefore(event.get().end().plus(retention))) {
            return 0;
        }
        Integer count = transactions.execute(status -> purgeEvent(eventId, now));
        return count == null ? 0 : count;
    }

    private int purgeEvent(long eventId, Instant now) {
        admission.lock(eventId);
        List<Question> questions = options.find(eventId).map(RegistrationOptions::questions).orElse(List.of());
        // the demo's invented people (addresses at demo.invalid) are nobody's personal data: the demo edition keeps
        // them, and with them its results report's participation, however long ago its date
        List<RegistrationView> registrations = store.ofEvent(eventId).stream()
                .filter(registration -> !registration.email().endsWith("@" + DemoRegistrants.DOMAIN))
                .toList();
        for (RegistrationView registration : registrations) {
            Traits.tally(roster, questions, registration, registration.status());
            roster.delete(registration.id().value());
            mails.forget(Admission.subject(registration.id()));
            mails.forget(eventId, registration.email());
            roster.remember(registration.id().value(), eventId, "purged", now);
            admission.erased(registration.id(), registration.eventId());
        }
        roster.blankInvites(eventId);
        if (!registrations.isEmpty()) {
            audit.recordAs("system", "registration.purged", "event:" + eventId,
                    "registrations=" + registrations.size() + ", retention=" + retention);
        }
        return registrations.size();
    }
}
