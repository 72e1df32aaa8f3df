package nl.dialoog.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn as SVG on the server, for the results report and the organiser's pages: readable without JavaScript,
 * each with a title and a description (its text alternative, referenced by aria-labelledby); the numbers
 * themselves belong in a table or list beside each chart. Colours are the Okabe–Ito palette, safe for colour
 * blindness, on white.
 */
public final class SvgCharts {

    public static final String BLUE = "#0072b2";

    private SvgCharts() {
    }

    /**
     * One horizontal bar per entry, its length the share of {@code full} (a poll's 100 %) or else of the largest;
     * its label written whole above it (wrapped over up to three lines) and its value (as the reader's language
     * writes it) at its end. The drawing is narrow, so on a phone its text stays about as large as the page's and
     * nothing is cut off at either side.
     */
    public static String bars(String title, String description, List<String> labels, List<Double> values,
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
                    .append("\" height=\"18\" rx=\"2\" fill=\"").append(BLUE).append("\"/>");
            svg.append("<text x=\"").append(format(length + 6)).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"15\" font-weight=\"bold\" fill=\"#1b1f24\">")
                    .append(escape(valueLabels.get(i))).append("</text>");
            y += 32;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A line of values at evenly spaced moments, optionally filled below (an area, for a running total), with the
     * largest value written at the top and the first and last moment under it.
     */
    public static String line(String title, String description, List<Integer> values, String startLabel,
                              String endLabel, boolean area) {
        // narrow enough that its text stays readable when a phone scales it down to about 350 px
        int width = 480;
        int height = 200;
        int base = height - 30;
        StringBuilder svg = open(width, height, title, description);
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (values.size() >= 2 && max > 0) {
            List<String> coordinates = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                double x = 40 + (width - 60) * i / (double) (values.size() - 1);
                double y = base - (height - 50) * values.get(i) / (double) max;
                coordinates.add(format(x) + "," + format(y));
            }
            if (area) {
                svg.append("<polygon fill=\"").append(BLUE).append("\" fill-opacity=\"0.18\" points=\"40,")
                        .append(base).append(' ').append(String.join(" ", coordinates)).append(' ')
                        .append(width - 20).append(',').append(base).append("\"/>");
            }
            svg.append("<line x1=\"40\" y1=\"").append(base).append("\" x2=\"").append(width - 20)
                    .append("\" y2=\"").append(base).append("\" stroke=\"#767676\"/>");
            svg.append("<polyline fill=\"none\" stroke=\"").append(BLUE).append("\" stroke-width=\"2.5\" points=\"")
                    .append(String.join(" ", coordinates)).append("\"/>");
            svg.append("<text x=\"0\" y=\"24\" font-size=\"14\">").append(max).append("</text>");
            svg.append("<text x=\"40\" y=\"").append(height - 8).append("\" font-size=\"14\">")
                    .append(escape(startLabel)).append("</text>");
            svg.append("<text x=\"").append(width - 20).append("\" y=\"").append(height - 8)
                    .append("\" font-size=\"14\" text-anchor=\"end\">").append(escape(endLabel)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** The opening tag with its accessible name and description; the caller appends shapes and closes it. */
    public static StringBuilder open(int width, int height, String title, String description) {
        String id = "c" + Integer.toHexString((title + description).hashCode());
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("t ").append(id).append("d\"><title id=\"").append(id).append("t\">")
                .append(escape(title)).append("</title><desc id=\"").append(id).append("d\">")
                .append(escape(description)).append("</desc>");
    }

    public static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Splits a label at spaces into lines of at most {@code width} characters; the last line ends in "…" if cut. */
    public static List<String> wrap(String text, int width, int maxLines) {
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

    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
