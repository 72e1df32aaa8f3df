package nl.dialoog.registration.internal;

import nl.dialoog.registration.RegistrationStatus;
/**
 * How one event's admissions are kept apart, so that counting the places and taking one never interleave: what
 * makes "no overbooking" true. {@link OptionsRowLock} is the only one in the application; the race test puts in one
 * that keeps nothing apart, to show what the lock prevents.
 */
interface AdmissionLock {

    /**
     * Takes the event's lock until the transaction ends (making the event's options row first if it has none);
     * returns the options' version and the places taken as they are under the lock.
     */
    OptionsStore.Stamp lock(long eventId);

    /**
     * Settles a registration written without the lock: takes the event's lock until the commit and checks that the
     * options are still of {@code version} and the places as {@code status} assumed — a place free for a confirmed
     * registration (and counts it), none for a waitlisted one. False when they are not: the caller rolls back.
     */
    boolean settle(long eventId, long version, RegistrationStatus status);
}
