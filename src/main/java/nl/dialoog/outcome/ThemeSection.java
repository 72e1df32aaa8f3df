package nl.dialoog.outcome;

import java.util.List;
import nl.dialoog.outcome.analysis.Theme;
import nl.dialoog.outcome.analysis.ThemeResult;
import nl.dialoog.outcome.analysis.ThemeText;
import nl.dialoog.outcome.analysis.Themes;

/** Themes across the chat and the questions, named by the contributions in them. */
final class ThemeSection {

    private ThemeSection() {
    }

    static List<Report.Theme> of(List<Report.Contribution> transcript) {
        List<Report.Contribution> texts = transcript.stream()
                .filter(c -> c.kind().equals("message") || c.kind().equals("question")).toList();
        List<ThemeText> input = texts.stream().map(c -> new ThemeText(number(c.id()), c.kind().equals("message")
                ? "chat" : "question", c.language(), c.text())).toList();
        ThemeResult result = Themes.find(input);
        return result.themes().stream().map(theme -> new Report.Theme(theme.label(), theme.size(),
                ids(theme.ids()), ids(theme.quotes()), theme.languages())).toList();
    }

    /** Message and question ids can be equal numbers: they are told apart by their position in the input. */
    private static long number(String id) {
        return Long.parseLong(id.substring(1)) * 2 + (id.charAt(0) == 'q' ? 1 : 0);
    }

    private static List<String> ids(List<Long> numbers) {
        return numbers.stream().map(n -> (n % 2 == 1 ? "q" : "m") + (n / 2)).toList();
    }
}
