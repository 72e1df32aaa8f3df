package nl.dialoog.registration.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.RegistrationMails;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.shared.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due reminders every minute. A reminder is due when start − offset has passed, the event has not started,
 * the registration is confirmed and was made before that moment (who registers an hour before gets no "tomorrow"
 * reminder). Reminders missed while no node ran go out late, never after the start; when several are due at once
 * (say after a long outage) the person gets one mail, and all of them count as sent.
 * <p>
 * Each registration is handled in its own transaction that first inserts its claims
 * ({@code registration_reminder_sent}, primary key registration and offset) and then queues the mail, so with any
 * number of nodes running this job the node that loses the insert race rolls back and skips.
 */
@Component
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderStore store;
    private final Reminders reminders;
    private final RegistrationStore registrations;
    private final RegistrationMails mails;
    private final EventCatalog catalog;
    private final Audit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReminderJob(ReminderStore store, Reminders reminders, RegistrationStore registrations, RegistrationMails mails,
                EventCatalog catalog, Audit audit, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.reminders = reminders;
        this.registrations = registrations;
        this.mails = mails;
        this.catalog = catalog;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dialoog.registration.reminder-interval:PT1M}", initialDelayString = "PT30S")
    void run() {
        sendDue(clock.instant());
    }

    /** Queues every reminder due at {@code now}; returns how many mails this call queued. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (long eventId : store.eventsWithConfirmed()) {
            EventView event = catalog.find(new EventId(eventId)).orElse(null);
            if (event == null || !event.isPublished() || !now.isBefore(event.start())) {
                continue;
            }
            List<Integer> due = reminders.plan(eventId).stream()
                    .filter(offset -> !dueAt(event, offset).isAfter(now)).toList();
            if (due.isEmpty()) {
                continue;
            }
            for (ReminderStore.Candidate candidate : store.candidates(eventId)) {
                List<Integer> open = due.stream().filter(offset -> !candidate.claimed().contains(offset))
                        .filter(offset -> candidate.createdAt().isBefore(dueAt(event, offset))).toList();
                if (!open.isEmpty() && remind(candidate.registrationId(), event, open, now)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean remind(long registrationId, EventView event, List<Integer> offsets, Instant now) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                RegistrationView registration = registrations.find(registrationId).orElse(null);
                if (registration == null || registration.status() != RegistrationStatus.CONFIRMED) {
                    return false;
                }
                offsets.forEach(offset -> store.claimReminder(registrationId, offset, now));
                int nearest = offsets.stream().mapToInt(Integer::intValue).min().orElseThrow();
                mails.send("reminder", registration, event, RegistrationStatus.CONFIRMED,
                        Map.of("offsetMinutes", nearest), Admission.subject(registration.id()));
                audit.recordAs("system", "registration.reminded", Admission.subject(registration.id()),
                        "offsets=" + offsets);
                return true;
            }));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
            // another node (or run) claimed it first and sends it; nothing of ours was written
            LOG.debug("Reminder for registration {} already claimed: {}", registrationId, taken.getMessage());
            return false;
        }
    }

    private static Instant dueAt(EventView event, int offsetMinutes) {
        return event.start().minus(Duration.ofMinutes(offsetMinutes));
    }
}
