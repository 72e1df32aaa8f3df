package nl.dialoog.outcome;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.shared.Markdown;
import nl.dialoog.shared.Times;
import org.springframework.context.MessageSource;

/**
 * A report made ready for a reader's page, PDF or Markdown: texts in the reader's language, times in the event's
 * zone with its name, the contributions by id (so a finding can quote and link them), and the charts.
 */
public final class ReportView {

    private final EventView event;
    private final ReportState state;
    private final Report report;
    private final Locale locale;
    private final MessageSource messages;
    private final Map<String, Report.Contribution> contributions = new HashMap<>();
    private final LocalizedText.Resolved title;

    ReportView(EventView event, ReportState state, Locale locale, MessageSource messages) {
        this.event = event;
        this.state = state;
        this.report = state.report();
        this.locale = locale;
        this.messages = messages;
        for (Report.Contribution contribution : report.transcript()) {
            contributions.put(contribution.id(), contribution);
        }
        this.title = event.title().resolve(event.languageFor(locale.getLanguage()), event.defaultLanguage());
    }

    public Report report() {
        return report;
    }

    public ReportState state() {
        return state;
    }

    public EventView event() {
        return event;
    }

    public String title() {
        return title.text();
    }

    public String titleLanguage() {
        return title.language();
    }

    public boolean shows(String part) {
        return state.parts().contains(ReportPart.valueOf(part));
    }

    /**
     * The sections this reader will find, in page order, by the name in their anchor ({@code r-<name>}) and
     * heading key ({@code outcome.<name>.heading}): the page's table of contents.
     */
    public List<String> sections() {
        List<String> sections = new ArrayList<>();
        add(sections, "summary", shows("SUMMARY") && hasSummary());
        add(sections, "attendance", shows("ATTENDANCE") && report.attendance() != null);
        add(sections, "participation", shows("PARTICIPATION") && report.participation() != null);
        add(sections, "polls", shows("POLLS") && !report.polls().isEmpty());
        add(sections, "questions", shows("QUESTIONS") && report.questions() != null);
        add(sections, "opinions", shows("OPINIONS") && report.opinions() != null && report.opinions().votes() > 0);
        add(sections, "themes", shows("THEMES") && !report.themes().isEmpty());
        add(sections, "notes", shows("SUMMARY") && hasNotes());
        add(sections, "transcript", shows("TRANSCRIPT"));
        return sections;
    }

    private static void add(List<String> sections, String name, boolean shown) {
        if (shown) {
            sections.add(name);
        }
    }

    /** The organisers' summary in the reader's language, else the event's default, as safe HTML; "" if none. */
    public String summaryHtml() {
        return Markdown.toSafeHtml(own(state.summary()));
    }

    public String notesHtml() {
        return Markdown.toSafeHtml(own(state.notes()));
    }

    public String summaryText() {
        return own(state.summary());
    }

    public String notesText() {
        return own(state.notes());
    }

    public boolean hasSummary() {
        return !own(state.summary()).isBlank();
    }

    public boolean hasNotes() {
        return !own(state.notes()).isBlank();
    }

    public Report.Contribution contribution(String id) {
        return contributions.get(id);
    }

    /** A contribution's text, shortened for a list (the transcript has it whole). */
    public String excerpt(String id, int max) {
        Report.Contribution contribution = contributions.get(id);
        if (contribution == null) {
            return id;
        }
        String text = contribution.text();
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    public String moment(Instant instant) {
        return instant == null ? "" : Times.moment(instant, zone(), locale);
    }

    public String time(Instant instant) {
        return instant == null ? "" : Times.time(instant, zone(), locale);
    }

    public String span() {
        return Times.span(event.start(), event.end(), zone(), locale);
    }

    public String percent(double value) {
        // English writes 45%, Dutch, French and Spanish 45 %
        return String.format(locale, locale.getLanguage().equals("en") ? "%.0f%%" : "%.0f %%", value);
    }

    public String share(Double value) {
        return value == null ? "—" : percent(100 * value);
    }

    public String ratio(Double value) {
        return value == null ? "—" : String.format(locale, "%.2f", value);
    }

    public String cell(Integer value) {
        return value == null ? "< " + report.meta().smallCell() : String.valueOf(value);
    }

    /** The label of a participation row: a region's name, a country's name in the reader's language, a type. */
    public String rowLabel(String dimension, String key) {
        if (key == null || key.isBlank() || "unknown".equals(key)) {
            return text("outcome.participation.unknown");
        }
        return switch (dimension) {
            case "country" -> Locale.of("", key).getDisplayCountry(locale);
            case "organisationType" -> messages.getMessage("registration.orgType." + key, null, key, locale);
            default -> messages.getMessage("outcome.region." + key.replaceAll("[^A-Za-z]", ""), null, key, locale);
        };
    }

    public String language(String code) {
        return code == null || code.isBlank() ? "" : Locale.of(code).getDisplayLanguage(locale);
    }

    public String attendanceChart() {
        List<Report.Presence> points = report.attendance().overTime();
        String description = text("outcome.attendance.chartDescription", report.attendance().peak(),
                time(report.attendance().peakAt()));
        return ReportCharts.line(text("outcome.attendance.chartTitle"), description, points,
                points.isEmpty() ? "" : time(points.getFirst().at()),
                points.isEmpty() ? "" : time(points.getLast().at()));
    }

    public String pollChart(Report.PollResult poll) {
        List<String> labels = poll.options().stream().map(Report.PollOption::label).toList();
        List<Double> values = poll.options().stream().map(Report.PollOption::percent).toList();
        StringBuilder description = new StringBuilder();
        for (Report.PollOption option : poll.options()) {
            description.append(option.label()).append(": ").append(option.votes()).append(" (")
                    .append(percent(option.percent())).append("). ");
        }
        List<String> shown = poll.options().stream()
                .map(option -> percent(option.percent()) + " (" + option.votes() + ")").toList();
        return ReportCharts.bars(poll.question(), description.toString().strip(), labels, values, shown, 100.0);
    }

    /** Voice share per region, leaving out the rows whose share is suppressed. */
    public String voiceChart(Report.Table table) {
        List<Report.Row> rows = table.rows().stream().filter(r -> r.voiceShare() != null).toList();
        List<String> labels = rows.stream().map(r -> rowLabel(table.dimension(), r.key())).toList();
        List<Double> values = rows.stream().map(Report.Row::voiceShare).toList();
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            description.append(labels.get(i)).append(": ").append(ratio(values.get(i))).append(". ");
        }
        return ReportCharts.bars(text("outcome.participation.voiceChart"), description.toString().strip(), labels,
                values, values.stream().map(this::ratio).toList(), null);
    }

    public String opinionMap() {
        Report.Opinions opinions = report.opinions();
        StringBuilder description = new StringBuilder();
        for (Report.Group group : opinions.groups()) {
            description.append(text("outcome.opinions.groupSize", group.label(), group.size())).append(". ");
        }
        return ReportCharts.map(text("outcome.opinions.mapTitle"), description.toString().strip(), opinions);
    }

    /** Whether the map shows people who voted enough to be placed but fit no group (drawn grey). */
    public boolean hasUngrouped() {
        return report.opinions() != null && report.opinions().points().stream().anyMatch(p -> p.group() == null);
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private String own(Map<String, String> texts) {
        String wanted = event.languageFor(locale.getLanguage());
        String text = texts.get(wanted);
        if (text == null) {
            text = texts.get(event.defaultLanguage());
        }
        if (text == null && !texts.isEmpty()) {
            text = texts.values().iterator().next();
        }
        return text == null ? "" : text;
    }

    private ZoneId zone() {
        return event.zone();
    }
}
