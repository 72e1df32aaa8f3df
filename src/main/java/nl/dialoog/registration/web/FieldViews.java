package nl.dialoog.registration.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.internal.Choices;
import nl.dialoog.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/** Turns questions into what the form templates show, in the reader's language, with the values sent so far. */
@Component
class FieldViews {

    /** One choice of a select, radio group or checkbox group. */
    public record Choice(String code, String name) {
    }

    /**
     * One custom question as a form field; {@code error} is a message key or null. For a select (country,
     * organisation type) {@code options} is its options as ready HTML, the chosen one marked (see {@link #options}).
     */
    public record QuestionField(long id, String name, String kind, String label, boolean required,
                                List<Choice> choices, List<String> values, String error, String options) {

        public String value() {
            return values.isEmpty() ? "" : values.getFirst();
        }

        public boolean chosen(String code) {
            return values.contains(code);
        }
    }

    private final MessageSource messages;
    /** Country choices per reader's language, sorted; and selects' options as HTML per kind and language. */
    private final Map<Locale, List<Choice>> countries = new ConcurrentHashMap<>();
    private final Map<String, String> readyOptions = new ConcurrentHashMap<>();

    FieldViews(MessageSource messages) {
        this.messages = messages;
    }

    List<QuestionField> fields(List<Question> questions, EventView event, Map<Long, List<String>> values,
                               Map<Long, String> errors, Locale locale) {
        String language = event.languageFor(locale.getLanguage());
        List<QuestionField> fields = new ArrayList<>();
        for (Question question : questions) {
            List<Choice> choices = choices(question, event, locale);
            List<String> given = values.getOrDefault(question.id(), List.of());
            boolean select = question.kind() == QuestionKind.COUNTRY
                    || question.kind() == QuestionKind.ORGANISATION_TYPE;
            fields.add(new QuestionField(question.id(), "q" + question.id(), question.kind().name(),
                    question.label().resolve(language, event.defaultLanguage()).text(), question.required(),
                    choices, given, errors.get(question.id()),
                    select ? options(question.kind(), choices, locale, given) : null));
        }
        return fields;
    }

    List<Choice> languages(EventView event) {
        return event.languages().stream().map(code -> new Choice(code, Languages.endonym(code))).toList();
    }

    static Map<Long, List<String>> answers(List<Question> questions, MultiValueMap<String, String> params) {
        Map<Long, List<String>> answers = new java.util.HashMap<>();
        for (Question question : questions) {
            List<String> given = params.get("q" + question.id());
            if (given != null) {
                answers.put(question.id(), given.stream().limit(100).toList());
            }
        }
        return answers;
    }

    /**
     * A select's options as ready HTML, built once per kind and language: ~250 countries sorted by a collator and
     * rendered one by one through the template engine cost more than the rest of the registration form (the same
     * lesson as {@link ZoneChoices}). Only the chosen option is marked per request.
     */
    private String options(QuestionKind kind, List<Choice> choices, Locale locale, List<String> chosen) {
        String all = readyOptions.computeIfAbsent(kind + ":" + locale.toLanguageTag(), key -> choices.stream()
                .map(choice -> "<option value=\"" + HtmlUtils.htmlEscape(choice.code()) + "\">"
                        + HtmlUtils.htmlEscape(choice.name()) + "</option>")
                .collect(Collectors.joining()));
        String none = "<option value=\"\">" + HtmlUtils.htmlEscape(
                messages.getMessage("registration.field.choose", null, locale)) + "</option>";
        String value = chosen.isEmpty() ? "" : chosen.getFirst();
        String option = "<option value=\"" + HtmlUtils.htmlEscape(value) + "\">";
        int at = value.isEmpty() ? -1 : all.indexOf(option);
        return at < 0 ? none + all : none + all.substring(0, at) + "<option value=\"" + HtmlUtils.htmlEscape(value)
                + "\" selected>" + all.substring(at + option.length());
    }

    private List<Choice> choices(Question question, EventView event, Locale locale) {
        String language = event.languageFor(locale.getLanguage());
        return switch (question.kind()) {
            case COUNTRY -> countries.computeIfAbsent(locale, reader -> Choices.COUNTRIES.stream()
                    .map(code -> new Choice(code, Locale.of("", code).getDisplayCountry(reader)))
                    .sorted(Comparator.comparing(Choice::name, java.text.Collator.getInstance(reader))).toList());
            case ORGANISATION_TYPE -> Choices.ORGANISATION_TYPES.stream()
                    .map(code -> new Choice(code, messages.getMessage("registration.orgType." + code, null, locale)))
                    .toList();
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream()
                    .map(option -> new Choice(option.key(),
                            option.label().resolve(language, event.defaultLanguage()).text()))
                    .toList();
            default -> List.of();
        };
    }
}
