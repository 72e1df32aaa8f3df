package nl.dialoog.event;

import java.util.Optional;
import nl.dialoog.shared.KeptCopies;
import org.springframework.stereotype.Component;

/**
 * The events read most recently, whole (with hosts, speakers and programme), so that a page that is asked for again
 * and again — the registration form during a rush — costs one indexed lookup of the event's version instead of five
 * queries. A kept copy is used only while the database still has its version, which every change raises; so it is
 * never stale, on one node or many.
 */
@Component
class RecentEvents {

    /** How many events are kept. */
    static final int SIZE = 64;

    /** An event's id and version as stored. */
    record Stamp(long id, long version) {
    }

    private final KeptCopies<Long, EventView> kept = new KeptCopies<>(SIZE);

    /** The kept copy of the event with this stamp, if it is of the stored version. */
    Optional<EventView> current(Stamp stamp) {
        return kept.get(stamp.id(), event -> event.version() == stamp.version());
    }

    /** Keeps a copy just read (see {@link KeptCopies#keep}). */
    void remember(EventView event) {
        kept.keep(event.id().value(), event);
    }
}
