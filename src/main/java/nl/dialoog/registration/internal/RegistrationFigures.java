package nl.dialoog.registration.internal;

import nl.dialoog.event.EventFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Places taken against places offered, and the waiting list, for the organiser's My events: one grouped read for
 * all events, using the confirmed count kept on the options row and the (event, status) index for the waiting list.
 */
@Component
class RegistrationFigures implements EventFigures.Source {

    private final JdbcClient jdbc;

    RegistrationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addTo(EventFigures figures) {
        if (figures.eventIds().isEmpty()) {
            return;
        }
        jdbc.sql("""
                        SELECT o.event_id, o.capacity, o.confirmed_count, COUNT(r.id)
                        FROM registration_options o
                        LEFT JOIN registration r ON r.event_id = o.event_id AND r.status = 'WAITLISTED'
                        WHERE o.event_id IN (:events)
                        GROUP BY o.event_id, o.capacity, o.confirmed_count""")
                .param("events", figures.eventIds())
                .query((rs, n) -> {
                    int capacity = rs.getInt(2);
                    figures.places(rs.getLong(1), rs.getInt(3), rs.wasNull() ? null : capacity, rs.getInt(4));
                    return null;
                })
                .list();
    }
}
