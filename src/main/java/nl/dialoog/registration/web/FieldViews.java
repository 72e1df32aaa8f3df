package nl.dialoog.registration.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Choices;
import nl.dialoog.registration.Question;
import nl.dialoog.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** Turns questions into what the form templates show, in the reader's language, with the values sent so far. */
@Component
class FieldViews {

    /** One choice of a select, radio group or checkbox group. */
    public record Choice(String code, String name) {
    }

    /** One custom question as a form field; {@code error} is a message key or null. */
    public record QuestionField(long id, String name, String kind, String label, boolean required,
                                List<Choice> choices, List<String> values, String error) {

        public String value() {
            return values.isEmpty() ? "" : values.getFirst();
        }

        public boolean chosen(String code) {
            return values.contains(code);
        }
    }

    private final MessageSource messages;

    FieldViews(MessageSource messages) {
        this.messages = messages;
    }

    List<QuestionField> fields(List<Question> questions, EventView event, Map<Long, List<String>> values,
                               Map<Long, String> errors, Locale locale) {
        String language = event.languageFor(locale.getLanguage());
        List<QuestionField> fields = new ArrayList<>();
        for (Question question : questions) {
            fields.add(new QuestionField(question.id(), "q" + question.id(), question.kind().name(),
                    question.label().resolve(language, event.defaultLanguage()).text(), question.required(),
                    choices(question, event, locale), values.getOrDefault(question.id(), List.of()),
                    errors.get(question.id())));
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

    private List<Choice> choices(Question question, EventView event, Locale locale) {
        String language = event.languageFor(locale.getLanguage());
        return switch (question.kind()) {
            case COUNTRY -> Choices.COUNTRIES.stream()
                    .map(code -> new Choice(code, Locale.of("", code).getDisplayCountry(locale)))
                    .sorted(Comparator.comparing(Choice::name, java.text.Collator.getInstance(locale))).toList();
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
