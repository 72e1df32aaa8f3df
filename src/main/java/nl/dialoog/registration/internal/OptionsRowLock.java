package nl.dialoog.registration.internal;

import java.time.Clock;
import nl.dialoog.registration.RegistrationStatus;
import org.springframework.stereotype.Component;

/** The event's lock is its options row, locked for update: on PostgreSQL and H2 alike (see {@link OptionsStore}). */
@Component
class OptionsRowLock implements AdmissionLock {

    private final OptionsStore options;
    private final Clock clock;

    OptionsRowLock(OptionsStore options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    @Override
    public OptionsStore.Stamp lock(long eventId) {
        return options.lock(eventId).orElseGet(() -> {
            options.ensure(eventId, clock.instant());
            return options.lock(eventId).orElseThrow();
        });
    }

    @Override
    public boolean settle(long eventId, long version, RegistrationStatus status) {
        return options.settle(eventId, version, status == RegistrationStatus.CONFIRMED ? OptionsStore.Places.TAKE_ONE
                : status == RegistrationStatus.WAITLISTED ? OptionsStore.Places.NONE_FREE : OptionsStore.Places.ANY);
    }
}
