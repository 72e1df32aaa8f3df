package nl.dialoog.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one event for its organisers' dashboard. Event cannot depend on the modules that hold them, so
 * each implements {@link Source} and adds what it knows, as {@link EventFigures} does for My events: registration
 * the registrations over time and by status, country, world region and organisation type, and the mail sent about
 * the event; room who came. Each source reads its figures with a few grouped queries, never one per person.
 * Counts of people by a trait are handed over whole: the page hides small cells, one rule for every source.
 */
public final class EventDashboard {

    /** Implemented by a module that has figures for the dashboard of an event. */
    public interface Source {
        void addTo(EventDashboard dashboard);
    }

    /** The parts of the page, in the order shown. */
    public enum Panel { REGISTRATIONS, MAIL, ATTENDANCE }

    /** A number with its label; {@code path} links to where it can be acted on, {@code alert} asks for attention. */
    public record Figure(String label, String value, String path, boolean alert) {
    }

    /** One bar: a label in the reader's language and how many. */
    public record Count(String label, int value) {
    }

    /**
     * Counts by one dimension. When {@code people} is true the counts are people by a trait (country, organisation
     * type) and small cells are hidden as in the results report; a {@code note} says what was counted.
     */
    public record Breakdown(String title, String note, List<Count> counts, boolean people) {
    }

    /** A value per moment, the moments evenly spaced. */
    public record Step(Instant at, int value) {
    }

    /** A chart over time; with {@code runningTotal} the steps are added up and drawn as an area. */
    public record Series(String title, String note, List<Step> steps, boolean runningTotal) {
    }

    /** A link to one of the event's tools. */
    public record Tool(String text, String path) {
    }

    /**
     * Who came: attendees who entered the room at least once, the staff (hosts, moderators, panelists) apart, the
     * most attendees in the room at once and when, and the attendees present over time.
     */
    public record Attendance(int attended, int staff, int peak, Instant peakAt, List<Step> overTime) {
    }

    private final EventView event;
    private final Locale locale;
    private final Instant now;
    private final Map<Panel, List<Figure>> figures = new EnumMap<>(Panel.class);
    private final Map<Panel, List<Series>> series = new EnumMap<>(Panel.class);
    private final Map<Panel, List<Breakdown>> breakdowns = new EnumMap<>(Panel.class);
    private final List<Tool> tools = new ArrayList<>();
    private Integer confirmed;
    private Attendance attendance;

    public EventDashboard(EventView event, Locale locale, Instant now) {
        this.event = event;
        this.locale = locale;
        this.now = now;
    }

    public EventView event() {
        return event;
    }

    public Locale locale() {
        return locale;
    }

    public Instant now() {
        return now;
    }

    /** Whether the event has started, so attendance means something. */
    public boolean started() {
        return !now.isBefore(event.start());
    }

    public void figure(Panel panel, Figure figure) {
        figures.computeIfAbsent(panel, p -> new ArrayList<>()).add(figure);
    }

    public void series(Panel panel, Series chart) {
        series.computeIfAbsent(panel, p -> new ArrayList<>()).add(chart);
    }

    public void breakdown(Panel panel, Breakdown breakdown) {
        breakdowns.computeIfAbsent(panel, p -> new ArrayList<>()).add(breakdown);
    }

    public void tool(Tool tool) {
        tools.add(tool);
    }

    /** The people with a place: the base of the attendance rate. */
    public void confirmed(int people) {
        confirmed = people;
    }

    public void attendance(Attendance came) {
        attendance = came;
    }

    public List<Figure> figures(Panel panel) {
        return figures.getOrDefault(panel, List.of());
    }

    public List<Series> series(Panel panel) {
        return series.getOrDefault(panel, List.of());
    }

    public List<Breakdown> breakdowns(Panel panel) {
        return breakdowns.getOrDefault(panel, List.of());
    }

    public List<Tool> tools() {
        return List.copyOf(tools);
    }

    /** Null when registration is not set up. */
    public Integer confirmed() {
        return confirmed;
    }

    /** Null when no module recorded a room for the event. */
    public Attendance attendance() {
        return attendance;
    }

    /** Attendees over people with a place (at most 1); null when either is unknown or nobody had a place. */
    public Double attendanceRate() {
        if (attendance == null || confirmed == null || confirmed == 0) {
            return null;
        }
        return Math.min(1.0, attendance.attended() / (double) confirmed);
    }
}
