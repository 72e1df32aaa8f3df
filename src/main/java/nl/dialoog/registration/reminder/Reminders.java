package nl.dialoog.registration.reminder;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's API for reminder plans: how long before the start confirmed registrants are reminded.
 * Sending is {@link ReminderJob}'s.
 */
@Service
@Transactional(readOnly = true)
public class Reminders {

    /** 24 hours and 1 hour before the start, in minutes. */
    public static final List<Integer> DEFAULTS = List.of(24 * 60, 60);

    /** At most this many reminders per event, between 5 minutes and 30 days before the start. */
    public static final int MAX_REMINDERS = 5;
    public static final int MIN_OFFSET = 5;
    public static final int MAX_OFFSET = 30 * 24 * 60;

    private final ReminderStore store;
    private final EventCatalog catalog;
    private final Audit audit;
    private final Clock clock;

    Reminders(ReminderStore store, EventCatalog catalog, Audit audit, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** The event's reminder offsets in minutes, largest first: the organiser's, else the defaults. */
    public List<Integer> offsets(EventId event, AccountView by) {
        catalog.editable(event, by);
        return plan(event.value());
    }

    /** Replaces the event's offsets (minutes before the start); an empty list means no reminders. */
    @Transactional
    public void saveOffsets(EventId event, List<Integer> offsets, AccountView by) {
        catalog.editable(event, by);
        if (offsets.size() > MAX_REMINDERS) {
            throw new InvalidRegistration("offsets", "registration.reminders.error.tooMany");
        }
        if (offsets.stream().anyMatch(offset -> offset < MIN_OFFSET || offset > MAX_OFFSET)) {
            throw new InvalidRegistration("offsets", "registration.reminders.error.range");
        }
        List<Integer> sorted = offsets.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        store.savePlan(event.value(), sorted, clock.instant());
        audit.record("registration.reminders.saved", "event:" + event.value(), sorted.toString());
    }

    List<Integer> plan(long eventId) {
        return store.plan(eventId).orElse(DEFAULTS);
    }
}
