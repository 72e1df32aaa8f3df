package nl.dialoog.registration.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventRescheduled;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.registration.internal.RegistrationMails;
import nl.dialoog.registration.internal.RegistrationStore;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.Times;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every confirmed registrant when a published event moves: a mail with the new time (and the old one) and an
 * .ics REQUEST with the event's UID and new sequence, so calendars replace the entry. Delivered through Spring
 * Modulith's publication registry, so it may run again after a crash: each (registration, calendar sequence) gets
 * one mail. The sequence is the event's current one, so two quick moves handled late give one mail with the latest
 * time. Reminders whose moment is still ahead under the new start are re-armed.
 */
@Component
public class RescheduleMails {

    private final RegistrationStore registrations;
    private final ReminderStore store;
    private final Reminders reminders;
    private final RegistrationMails mails;
    private final EventCatalog catalog;
    private final Audit audit;
    private final Clock clock;

    RescheduleMails(RegistrationStore registrations, ReminderStore store, Reminders reminders,
                    RegistrationMails mails, EventCatalog catalog, Audit audit, Clock clock) {
        this.registrations = registrations;
        this.store = store;
        this.reminders = reminders;
        this.mails = mails;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void on(EventRescheduled rescheduled) {
        EventView event = catalog.find(rescheduled.event()).orElse(null);
        if (event == null || !event.isPublished()) {
            return;
        }
        long eventId = event.id().value();
        Instant now = clock.instant();
        if (now.isBefore(event.start())) {
            store.releaseReminders(eventId, reminders.plan(eventId).stream()
                    .filter(offset -> event.start().minus(Duration.ofMinutes(offset)).isAfter(now)).toList());
        }
        int sequence = event.calendarSequence();
        Set<Long> done = store.updated(eventId, sequence);
        List<RegistrationView> confirmed = registrations.ofEvent(eventId).stream()
                .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
                .filter(registration -> !done.contains(registration.id().value())).toList();
        for (RegistrationView registration : confirmed) {
            store.claimUpdate(registration.id().value(), sequence, now);
            Locale locale = Locale.forLanguageTag(registration.language());
            mails.send("rescheduled", registration, event, RegistrationStatus.CONFIRMED,
                    Map.of("previousStart", moment(rescheduled.previousStart(), registration, locale)),
                    Admission.subject(registration.id()));
        }
        audit.recordAs("system", "registration.rescheduleMailed", "event:" + eventId,
                "sequence=" + sequence + ", mails=" + confirmed.size());
    }

    /** "Thursday 9 November 2017, 11:00 (Greenwich Mean Time)": the old start, as the person knew it. */
    private static String moment(Instant instant, RegistrationView registration, Locale locale) {
        return Times.moment(instant, registration.zone(), locale);
    }
}
