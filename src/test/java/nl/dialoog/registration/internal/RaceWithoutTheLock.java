package nl.dialoog.registration.internal;

import java.time.Clock;
import java.time.Duration;
import nl.dialoog.registration.RegistrationStatus;

/**
 * The race test's {@link AdmissionLock}: the application's own lock, or — while {@link #off} — none at all, with a
 * pause between counting the places and taking one, so that a rush of registrations overbooks every time.
 */
class RaceWithoutTheLock implements AdmissionLock {

    private final OptionsRowLock lock;
    private final OptionsStore options;
    private final RegistrationStore registrations;
    private final Clock clock;
    private volatile boolean off;

    RaceWithoutTheLock(OptionsRowLock lock, OptionsStore options, RegistrationStore registrations, Clock clock) {
        this.lock = lock;
        this.options = options;
        this.registrations = registrations;
        this.clock = clock;
    }

    void off(boolean off) {
        this.off = off;
    }

    @Override
    public OptionsStore.Stamp lock(long eventId) {
        if (!off) {
            return lock.lock(eventId);
        }
        options.ensure(eventId, clock.instant());
        OptionsStore.Stamp counted = options.stamp(eventId).orElseThrow();
        pause();
        return counted;
    }

    @Override
    public boolean settle(long eventId, long version, RegistrationStatus status) {
        if (!off) {
            return lock.settle(eventId, version, status);
        }
        pause();
        if (status == RegistrationStatus.CONFIRMED) {
            registrations.countPlace(eventId);
        }
        return true;
    }

    /** Widens the gap between counting and taking a place, so the race shows every time. */
    private static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(50));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
