package nl.dialoog.registration.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Question;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Answers as people read them: the label of a chosen option, a country's name, in one language. */
@Component
public class AnswerLabels {

    private final MessageSource messages;

    AnswerLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The question's label in the language, else the event's default language. */
    public String question(Question question, EventView event, String language) {
        return question.label().resolve(event.languageFor(language), event.defaultLanguage()).text();
    }

    /** The answer's values as labels, several joined with "; ". */
    public String answer(Question question, List<String> values, EventView event, String language) {
        if (values == null) {
            return "";
        }
        return values.stream().map(value -> value(question, value, event, language))
                .collect(Collectors.joining("; "));
    }

    private String value(Question question, String value, EventView event, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return switch (question.kind()) {
            case COUNTRY -> Locale.of("", value).getDisplayCountry(locale);
            case ORGANISATION_TYPE -> messages.getMessage("registration.orgType." + value, null, value, locale);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream()
                    .filter(option -> option.key().equals(value)).findFirst()
                    .map(option -> option.label().resolve(event.languageFor(language), event.defaultLanguage())
                            .text())
                    .orElse(value);
            default -> value;
        };
    }
}
