package nl.dialoog.room.moderation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.dialoog.event.EventDashboard;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The room's part of an event's dashboard: links to the room (where the stage is run) and its attendance, and once
 * the event has started who came — attendees apart from the staff, the peak and the audience every five minutes.
 */
@Component
class AttendanceDashboard implements EventDashboard.Source {

    static final Duration STEP = Duration.ofMinutes(5);

    private final AttendanceStore store;
    private final MessageSource messages;

    AttendanceDashboard(AttendanceStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public void addTo(EventDashboard dashboard) {
        String base = "/organiser/events/" + dashboard.event().id().value();
        Locale locale = dashboard.locale();
        dashboard.tool(new EventDashboard.Tool(messages.getMessage("room.dashboard.tool.room", null, locale),
                base + "/room"));
        dashboard.tool(new EventDashboard.Tool(messages.getMessage("room.dashboard.tool.attendance", null, locale),
                base + "/attendance"));
        if (!dashboard.started()) {
            return;
        }
        AttendanceStore.Audience audience = store.audience(dashboard.event().id().value());
        Attendance.Peak peak = Attendance.peak(audience.visits());
        List<EventDashboard.Step> overTime = Attendance.overTime(audience.visits(), STEP).stream()
                .map(point -> new EventDashboard.Step(point.at(), point.present())).toList();
        dashboard.attendance(new EventDashboard.Attendance(audience.attended(), audience.staff(), peak.present(),
                peak.at(), overTime));
    }
}
