package nl.dialoog.registration.web;

import java.util.Set;
import java.util.stream.Collectors;
import nl.dialoog.shared.Times;
import org.springframework.web.util.HtmlUtils;

/**
 * The time-zone select's ~600 options as ready HTML, built once: rendering them one by one through the template
 * engine was most of the registration form's cost (bench/README.md). Controllers put {@code zoneOptions} in the
 * model; templates write it with {@code th:utext} inside the select.
 */
final class ZoneChoices {

    private static final Set<String> KNOWN = Set.copyOf(Times.zoneChoices());
    private static final String OPTIONS = Times.zoneChoices().stream()
            .map(zone -> "<option value=\"" + zone + "\">" + zone + "</option>")
            .collect(Collectors.joining());

    private ZoneChoices() {
    }

    /** All options with {@code selected} chosen; a chosen zone outside the list comes first, escaped. */
    static String options(String selected) {
        if (selected == null || selected.isBlank()) {
            return OPTIONS;
        }
        if (KNOWN.contains(selected)) {
            String option = "<option value=\"" + selected + "\">";
            int at = OPTIONS.indexOf(option);
            return OPTIONS.substring(0, at) + "<option value=\"" + selected + "\" selected>"
                    + OPTIONS.substring(at + option.length());
        }
        String shown = HtmlUtils.htmlEscape(selected);
        return "<option value=\"" + shown + "\" selected>" + shown + "</option>" + OPTIONS;
    }
}
