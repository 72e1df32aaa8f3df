package nl.dialoog.contact;

import nl.dialoog.event.EventDashboard;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The link to an event's questions and suggestions on its dashboard. */
@Component
class ContactDashboard implements EventDashboard.Source {

    private final MessageSource messages;

    ContactDashboard(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void addTo(EventDashboard dashboard) {
        dashboard.tool(new EventDashboard.Tool(messages.getMessage("contact.dashboard.tool.messages", null,
                dashboard.locale()), "/organiser/events/" + dashboard.event().id().value() + "/messages"));
    }
}
