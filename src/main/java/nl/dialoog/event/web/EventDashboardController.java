package nl.dialoog.event.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventDashboard;
import nl.dialoog.event.EventView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An event's dashboard for its organisers: the figures every module adds through {@link EventDashboard.Source},
 * drawn as charts, and links to every tool of the event. Like the editor, only organisers who may edit the event
 * see it; for anyone else it does not exist (404).
 */
@Controller
class EventDashboardController {

    private final Clock clock;
    private final List<EventDashboard.Source> sources;
    private final MessageSource messages;

    EventDashboardController(Clock clock, List<EventDashboard.Source> sources, MessageSource messages) {
        this.clock = clock;
        this.sources = sources;
        this.messages = messages;
    }

    @GetMapping("/organiser/events/{id}/dashboard")
    String dashboard(EditableEvent editable, Model model, Locale locale) {
        EventView event = editable.event();
        long id = event.id().value();
        EventDashboard dashboard = new EventDashboard(event, locale, clock.instant());
        String base = "/organiser/events/" + id;
        dashboard.tool(new EventDashboard.Tool(text("event.overview.tool.editor", locale), base));
        dashboard.tool(new EventDashboard.Tool(text("event.overview.tool.preview", locale), base + "/preview"));
        if (event.isPublished()) {
            dashboard.tool(new EventDashboard.Tool(text("event.overview.tool.publicPage", locale),
                    "/events/" + event.slug()));
        }
        sources.forEach(source -> source.addTo(dashboard));
        model.addAttribute("page", EventPage.of(event, locale));
        model.addAttribute("eventId", id);
        model.addAttribute("dashboard", DashboardView.of(dashboard, messages));
        return "event/overview";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
