package nl.dialoog.outcome.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemesTests {

    private final List<ThemeText> corpus = ThemeCorpus.texts();

    @Test
    void findsOneThemePerTopicHoldingItsMessagesInAllFourLanguages() {
        ThemeResult result = Themes.find(corpus);

        assertThat(result.themes()).extracting(theme -> Set.copyOf(theme.ids()))
                .containsExactlyInAnyOrder(ThemeCorpus.FUNDING, ThemeCorpus.VOICE, ThemeCorpus.EVALUATION);
        assertThat(result.themes()).allSatisfy(theme ->
                assertThat(theme.languages()).containsOnlyKeys("en", "nl", "fr", "es"));
    }

    @Test
    void labelsEachThemeWithTheKeyTermsOfItsTopic() {
        ThemeResult result = Themes.find(corpus);

        assertThat(themeOf(result, 1).label()).hasSizeBetween(3, 5).contains("funding", "flexible");
        assertThat(themeOf(result, 14).label()).hasSizeBetween(3, 5).contains("local", "power");
        assertThat(themeOf(result, 27).label()).hasSizeBetween(3, 5).contains("evaluation", "measure");
    }

    @Test
    void putsEveryMessageInAtMostOneThemeAndListsTheRestAsUnthemed() {
        ThemeResult result = Themes.find(corpus);

        List<Long> placed = new ArrayList<>(result.unthemed());
        result.themes().forEach(theme -> placed.addAll(theme.ids()));
        assertThat(placed).doesNotHaveDuplicates().hasSize(corpus.size());
        assertThat(result.unthemed()).containsExactly(40L, 41L, 42L);
        assertThat(result.themes()).allSatisfy(theme -> assertThat(theme.size()).isEqualTo(theme.ids().size()));
    }

    @Test
    void quotesUpToThreeMessagesOfTheThemeWithinTheLengthRule() {
        List<ThemeText> texts = new ArrayList<>(corpus);
        texts.add(new ThemeText(43, "chat", "en", "Donor funding should be flexible, flexible, flexible: "
                + "x".repeat(300)));

        Map<Long, String> byId = new HashMap<>();
        texts.forEach(text -> byId.put(text.id(), text.text()));

        ThemeResult result = Themes.find(texts);

        assertThat(result.themes()).allSatisfy(theme -> {
            assertThat(theme.quotes()).hasSize(3).doesNotHaveDuplicates();
            assertThat(theme.ids()).containsAll(theme.quotes());
            assertThat(theme.quotes()).allSatisfy(id -> assertThat(byId.get(id).strip().length())
                    .isBetween(Themes.QUOTE_MIN_LENGTH, Themes.QUOTE_MAX_LENGTH));
        });
        assertThat(themeOf(result, 1).ids()).contains(43L);
        assertThat(themeOf(result, 1).quotes()).doesNotContain(43L);
    }

    @Test
    void takesTheLanguageGivenOrGuessesItFromTheText() {
        ThemeResult result = Themes.find(corpus);

        assertThat(result.languages()).containsEntry(2L, "en").containsEntry(5L, "nl").containsEntry(8L, "fr")
                .containsEntry(11L, "es");
    }

    @Test
    void findsTheSameThemesWhateverTheOrderOfTheInput() {
        List<ThemeText> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(7));

        ThemeResult result = Themes.find(shuffled);

        assertThat(result).isEqualTo(Themes.find(corpus));
    }

    @Test
    void findsNoThemesInEmptyInput() {
        ThemeResult result = Themes.find(List.of());

        assertThat(result.themes()).isEmpty();
        assertThat(result.unthemed()).isEmpty();
    }

    @Test
    void leavesInputTooSmallForAThemeUnthemed() {
        List<ThemeText> two = List.of(new ThemeText(1, "chat", "en", "Donors want results."),
                new ThemeText(2, "question", "", "Why do donors want results so fast?"));

        ThemeResult result = Themes.find(two);

        assertThat(result.themes()).isEmpty();
        assertThat(result.unthemed()).containsExactly(1L, 2L);
    }

    @Test
    void makesOneThemeOfASingleTopic() {
        List<ThemeText> texts = corpus.stream().filter(text -> ThemeCorpus.EVALUATION.contains(text.id())).toList();

        ThemeResult result = Themes.find(texts);

        assertThat(result.themes()).singleElement()
                .satisfies(theme -> assertThat(Set.copyOf(theme.ids())).isEqualTo(ThemeCorpus.EVALUATION));
    }

    private static Theme themeOf(ThemeResult result, long id) {
        return result.themes().stream().filter(theme -> new HashSet<>(theme.ids()).contains(id)).findFirst()
                .orElseThrow();
    }
}
