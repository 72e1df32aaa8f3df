package nl.dialoog.outcome;

import nl.dialoog.event.EventFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which of the organiser's events have a built report, for My events: one read for all of them. */
@Component
class ReportFigures implements EventFigures.Source {

    private final JdbcClient jdbc;

    ReportFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addTo(EventFigures figures) {
        if (figures.eventIds().isEmpty()) {
            return;
        }
        jdbc.sql("SELECT event_id FROM outcome_report WHERE event_id IN (:events) AND content IS NOT NULL")
                .param("events", figures.eventIds())
                .query(Long.class)
                .list()
                .forEach(figures::reportBuilt);
    }
}
