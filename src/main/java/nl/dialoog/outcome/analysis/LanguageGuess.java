package nl.dialoog.outcome.analysis;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * Guesses whether a short text is English, Dutch, French or Spanish from its stop words (Lucene's stop set of each
 * language). A word counts 1 shared among the languages whose set holds it ("de" is Dutch, French and Spanish, so
 * it gives each a third); the language with the highest score wins when it has at least {@value #MIN_SCORE} and
 * beats the runner-up by {@value #MIN_LEAD}. Otherwise the text is too short or too mixed to tell, and the caller's
 * fallback (the author's registration language) is returned. Codes are lower-case ISO 639-1.
 */
public final class LanguageGuess {

    public static final List<String> LANGUAGES = List.of("en", "nl", "fr", "es");

    static final double MIN_SCORE = 1.5;

    static final double MIN_LEAD = 0.75;

    private static final List<CharArraySet> STOP_SETS = List.of(
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            DutchAnalyzer.getDefaultStopSet(),
            FrenchAnalyzer.getDefaultStopSet(),
            SpanishAnalyzer.getDefaultStopSet());

    private LanguageGuess() {
    }

    /**
     * The language of {@code text}: one of {@link #LANGUAGES}, or {@code fallback} (lower-cased, "" when null)
     * when the stop words do not tell.
     */
    public static String guess(String text, String fallback) {
        String otherwise = fallback == null ? "" : fallback.strip().toLowerCase(Locale.ROOT);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        double[] score = new double[STOP_SETS.size()];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int holders = 0;
            for (CharArraySet set : STOP_SETS) {
                if (set.contains(word)) {
                    holders++;
                }
            }
            for (int i = 0; i < STOP_SETS.size() && holders > 0; i++) {
                if (STOP_SETS.get(i).contains(word)) {
                    score[i] += 1.0 / holders;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < score.length; i++) {
            if (score[i] > score[best]) {
                best = i;
            }
        }
        double runnerUp = 0;
        for (int i = 0; i < score.length; i++) {
            if (i != best) {
                runnerUp = Math.max(runnerUp, score[i]);
            }
        }
        if (score[best] >= MIN_SCORE && score[best] - runnerUp >= MIN_LEAD) {
            return LANGUAGES.get(best);
        }
        return otherwise;
    }
}
