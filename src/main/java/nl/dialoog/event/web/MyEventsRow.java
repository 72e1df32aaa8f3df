package nl.dialoog.event.web;

import java.time.Instant;
import java.util.Locale;
import nl.dialoog.event.EventFigures;
import nl.dialoog.event.EventView;

/**
 * One event on My events: its page texts, where it stands, the figures other modules gave and the next thing the
 * organiser does (publish a draft, open the room of a published event, build or read the report once it ended).
 */
public record MyEventsRow(EventPage page, State state, EventFigures.Row figures, Step next) {

    public enum State { DRAFT, PUBLISHED, LIVE, ENDED }

    /** A link: the message key of its text and its path. */
    public record Step(String textKey, String path) {
    }

    static MyEventsRow of(EventView event, EventFigures.Row figures, Instant now, Locale locale) {
        State state = !event.isPublished() ? State.DRAFT
                : figures.roomOpen() ? State.LIVE
                : event.end().isBefore(now) ? State.ENDED
                : State.PUBLISHED;
        String base = "/organiser/events/" + event.id().value();
        Step next = switch (state) {
            case DRAFT -> new Step("event.dashboard.next.publish", base + "#publish");
            case PUBLISHED, LIVE -> new Step("event.dashboard.next.room", base + "/room");
            case ENDED -> new Step(figures.reportBuilt() ? "event.dashboard.next.readReport"
                    : "event.dashboard.next.buildReport", base + "/report");
        };
        return new MyEventsRow(EventPage.of(event, locale), state, figures, next);
    }

    public long id() {
        return page.event().id().value();
    }

    /** Attendance is shown once the event ran (or while it runs). */
    public boolean showsAttendance() {
        return (state == State.ENDED || state == State.LIVE) && figures.attended() != null;
    }
}
