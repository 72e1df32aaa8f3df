package nl.dialoog.registration.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.desk.Roster;
import nl.dialoog.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a {@link Roster} into the rows, counts and filter choices the list page shows, in the reader's language. */
@Component
class RosterModel {

    static final int PAGE_SIZE = 100;

    private final MessageSource messages;

    RosterModel(MessageSource messages) {
        this.messages = messages;
    }

    List<RosterViews.Row> rows(Roster roster, int from, int to, Locale locale) {
        Long country = questionOf(roster, QuestionKind.COUNTRY);
        Long type = questionOf(roster, QuestionKind.ORGANISATION_TYPE);
        return roster.matches().subList(from, to).stream().map(r -> new RosterViews.Row(r.id().value(), r.name(),
                r.email(), r.status().name(), status(r.status(), locale), country(first(r, country), locale),
                type(first(r, type), locale), Languages.endonym(r.language()), r.createdAt().toString()))
                .toList();
    }

    List<RosterViews.Count> counts(Map<String, Integer> counts, String dimension, Locale locale) {
        List<RosterViews.Count> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new RosterViews.Count(label(dimension, key, locale), count)));
        rows.sort(Comparator.comparing(RosterViews.Count::count).reversed()
                .thenComparing(RosterViews.Count::label));
        return rows;
    }

    List<RosterViews.Count> statusCounts(Map<RegistrationStatus, Integer> counts, Locale locale) {
        return counts.entrySet().stream()
                .map(entry -> new RosterViews.Count(status(entry.getKey(), locale), entry.getValue())).toList();
    }

    /** Filter choices: the values that occur among all the event's registrations, labelled. */
    List<RosterViews.Option> options(Map<String, Integer> counts, String dimension, Locale locale) {
        return counts.keySet().stream().filter(key -> !key.isEmpty())
                .map(key -> new RosterViews.Option(key, label(dimension, key, locale)))
                .sorted(Comparator.comparing(RosterViews.Option::label)).toList();
    }

    List<RosterViews.Option> statuses(Locale locale) {
        return java.util.Arrays.stream(RegistrationStatus.values())
                .map(status -> new RosterViews.Option(status.name(), status(status, locale))).toList();
    }

    List<RosterViews.Removed> removed(Roster roster, Locale locale) {
        List<RosterViews.Removed> removed = new ArrayList<>();
        roster.removed().forEach((status, dimensions) -> removed.add(new RosterViews.Removed(status(status, locale),
                counts(dimensions.getOrDefault("country", Map.of()), "country", locale),
                counts(dimensions.getOrDefault("organisationType", Map.of()), "type", locale),
                counts(dimensions.getOrDefault("language", Map.of()), "language", locale),
                dimensions.getOrDefault("total", Map.of()).getOrDefault("", 0))));
        return removed;
    }

    String label(String dimension, String key, Locale locale) {
        return switch (dimension) {
            case "country" -> country(key, locale);
            case "type" -> type(key, locale);
            default -> key.isEmpty() ? none(locale) : Languages.endonym(key);
        };
    }

    private String status(RegistrationStatus status, Locale locale) {
        return messages.getMessage("registration.status." + status.name(), null, locale);
    }

    private String country(String code, Locale locale) {
        return code.isEmpty() ? none(locale) : Locale.of("", code).getDisplayCountry(locale);
    }

    private String type(String key, Locale locale) {
        return key.isEmpty() ? none(locale) : messages.getMessage("registration.orgType." + key, null, key, locale);
    }

    private String none(Locale locale) {
        return messages.getMessage("registration.list.none", null, locale);
    }

    private static Long questionOf(Roster roster, QuestionKind kind) {
        return roster.questions().stream().filter(q -> q.kind() == kind).map(q -> q.id()).findFirst().orElse(null);
    }

    private static String first(RegistrationView registration, Long question) {
        List<String> values = question == null ? List.of() : registration.answers().getOrDefault(question, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }
}
