package nl.dialoog.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registration options (with their questions) of the events registered for most recently, so that the form and
 * the registration during a rush check one column — the options row's version, which every change raises — instead
 * of reading the options and questions again. Never stale, on one node or many; only copies read outside a writing
 * transaction are kept (a rolled-back change must not be remembered).
 */
@Component
class RecentOptions {

    /** How many events' options are kept; the least recently used go first. */
    static final int SIZE = 64;

    private record Kept(long version, RegistrationOptions options) {
    }

    private final OptionsStore store;
    private final Map<Long, Kept> kept = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > SIZE;
        }
    };

    RecentOptions(OptionsStore store) {
        this.store = store;
    }

    /** The options of an event as of {@code stamp} (read just before): the kept copy, else read and kept. */
    RegistrationOptions of(long eventId, OptionsStore.Stamp stamp) {
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
    synchronized Optional<RegistrationOptions> current(long eventId, long version) {
        Kept options = kept.get(eventId);
        return options != null && options.version() == version ? Optional.of(options.options()) : Optional.empty();
    }

    /**
     * Keeps options read after their version was; they may be newer than it, never older, so a later read of the
     * version either matches them or replaces them.
     */
    void remember(long eventId, long version, RegistrationOptions options) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return;
        }
        synchronized (this) {
            kept.put(eventId, new Kept(version, options));
        }
    }
}
