package nl.dialoog.registration.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.dialoog.registration.Question;

/** The built-in answer lists: ISO 3166 countries and organisation types (labels come from the message bundle). */
public final class Choices {

    public static final List<String> COUNTRIES = Arrays.stream(java.util.Locale.getISOCountries()).sorted().toList();

    public static final List<String> ORGANISATION_TYPES = List.of("ngo", "network", "government", "multilateral",
            "academic", "business", "other");

    private static final Set<String> COUNTRY_SET = Set.copyOf(COUNTRIES);

    private Choices() {
    }

    /** The keys an answer to the question may take; empty for free-text questions. */
    public static List<String> keys(Question question) {
        return switch (question.kind()) {
            case COUNTRY -> COUNTRIES;
            case ORGANISATION_TYPE -> ORGANISATION_TYPES;
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream().map(Question.Option::key).toList();
            default -> List.of();
        };
    }

    public static boolean isCountry(String code) {
        return COUNTRY_SET.contains(code);
    }
}
