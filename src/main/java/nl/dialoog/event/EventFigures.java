package nl.dialoog.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the modules built on events know about a set of events, for the organiser's My events: places taken and
 * the waiting list (registration), whether the room is open and who came (room), whether a report is built
 * (outcome). Event cannot depend on those modules, so each implements {@link Source} and adds its figures for all
 * events at once (one grouped read per module, never one per event).
 */
public final class EventFigures {

    /** Implemented by a module that has figures for the organiser's list of events. */
    public interface Source {
        void addTo(EventFigures figures);
    }

    /** The figures of one event; null where no module said anything. */
    public record Row(Integer confirmed, Integer capacity, Integer waitlisted, boolean roomOpen, Integer attended,
                      boolean reportBuilt) {

        static final Row NONE = new Row(null, null, null, false, null, false);
    }

    private final List<EventView> events;
    private final Map<Long, Row> rows = new HashMap<>();

    public EventFigures(List<EventView> events) {
        this.events = List.copyOf(events);
    }

    public List<EventView> events() {
        return events;
    }

    public Collection<Long> eventIds() {
        return events.stream().map(event -> event.id().value()).toList();
    }

    public void places(long eventId, int confirmed, Integer capacity, int waitlisted) {
        Row row = of(eventId);
        rows.put(eventId, new Row(confirmed, capacity, waitlisted, row.roomOpen(), row.attended(), row.reportBuilt()));
    }

    public void room(long eventId, boolean open, Integer attended) {
        Row row = of(eventId);
        rows.put(eventId, new Row(row.confirmed(), row.capacity(), row.waitlisted(), open, attended,
                row.reportBuilt()));
    }

    public void reportBuilt(long eventId) {
        Row row = of(eventId);
        rows.put(eventId, new Row(row.confirmed(), row.capacity(), row.waitlisted(), row.roomOpen(), row.attended(),
                true));
    }

    public Row of(long eventId) {
        return rows.getOrDefault(eventId, Row.NONE);
    }
}
