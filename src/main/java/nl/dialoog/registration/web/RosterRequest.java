package nl.dialoog.registration.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.desk.RosterQuery;
import nl.dialoog.shared.Times;
import org.springframework.util.MultiValueMap;

/**
 * The list's GET parameters, read leniently (an unknown status, page or zone is ignored, never an error): {@code q},
 * {@code status}, {@code language}, {@code a<question id>} (an answer key), {@code zone} and {@code page}. Also
 * writes them back as a query string, for the page links and the way back after an action.
 */
record RosterRequest(String q, RegistrationStatus status, String language, Map<Long, String> answers, String zone,
                     int page) {

    static RosterRequest of(MultiValueMap<String, String> params) {
        Map<Long, String> answers = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            String value = values.isEmpty() ? null : trim(values.getFirst());
            if (name.matches("a\\d{1,15}") && value != null && value.length() <= 200) {
                answers.put(Long.parseLong(name.substring(1)), value);
            }
        });
        String page = params.getFirst("page");
        String zone = trim(params.getFirst("zone"));
        return new RosterRequest(limit(trim(params.getFirst("q")), 200), status(params.getFirst("status")),
                limit(trim(params.getFirst("language")), 12), answers,
                zone != null && Times.zoneChoices().contains(zone) ? zone : null,
                page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1);
    }

    RosterQuery query() {
        return new RosterQuery(q, status, language, answers, page);
    }

    ZoneId zoneOr(ZoneId fallback) {
        return zone == null ? fallback : ZoneId.of(zone);
    }

    /** The filters (and zone) as a query string, without the page: "q=kofi&status=CONFIRMED". */
    String filters() {
        List<String> parts = new ArrayList<>();
        add(parts, "q", q);
        add(parts, "status", status == null ? null : status.name());
        add(parts, "language", language);
        answers.forEach((question, answer) -> add(parts, "a" + question, answer));
        add(parts, "zone", zone);
        return String.join("&", parts);
    }

    /** The query string of page {@code number} with the same filters. */
    String pageQuery(int number) {
        String filters = filters();
        return filters.isEmpty() ? "page=" + number : filters + "&page=" + number;
    }

    /** A way back as a form sent it: kept only when it is a query string this class could have written. */
    static String back(String back) {
        return back != null && back.length() <= 2000 && back.matches("[A-Za-z0-9%&=._~+*-]*") ? back : "";
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static RegistrationStatus status(String value) {
        for (RegistrationStatus status : RegistrationStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
