package nl.dialoog.event.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dialoog.event.EventDashboard;
import nl.dialoog.event.EventDashboard.Panel;
import nl.dialoog.shared.Suppression;
import nl.dialoog.shared.SuppressionCell;
import nl.dialoog.shared.SuppressionTable;
import nl.dialoog.shared.SvgCharts;
import nl.dialoog.shared.Times;
import org.springframework.context.MessageSource;

/**
 * An event's dashboard as the page shows it: every chart drawn as SVG with its numbers in a table beside it, and
 * counts of people by a trait put through the results report's small-cell rule ({@link Suppression}, with the
 * total shown: a cell of 1–4 is hidden, and so is a second one when a single hidden cell could be worked out from
 * the total).
 */
public record DashboardView(List<Section> sections, List<EventDashboard.Tool> tools, String zoneName) {

    /** A part of the page: its headline figures, then its charts. */
    public record Section(Panel panel, String heading, List<EventDashboard.Figure> figures, List<Chart> charts) {
    }

    /** A chart and its text alternative: the same numbers as rows of a table, and a total where one is shown. */
    public record Chart(String title, String note, String svg, String labelHeading, String valueHeading,
                        List<Row> rows, String total, boolean smallCellsHidden) {
    }

    public record Row(String label, String value) {
    }

    static DashboardView of(EventDashboard dashboard, MessageSource messages) {
        Locale locale = dashboard.locale();
        ZoneId zone = dashboard.event().zone();
        Texts texts = new Texts(messages, locale, zone);
        List<Section> sections = new ArrayList<>();
        for (Panel panel : Panel.values()) {
            List<EventDashboard.Figure> figures = new ArrayList<>(dashboard.figures(panel));
            List<Chart> charts = new ArrayList<>();
            if (panel == Panel.ATTENDANCE && dashboard.attendance() != null) {
                attendance(dashboard, texts, figures, charts);
            }
            dashboard.series(panel).forEach(series -> charts.add(series(series, texts)));
            dashboard.breakdowns(panel).forEach(breakdown -> charts.add(bars(breakdown, texts)));
            if (!figures.isEmpty() || !charts.isEmpty()) {
                sections.add(new Section(panel, texts.get("event.overview.panel." + panel.name().toLowerCase(
                        Locale.ROOT)), figures, charts));
            }
        }
        return new DashboardView(sections, dashboard.tools(),
                Times.zoneName(dashboard.event().start(), zone, locale));
    }

    private static void attendance(EventDashboard dashboard, Texts texts, List<EventDashboard.Figure> figures,
                                   List<Chart> charts) {
        EventDashboard.Attendance came = dashboard.attendance();
        String base = "/organiser/events/" + dashboard.event().id().value();
        Double rate = dashboard.attendanceRate();
        figures.add(new EventDashboard.Figure(texts.get("event.overview.attended"),
                rate == null ? String.valueOf(came.attended())
                        : texts.get("event.overview.attendedOf", came.attended(), dashboard.confirmed(),
                                NumberFormat.getPercentInstance(texts.locale()).format(rate)),
                base + "/attendance", false));
        figures.add(new EventDashboard.Figure(texts.get("event.overview.peak"), came.peakAt() == null ? "0"
                : texts.get("event.overview.peakAt", came.peak(), texts.time(came.peakAt())), null, false));
        figures.add(new EventDashboard.Figure(texts.get("event.overview.staff"), String.valueOf(came.staff()),
                null, false));
        charts.add(series(new EventDashboard.Series(texts.get("event.overview.overTime"),
                texts.get("event.overview.overTimeNote"), came.overTime(), false), texts));
    }

    private static Chart series(EventDashboard.Series series, Texts texts) {
        List<EventDashboard.Step> steps = series.steps();
        boolean daily = steps.size() >= 2
                && !Duration.between(steps.get(0).at(), steps.get(1).at()).minusHours(23).isNegative();
        List<Integer> values = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int sum = 0;
        for (EventDashboard.Step step : steps) {
            sum += step.value();
            values.add(series.runningTotal() ? sum : step.value());
            // a long series keeps only the rows where something happened; the chart shows them all
            if (steps.size() <= 48 || step.value() != 0) {
                String when = daily ? texts.date(step.at()) : texts.dateTime(step.at());
                rows.add(new Row(when, series.runningTotal()
                        ? texts.get("event.overview.runningTotal", step.value(), sum) : String.valueOf(step.value())));
            }
        }
        String start = steps.isEmpty() ? "" : daily ? texts.date(steps.getFirst().at())
                : texts.dateTime(steps.getFirst().at());
        String end = steps.isEmpty() ? "" : daily ? texts.date(steps.getLast().at())
                : texts.dateTime(steps.getLast().at());
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        String description = steps.isEmpty() ? texts.get("event.overview.nothingYet")
                : texts.get("event.overview.seriesDescription", start, end, max);
        String svg = steps.size() < 2 ? null : SvgCharts.line(series.title(), description, values, start, end,
                series.runningTotal());
        return new Chart(series.title(), series.note(), svg, texts.get("event.overview.when"),
                texts.get(series.runningTotal() ? "event.overview.newAndTotal" : "event.overview.count"), rows,
                series.runningTotal() ? String.valueOf(sum) : null, false);
    }

    private static Chart bars(EventDashboard.Breakdown breakdown, Texts texts) {
        List<EventDashboard.Count> counts = breakdown.counts();
        int[][] table = new int[counts.size()][1];
        for (int i = 0; i < counts.size(); i++) {
            table[i][0] = counts.get(i).value();
        }
        SuppressionTable suppressed = breakdown.people() ? Suppression.standard().apply(table, false, true) : null;
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        int total = 0;
        for (int i = 0; i < counts.size(); i++) {
            EventDashboard.Count count = counts.get(i);
            SuppressionCell cell = suppressed == null ? SuppressionCell.shown(count.value()) : suppressed.cell(i, 0);
            total += count.value();
            String value = cell.suppressed() ? texts.get("event.overview.hidden", Suppression.DEFAULT_THRESHOLD)
                    : String.valueOf(cell.value());
            labels.add(count.label());
            values.add(cell.suppressed() ? 0.0 : cell.value());
            shown.add(value);
            rows.add(new Row(count.label(), value));
            description.append(count.label()).append(": ").append(value).append(". ");
        }
        boolean hidden = suppressed != null && suppressed.suppressedCount() > 0;
        String svg = counts.isEmpty() ? null : SvgCharts.bars(breakdown.title(), description.toString().strip(),
                labels, values, shown, null);
        return new Chart(breakdown.title(), breakdown.note(), svg, texts.get("event.overview.label"),
                texts.get("event.overview.count"), rows, counts.isEmpty() ? null : String.valueOf(total), hidden);
    }

    /** Texts and times in the reader's language, times in the event's zone. */
    private record Texts(MessageSource messages, Locale locale, ZoneId zone) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String date(Instant at) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(at.atZone(zone));
        }

        String dateTime(Instant at) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                    .format(at.atZone(zone));
        }

        String time(Instant at) {
            return Times.time(at, zone, locale);
        }
    }
}
