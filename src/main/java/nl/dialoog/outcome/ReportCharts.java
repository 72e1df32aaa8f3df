package nl.dialoog.outcome;

import java.util.List;
import nl.dialoog.shared.SvgCharts;

/**
 * The report's charts: bars and lines as {@link SvgCharts} draws them on every page, and the opinion map, which
 * only the report has.
 */
final class ReportCharts {

    static final String[] GROUP_COLOURS = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9"};

    private ReportCharts() {
    }

    /** Bars as {@link SvgCharts#bars} draws them for every page. */
    static String bars(String title, String description, List<String> labels, List<Double> values,
                       List<String> valueLabels, Double full) {
        return SvgCharts.bars(title, description, labels, values, valueLabels, full);
    }

    /** A line of the audience over time, with the first and last time and the peak written on it. */
    static String line(String title, String description, List<Report.Presence> points, String startLabel,
                       String endLabel) {
        return SvgCharts.line(title, description, points.stream().map(Report.Presence::present).toList(),
                startLabel, endLabel, false);
    }

    /** The opinion map: each voter a dot in their group's colour and letter's place; no names, ever. */
    static String map(String title, String description, Report.Opinions opinions) {
        int size = 360;
        StringBuilder svg = open(size, size, title, description);
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(size).append("\" height=\"").append(size)
                .append("\" fill=\"#fafafa\" stroke=\"#ddd\"/>");
        // the two axes through the middle: the main directions in which the votes differ
        svg.append("<path d=\"M").append(size / 2).append(" 0V").append(size).append("M0 ").append(size / 2)
                .append('H').append(size).append("\" stroke=\"#c4c9cf\" stroke-dasharray=\"4 4\"/>");
        double extent = opinions.points().stream()
                .mapToDouble(p -> Math.max(Math.abs(p.x()), Math.abs(p.y()))).max().orElse(1);
        extent = extent <= 0 ? 1 : extent;
        List<String> labels = opinions.groups().stream().map(Report.Group::label).toList();
        for (Report.Point point : opinions.points()) {
            int group = point.group() == null ? -1 : labels.indexOf(point.group());
            String colour = group < 0 ? "#999" : GROUP_COLOURS[group % GROUP_COLOURS.length];
            double x = size / 2.0 + (size / 2.0 - 14) * point.x() / extent;
            double y = size / 2.0 - (size / 2.0 - 14) * point.y() / extent;
            svg.append("<circle cx=\"").append(format(x)).append("\" cy=\"").append(format(y))
                    .append("\" r=\"4\" fill=\"").append(colour).append("\" fill-opacity=\"0.75\"/>");
        }
        for (int g = 0; g < opinions.groups().size(); g++) {
            Report.Group group = opinions.groups().get(g);
            double[] centre = centre(opinions.points(), group.label(), extent, size);
            if (centre != null) {
                svg.append("<text x=\"").append(format(centre[0])).append("\" y=\"").append(format(centre[1]))
                        .append("\" font-size=\"22\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#111\"")
                        .append(" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
                        .append(escape(group.label())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static double[] centre(List<Report.Point> points, String label, double extent, int size) {
        double x = 0;
        double y = 0;
        int n = 0;
        for (Report.Point point : points) {
            if (label.equals(point.group())) {
                x += point.x();
                y += point.y();
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        return new double[] {size / 2.0 + (size / 2.0 - 14) * x / n / extent,
                size / 2.0 - (size / 2.0 - 14) * y / n / extent + 8};
    }

    private static StringBuilder open(int width, int height, String title, String description) {
        return SvgCharts.open(width, height, title, description);
    }

    static String format(double value) {
        return SvgCharts.format(value);
    }

    private static String escape(String text) {
        return SvgCharts.escape(text);
    }
}
