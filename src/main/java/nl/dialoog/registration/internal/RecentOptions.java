package nl.dialoog.registration.internal;

import java.util.Optional;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.shared.KeptCopies;
import org.springframework.stereotype.Component;

/**
 * The registration options (with their questions) of the events registered for most recently, so that the form and
 * the registration during a rush check one column — the options row's version, which every change raises — instead
 * of reading the options and questions again. Never stale, on one node or many; only copies read outside a writing
 * transaction are kept (a rolled-back change must not be remembered).
 */
@Component
public class RecentOptions {

    /** How many events' options are kept. */
    static final int SIZE = 64;

    private record Kept(long version, RegistrationOptions options) {
    }

    private final OptionsStore store;
    private final KeptCopies<Long, Kept> kept = new KeptCopies<>(SIZE);

    RecentOptions(OptionsStore store) {
        this.store = store;
    }

    /** The options of an event as of {@code stamp} (read just before): the kept copy, else read and kept. */
    public RegistrationOptions of(long eventId, OptionsStore.Stamp stamp) {
        if (stamp == OptionsStore.Stamp.NONE) {
            return RegistrationOptions.DEFAULTS;
        }
        return current(eventId, stamp.version()).orElseGet(() -> {
            RegistrationOptions read = store.find(eventId).orElse(RegistrationOptions.DEFAULTS);
            remember(eventId, stamp.version(), read);
            return read;
        });
    }

    /** The kept options of an event, if they are of this version. */
    Optional<RegistrationOptions> current(long eventId, long version) {
        return kept.get(eventId, options -> options.version() == version).map(Kept::options);
    }

    /**
     * Keeps options read after their version was; they may be newer than it, never older, so a later read of the
     * version either matches them or replaces them.
     */
    void remember(long eventId, long version, RegistrationOptions options) {
        kept.keep(eventId, new Kept(version, options));
    }
}
