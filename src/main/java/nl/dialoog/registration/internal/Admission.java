package nl.dialoog.registration.internal;

import java.time.Clock;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrationCancelled;
import nl.dialoog.registration.RegistrationErased;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationRejected;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.shared.Audit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands out places. Every method runs inside the caller's transaction and first takes the event's
 * {@link AdmissionLock}, so counting the confirmed registrations and taking a place never interleave with another
 * admission of the same event — on PostgreSQL and H2 alike. That lock is what makes "no overbooking" true.
 */
@Component
public class Admission {

    private final AdmissionLock eventLock;
    private final RegistrationStore registrations;
    private final RegistrationMails mails;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final Clock clock;

    Admission(AdmissionLock eventLock, RegistrationStore registrations, RegistrationMails mails,
              ApplicationEventPublisher events, Audit audit, Clock clock) {
        this.eventLock = eventLock;
        this.registrations = registrations;
        this.mails = mails;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes the event's lock; everything after it in this transaction is one admission at a time. Returns the
     * options' version and the places taken as they are under the lock.
     */
    public OptionsStore.Stamp lock(long eventId) {
        return eventLock.lock(eventId);
    }

    /**
     * Settles a registration written without the lock: in one statement, which takes the event's lock until the
     * commit, checks that the options are still of {@code version} and that the places are as {@code status}
     * assumed — a place free for a confirmed registration (and counts it), none for a waitlisted one. False when
     * they are not: the caller rolls back.
     */
    boolean settle(long eventId, long version, RegistrationStatus status) {
        return eventLock.settle(eventId, version, status);
    }

    /** Whether a place is free; call only after {@link #lock}. */
    public boolean placeFree(long eventId, Integer capacity) {
        return capacity == null || below(registrations.confirmedCount(eventId), capacity);
    }

    /** The same with the places taken as {@link #lock} returned them, when nothing changed them since. */
    public boolean placeFree(OptionsStore.Stamp locked, Integer capacity) {
        return capacity == null || below(locked.confirmed(), capacity);
    }

    private static boolean below(int taken, int capacity) {
        return taken < capacity;
    }

    /**
     * Moves a verified or approved registration to confirmed when a place is free, else to the waiting list, and
     * mails the person. Call after {@link #lock}.
     */
    public RegistrationStatus admit(RegistrationView registration, EventView event, RegistrationOptions rules,
                             String mailKind) {
        long eventId = event.id().value();
        RegistrationStatus status = placeFree(eventId, rules.capacity()) ? RegistrationStatus.CONFIRMED
                : RegistrationStatus.WAITLISTED;
        registrations.setStatus(registration.id().value(), status, clock.instant());
        announce(registration, event, status);
        mails.send(status == RegistrationStatus.CONFIRMED ? mailKind : "waitlisted", registration, event, status);
        return status;
    }

    /** Gives free places to the longest-waiting people, each told by mail. Call after {@link #lock}. */
    public int promoteWaiting(EventView event, RegistrationOptions rules) {
        long eventId = event.id().value();
        int promoted = 0;
        while (placeFree(eventId, rules.capacity())) {
            var next = registrations.firstWaiting(eventId).flatMap(registrations::find);
            if (next.isEmpty()) {
                break;
            }
            RegistrationView person = next.get();
            registrations.setStatus(person.id().value(), RegistrationStatus.CONFIRMED, clock.instant());
            audit.recordAs("system", "registration.promoted", subject(person.id()), null);
            mails.send("promoted", person, event, RegistrationStatus.CONFIRMED);
            promoted++;
        }
        return promoted;
    }

    /**
     * Tells other modules of a registration that ended (the room lets the person go). Confirmation and the waiting
     * list are not announced: registration itself mails the person, and no other module needs to know.
     */
    public void announce(RegistrationView registration, EventView event, RegistrationStatus status) {
        EventId eventId = event.id();
        switch (status) {
            case REJECTED -> events.publishEvent(new RegistrationRejected(registration.id(), eventId));
            case CANCELLED -> events.publishEvent(new RegistrationCancelled(registration.id(), eventId));
            default -> {
            }
        }
    }

    /** Tells the other modules to forget what they keep about the person (the room, the results). */
    public void erased(RegistrationId registration, EventId eventId) {
        events.publishEvent(new RegistrationErased(registration, eventId));
    }

    public static String subject(RegistrationId id) {
        return "registration:" + id.value();
    }
}
