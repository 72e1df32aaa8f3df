package nl.dialoog.outcome.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns a text into comparable terms: Lucene's analyzer of its language (English: Porter stemmer; Dutch: Snowball;
 * French and Spanish: light stemmers; any other language: the standard tokenizer) with Lucene's stop words plus a
 * few of our own: chat filler ("thanks", "hello") in all four languages, and per language the modal verbs, adverbs
 * and question words that carry no topic ("must", "really", "why"; English needs the most, as Lucene's English set
 * has only 33 words). Each stem becomes a key: the concept of
 * {@link ThemeConcepts} when the stem is one of its words, else the stem itself without accents, so that identical
 * stems and cognates meet across languages. Each term keeps the word it came from, as written.
 */
final class ThemeTerms {

    /** A term key and the word it came from. */
    record Term(String key, String surface) {
    }

    private static final String FILLER = "thank thanks hello hi dear yes okay ok great good please also just really "
            + "dank bedankt hallo hoi goed graag ja nee ook "
            + "merci bonjour salut oui non bien aussi "
            + "gracias hola buenos buenas sí bien también";

    private static final String ENGLISH_EXTRA = "i me my mine we us our ours you your yours he him his she her hers "
            + "its them theirs what which who whom whose when where why how all any both each few more most other "
            + "some so than too very can could should would shall may might must do does did doing done have has had "
            + "having been being am were get got make made about from up down out over under again here there "
            + "only own same one two lot lots many much way thing things need needs think give gives giving real "
            + "really instead use uses used let lets often always never rarely";

    private static final String DUTCH_EXTRA = "moeten moet moest kunnen kan echt echte alleen meer minder geven geef "
            + "geeft gaan gaat krijgen krijgt hoe welke waarom veel heel nog gewoon bijna zelden vaak nooit altijd "
            + "doen hun onze jullie";

    private static final String FRENCH_EXTRA = "doivent doit devons devrait devraient faut plus moins vraiment "
            + "seulement trop très donner donne donnent avoir comment pourquoi quel quels quelle quelles beaucoup "
            + "toujours jamais rarement souvent reste vrai vraie";

    private static final String SPANISH_EXTRA = "deben debe deberían debería dar hay más menos realmente solo sólo "
            + "casi nunca siempre muy cómo qué porque necesitan necesita toman real";

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "en", new EnglishAnalyzer(union(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, FILLER, ENGLISH_EXTRA)),
            "nl", new DutchAnalyzer(union(DutchAnalyzer.getDefaultStopSet(), FILLER, DUTCH_EXTRA)),
            "fr", new FrenchAnalyzer(union(FrenchAnalyzer.getDefaultStopSet(), FILLER, FRENCH_EXTRA)),
            "es", new SpanishAnalyzer(union(SpanishAnalyzer.getDefaultStopSet(), FILLER, SPANISH_EXTRA)));

    private static final Analyzer OTHER = new StandardAnalyzer(union(union(union(union(
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, FILLER, ENGLISH_EXTRA), DutchAnalyzer.getDefaultStopSet()),
            FrenchAnalyzer.getDefaultStopSet()), SpanishAnalyzer.getDefaultStopSet()));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern DIGITS = Pattern.compile("[\\p{N}\\p{P}]+");

    private ThemeTerms() {
    }

    /** The terms of a text in a language ("en", "nl", "fr", "es" or any other code). */
    static List<Term> terms(String language, String text) {
        List<Term> terms = new ArrayList<>();
        for (String[] stem : stems(language, text)) {
            String key = ThemeConcepts.concept(language, stem[0]);
            terms.add(new Term(key == null ? fold(stem[0]) : key, stem[1]));
        }
        return terms;
    }

    /** Pairs of (stem, surface word) of a text; numbers and one-letter stems are left out. */
    static List<String[]> stems(String language, String text) {
        List<String[]> stems = new ArrayList<>();
        Analyzer analyzer = ANALYZERS.getOrDefault(language, OTHER);
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                if (stem.length() < 2 || DIGITS.matcher(stem).matches()) {
                    continue;
                }
                stems.add(new String[] {stem, surface(text.substring(offset.startOffset(), offset.endOffset()))});
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    static boolean analyzed(String language) {
        return ANALYZERS.containsKey(language);
    }

    static String fold(String stem) {
        return MARKS.matcher(Normalizer.normalize(stem, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The word as shown in a label: without an elided article (l', d'), lower case unless it is an acronym. */
    private static String surface(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        String bare = apostrophe > 0 && apostrophe <= 2 && apostrophe < word.length() - 1
                ? word.substring(apostrophe + 1) : word;
        boolean acronym = bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT))
                && !bare.equals(bare.toLowerCase(Locale.ROOT));
        return acronym ? bare : bare.toLowerCase(Locale.ROOT);
    }

    private static CharArraySet union(CharArraySet base, String... extra) {
        CharArraySet set = new CharArraySet(base, true);
        for (String words : extra) {
            for (String word : words.split(" ")) {
                set.add(word);
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static CharArraySet union(CharArraySet base, CharArraySet other) {
        CharArraySet set = new CharArraySet(base, true);
        set.addAll(other);
        return CharArraySet.unmodifiableSet(set);
    }
}
