package nl.dialoog.registration.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.web.OrganiserForms.LanguageText;

/**
 * A choice question's options as the organiser types them: one option per line, a text per language, matched by
 * line. Answers store an option's key, so a changed question keeps the key of every option whose text in the
 * default language stays the same (wherever its line moved); only new texts get new keys.
 */
final class QuestionChoices {

    private QuestionChoices() {
    }

    static List<Question.Option> parse(List<LanguageText> rows, EventView event, List<Question.Option> existing) {
        LocalizedText all = OrganiserForms.text(rows);
        String language = event.defaultLanguage();
        String[] main = all.resolve(language, language).text().split("\\R");
        Set<String> used = new HashSet<>();
        int next = existing.stream().map(Question.Option::key).filter(key -> key.matches("o\\d{1,6}"))
                .mapToInt(key -> Integer.parseInt(key.substring(1))).max().orElse(0) + 1;
        List<Question.Option> options = new ArrayList<>();
        for (int i = 0; i < main.length; i++) {
            if (main[i].isBlank()) {
                continue;
            }
            LocalizedText label = LocalizedText.EMPTY;
            for (String other : all.values().keySet()) {
                String[] lines = all.in(other).split("\\R");
                label = label.with(other, i < lines.length && !lines[i].isBlank() ? lines[i] : main[i]);
            }
            String text = main[i].strip();
            String key = existing.stream()
                    .filter(option -> !used.contains(option.key()) && text.equals(option.label().in(language).strip()))
                    .map(Question.Option::key).findFirst().orElse(null);
            if (key == null) {
                key = "o" + next++;
            }
            used.add(key);
            options.add(new Question.Option(key, label));
        }
        return options;
    }

    /** The options as the form shows them: per language, one line per option. */
    static List<LanguageText> lines(Question question, EventView event) {
        return event.languages().stream()
                .map(language -> new LanguageText(language, String.join("\n", question.options().stream()
                        .map(option -> option.label().values().getOrDefault(language, "")).toList())))
                .toList();
    }
}
