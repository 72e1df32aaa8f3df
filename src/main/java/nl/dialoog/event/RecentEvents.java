package nl.dialoog.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The events read most recently, whole (with hosts, speakers and programme), so that a page that is asked for again
 * and again — the registration form during a rush — costs one indexed lookup of the event's version instead of five
 * queries. A kept copy is used only while the database still has its version, which every change raises; so it is
 * never stale, on one node or many. Only copies read outside a writing transaction are kept (a rolled-back edit
 * must not be remembered).
 */
@Component
class RecentEvents {

    /** How many events are kept; the least recently used goes first. */
    static final int SIZE = 64;

    /** An event's id and version as stored. */
    record Stamp(long id, long version) {
    }

    private final Map<Long, EventView> kept = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, EventView> eldest) {
            return size() > SIZE;
        }
    };

    /** The kept copy of the event with this stamp, if it is of the stored version. */
    synchronized Optional<EventView> current(Stamp stamp) {
        EventView event = kept.get(stamp.id());
        return event != null && event.version() == stamp.version() ? Optional.of(event) : Optional.empty();
    }

    /** Keeps a copy just read, unless it was read inside a transaction that may still write or roll back. */
    void remember(EventView event) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return;
        }
        synchronized (this) {
            kept.put(event.id().value(), event);
        }
    }
}
