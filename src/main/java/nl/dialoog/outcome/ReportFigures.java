package nl.dialoog.outcome;

import nl.dialoog.event.EventDashboard;
import nl.dialoog.event.EventFigures;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of the organiser's events have a built report, for My events (one read for all of them), and the report's
 * link on an event's dashboard.
 */
@Component
class ReportFigures implements EventFigures.Source, EventDashboard.Source {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ReportFigures(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public void addTo(EventDashboard dashboard) {
        dashboard.tool(new EventDashboard.Tool(messages.getMessage("outcome.dashboard.tool.report", null,
                dashboard.locale()), "/organiser/events/" + dashboard.event().id().value() + "/report"));
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
