package nl.dialoog.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The report's charts as SVG written on the server: readable without JavaScript, each with a title and a
 * description (its text alternative); the numbers themselves are in the table or list beside each chart.
 */
final class ReportCharts {

    static final String[] GROUP_COLOURS = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9"};

    private ReportCharts() {
    }

    /**
     * One horizontal bar per entry, its length the share of {@code full} (a poll's 100 %) or else of the largest;
     * its label written whole above it (wrapped over up to three lines) and its value (as the reader's language
     * writes it) at its end. The drawing is narrow, so on a phone its text stays about as large as the page's and
     * nothing is cut off at either side.
     */
    static String bars(String title, String description, List<String> labels, List<Double> values,
                       List<String> valueLabels, Double full) {
        int width = 360;
        int line = 19;
        int barSpace = width - 100; // room for "100 % (1234)" after the longest bar
        double max = full != null ? full : values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<List<String>> wrapped = labels.stream().map(label -> wrap(label, 40, 3)).toList();
        int height = 4;
        for (List<String> label : wrapped) {
            height += label.size() * line + 32;
        }
        StringBuilder svg = open(width, height, title, description);
        int y = 4;
        for (int i = 0; i < labels.size(); i++) {
            double value = values.get(i);
            for (String text : wrapped.get(i)) {
                y += line;
                svg.append("<text x=\"0\" y=\"").append(y - 4).append("\" font-size=\"15\" fill=\"#1b1f24\">")
                        .append(escape(text)).append("</text>");
            }
            double length = max <= 0 ? 0 : barSpace * value / max;
            svg.append("<rect x=\"0\" y=\"").append(y + 2).append("\" width=\"")
                    .append(format(Math.max(length, value > 0 ? 2 : 0)))
                    .append("\" height=\"18\" rx=\"2\" fill=\"#0072b2\"/>");
            svg.append("<text x=\"").append(format(length + 6)).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"15\" font-weight=\"bold\" fill=\"#1b1f24\">")
                    .append(escape(valueLabels.get(i))).append("</text>");
            y += 32;
        }
        return svg.append("</svg>").toString();
    }

    /** A line of the audience over time, with the first and last time and the peak written on it. */
    static String line(String title, String description, List<Report.Presence> points, String startLabel,
                       String endLabel) {
        int width = 640;
        int height = 200;
        StringBuilder svg = open(width, height, title, description);
        int max = points.stream().mapToInt(Report.Presence::present).max().orElse(0);
        if (points.size() >= 2 && max > 0) {
            List<String> coordinates = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                double x = 40 + (width - 60) * i / (double) (points.size() - 1);
                double y = height - 30 - (height - 50) * points.get(i).present() / (double) max;
                coordinates.add(format(x) + "," + format(y));
            }
            svg.append("<line x1=\"40\" y1=\"").append(height - 30).append("\" x2=\"").append(width - 20)
                    .append("\" y2=\"").append(height - 30).append("\" stroke=\"#767676\"/>");
            svg.append("<polyline fill=\"none\" stroke=\"#0072b2\" stroke-width=\"2.5\" points=\"")
                    .append(String.join(" ", coordinates)).append("\"/>");
            svg.append("<text x=\"0\" y=\"24\" font-size=\"12\">").append(max).append("</text>");
            svg.append("<text x=\"40\" y=\"").append(height - 10).append("\" font-size=\"12\">")
                    .append(escape(startLabel)).append("</text>");
            svg.append("<text x=\"").append(width - 20).append("\" y=\"").append(height - 10)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(escape(endLabel)).append("</text>");
        }
        return svg.append("</svg>").toString();
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
        String id = "c" + Integer.toHexString((title + description).hashCode());
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("t ").append(id).append("d\"><title id=\"").append(id).append("t\">")
                .append(escape(title)).append("</title><desc id=\"").append(id).append("d\">")
                .append(escape(description)).append("</desc>");
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Splits a label at spaces into lines of at most {@code width} characters; the last line ends in "…" if cut. */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            if (!current.isEmpty() && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(word);
        }
        lines.add(current.toString());
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(maxLines, lines.size())));
        for (int i = 0; i < kept.size(); i++) {
            String part = kept.get(i);
            boolean cut = i == kept.size() - 1 && lines.size() > maxLines;
            if (part.length() > width || cut) {
                kept.set(i, part.substring(0, Math.min(part.length(), width - 1)).strip() + "…");
            }
        }
        return kept;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
