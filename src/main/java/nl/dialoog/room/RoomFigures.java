package nl.dialoog.room;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.dialoog.event.EventFigures;
import nl.dialoog.event.EventView;
import nl.dialoog.room.live.RoomSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For My events: whether each room is open now (the rule of {@link Rooms#isOpen}, read for all events at once) and
 * how many people came, counting attendees who were in the room at least once; hosts, moderators and panelists are
 * staff and counted apart, as in the report.
 */
@Component
class RoomFigures implements EventFigures.Source {

    /** The room table's default, for an event whose room nobody entered yet (it has no row). */
    private static final int DEFAULT_OPENS_MINUTES_BEFORE = 15;

    private final JdbcClient jdbc;
    private final RoomSettings settings;
    private final Clock clock;

    RoomFigures(JdbcClient jdbc, RoomSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void addTo(EventFigures figures) {
        if (figures.eventIds().isEmpty()) {
            return;
        }
        Map<Long, Integer> opening = new HashMap<>();
        jdbc.sql("SELECT event_id, opens_minutes_before FROM room WHERE event_id IN (:events)")
                .param("events", figures.eventIds())
                .query((rs, n) -> opening.put(rs.getLong(1), rs.getInt(2)))
                .list();
        Map<Long, Integer> attended = new HashMap<>();
        jdbc.sql("""
                        SELECT p.event_id, COUNT(*) FROM room_participant p
                        WHERE p.event_id IN (:events) AND p.role = 'ATTENDEE'
                          AND EXISTS (SELECT 1 FROM room_visit v WHERE v.participant_id = p.id)
                        GROUP BY p.event_id""")
                .param("events", figures.eventIds())
                .query((rs, n) -> attended.put(rs.getLong(1), rs.getInt(2)))
                .list();
        Instant now = clock.instant();
        for (EventView event : figures.events()) {
            long id = event.id().value();
            Instant opens = event.start().minus(Duration.ofMinutes(
                    opening.getOrDefault(id, DEFAULT_OPENS_MINUTES_BEFORE)));
            boolean open = event.isPublished() && !now.isBefore(opens)
                    && now.isBefore(event.end().plus(settings.openAfterEnd()));
            figures.room(id, open, attended.getOrDefault(id, 0));
        }
    }
}
