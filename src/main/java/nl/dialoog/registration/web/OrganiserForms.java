package nl.dialoog.registration.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.RegistrationOptions;

/** The organiser's registration forms: options, a new question, an invite code, a CSV import. */
final class OrganiserForms {

    private OrganiserForms() {
    }

    /** A text in one language, as a form row. */
    public record LanguageText(String language, @Size(max = 8000) String text) {
    }

    /** Times are local date-times in the event's zone, as datetime-local inputs send them; blank means none. */
    public record OptionsForm(@Pattern(regexp = "\\d{0,7}") String capacity,
                              @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") String opensAt,
                              @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") String closesAt,
                              Boolean requiresApproval, Boolean inviteOnly, Boolean verifyEmail,
                              List<@jakarta.validation.Valid LanguageText> privacy) {

        static OptionsForm of(RegistrationOptions options, EventView event) {
            return new OptionsForm(options.capacity() == null ? "" : options.capacity().toString(),
                    local(options.opensAt(), event.zone()), local(options.closesAt(), event.zone()),
                    options.requiresApproval(), options.inviteOnly(), options.verifyEmail(),
                    event.languages().stream()
                            .map(language -> new LanguageText(language, options.privacyText().in(language)))
                            .toList());
        }

        RegistrationOptions toOptions(EventView event) {
            return new RegistrationOptions(capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity),
                    instant(opensAt, event.zone()), instant(closesAt, event.zone()),
                    Boolean.TRUE.equals(requiresApproval), Boolean.TRUE.equals(inviteOnly),
                    Boolean.TRUE.equals(verifyEmail), text(privacy), 0, List.of());
        }
    }

    /**
     * A question to add or change (whose kind then stays); choices hold one option per line per language, matched
     * by line.
     */
    public record QuestionForm(@Pattern(regexp = "[A-Z_]{1,30}") String kind, Boolean required,
                               List<@jakarta.validation.Valid LanguageText> labels,
                               List<@jakarta.validation.Valid LanguageText> choices) {

        static QuestionForm blank(EventView event) {
            List<LanguageText> empty = event.languages().stream().map(l -> new LanguageText(l, "")).toList();
            return new QuestionForm("SHORT_TEXT", false, empty, empty);
        }

        static QuestionForm of(Question question, EventView event) {
            List<LanguageText> labels = event.languages().stream()
                    .map(l -> new LanguageText(l, question.label().values().getOrDefault(l, ""))).toList();
            return new QuestionForm(question.kind().name(), question.required(), labels,
                    QuestionChoices.lines(question, event));
        }
    }

    public record InviteForm(@Size(max = 320) String email, @Size(max = 200) String name) {
    }

    public record ImportForm(@Size(max = 200_000) String csv) {
    }

    static LocalizedText text(List<LanguageText> rows) {
        Map<String, String> values = new TreeMap<>();
        if (rows != null) {
            rows.stream().filter(row -> row != null && row.language() != null && row.text() != null)
                    .forEach(row -> values.put(row.language(), row.text()));
        }
        return new LocalizedText(values);
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, zone).toString();
    }

    private static Instant instant(String local, ZoneId zone) {
        return local == null || local.isBlank() ? null : LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}
