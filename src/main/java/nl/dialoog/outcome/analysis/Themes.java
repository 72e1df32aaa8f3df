package nl.dialoog.outcome.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Themes across chat and questions, in and across English, Dutch, French and Spanish.
 *
 * <p>Method. (1) Each message is taken to be in the language it was written in, or, when that is not recorded, the
 * language its stop words point to ({@link LanguageGuess}). (2) Lucene's analyzer of that language turns it into
 * stems without stop words ({@link ThemeTerms}); a stem that is a word of our table of about 60 concepts of the field
 * in the four languages ({@link ThemeConcepts}: funding, donor, power, local, evaluation, …) counts as that
 * concept, any other stem counts as itself without accents, so identical stems and cognates meet across languages.
 * (3) Each message becomes a unit TF-IDF vector over the terms found in at least two messages
 * ({@link ThemeVectors}). (4) Spherical k-means on cosine similarity groups them, k chosen by the silhouette, and
 * groups whose messages have a mean pairwise cosine of at least 0.15 are then merged by average linkage, as k-means
 * tends to split one theme by wording ({@link ThemeClustering}). (5) A message joins its group's theme only when its cosine with the group's centroid is
 * at least {@value #MIN_SIMILARITY}; a group of fewer than {@value #MIN_THEME_SIZE} such messages is no theme; every
 * other message is left in no theme (so is a message without shared terms). (6) A theme's label is its five terms
 * with the highest summed TF-IDF weight over its messages, each shown as the word its messages use most for it.
 * (7) Quotes: the {@value #QUOTES} messages of the theme closest to its centroid (ties: the earlier id) among those
 * of {@value #QUOTE_MIN_LENGTH}–{@value #QUOTE_MAX_LENGTH} characters; they are ids, shown verbatim by the caller,
 * never paraphrased. Themes are numbered from the largest (ties: the one with the earliest message). The same input
 * gives the same themes.
 */
public final class Themes {

    public static final int MIN_THEME_SIZE = 3;

    public static final int MAX_THEMES = 12;

    public static final double MIN_SIMILARITY = 0.2;

    public static final int LABEL_TERMS = 5;

    public static final int QUOTES = 3;

    public static final int QUOTE_MIN_LENGTH = 8;

    public static final int QUOTE_MAX_LENGTH = 300;

    private Themes() {
    }

    public static ThemeResult find(List<ThemeText> input) {
        List<ThemeText> texts = input.stream().sorted(Comparator.comparingLong(ThemeText::id)).toList();
        if (texts.isEmpty()) {
            return ThemeResult.empty();
        }
        Map<Long, String> languages = new TreeMap<>();
        List<List<ThemeTerms.Term>> terms = new ArrayList<>();
        for (ThemeText text : texts) {
            String language = language(text);
            languages.put(text.id(), language);
            terms.add(ThemeTerms.terms(language, text.text() == null ? "" : text.text()));
        }
        ThemeVectors vectors = ThemeVectors.of(terms.stream()
                .map(list -> list.stream().map(ThemeTerms.Term::key).toList()).toList());
        int[] candidates = IntStream.range(0, texts.size()).filter(d -> !vectors.empty(d)).toArray();
        List<List<Integer>> groups = groups(vectors, candidates);

        List<List<Integer>> themes = new ArrayList<>();
        for (List<Integer> group : groups) {
            double[] centroid = vectors.centroid(group);
            List<Integer> members = group.stream().filter(d -> vectors.dot(d, centroid) >= MIN_SIMILARITY).toList();
            if (members.size() >= MIN_THEME_SIZE) {
                themes.add(members);
            }
        }
        themes.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed()
                .thenComparingInt(members -> members.get(0)));

        List<Theme> result = new ArrayList<>();
        boolean[] themed = new boolean[texts.size()];
        for (List<Integer> members : themes) {
            members.forEach(d -> themed[d] = true);
            result.add(theme(result.size() + 1, members, texts, terms, vectors, languages));
        }
        List<Long> unthemed = IntStream.range(0, texts.size()).filter(d -> !themed[d])
                .mapToObj(d -> texts.get(d).id()).toList();
        return new ThemeResult(List.copyOf(result), unthemed, Collections.unmodifiableMap(languages));
    }

    private static List<List<Integer>> groups(ThemeVectors vectors, int[] candidates) {
        List<List<Integer>> groups = new ArrayList<>();
        if (candidates.length < MIN_THEME_SIZE) {
            return groups;
        }
        int[] cluster = ThemeClustering.cluster(vectors, candidates, MIN_THEME_SIZE, MAX_THEMES);
        Map<Integer, List<Integer>> byCluster = new TreeMap<>();
        for (int i = 0; i < candidates.length; i++) {
            byCluster.computeIfAbsent(cluster[i], c -> new ArrayList<>()).add(candidates[i]);
        }
        groups.addAll(byCluster.values());
        return groups;
    }

    private static Theme theme(int number, List<Integer> members, List<ThemeText> texts,
                               List<List<ThemeTerms.Term>> terms, ThemeVectors vectors, Map<Long, String> languages) {
        double[] centroid = vectors.centroid(members);
        Map<Integer, Double> weight = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        Map<String, Integer> perLanguage = new TreeMap<>();
        for (int d : members) {
            int[] ids = vectors.terms(d);
            double[] w = vectors.weights(d);
            for (int i = 0; i < ids.length; i++) {
                weight.merge(ids[i], w[i], Double::sum);
            }
            for (ThemeTerms.Term term : terms.get(d)) {
                surfaces.computeIfAbsent(term.key(), k -> new TreeMap<>()).merge(term.surface(), 1, Integer::sum);
            }
            perLanguage.merge(languages.get(texts.get(d).id()), 1, Integer::sum);
        }
        List<String> label = weight.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(e -> vectors.key(e.getKey())))
                .map(e -> mostUsed(surfaces.get(vectors.key(e.getKey()))))
                .distinct()
                .limit(LABEL_TERMS)
                .toList();
        List<Long> ids = members.stream().map(d -> texts.get(d).id()).sorted().toList();
        List<Long> quotes = members.stream()
                .filter(d -> quotable(texts.get(d).text()))
                .sorted(Comparator.<Integer>comparingDouble(d -> vectors.dot(d, centroid)).reversed()
                        .thenComparingLong(d -> texts.get(d).id()))
                .limit(QUOTES)
                .map(d -> texts.get(d).id())
                .toList();
        return new Theme(number, label, members.size(), ids, quotes,
                Collections.unmodifiableMap(perLanguage));
    }

    /** The surface form used most often; ties go to the alphabetically first (the map is sorted). */
    private static String mostUsed(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    static boolean quotable(String text) {
        if (text == null) {
            return false;
        }
        int length = text.strip().codePointCount(0, text.strip().length());
        return length >= QUOTE_MIN_LENGTH && length <= QUOTE_MAX_LENGTH;
    }

    private static String language(ThemeText text) {
        String given = text.language() == null ? "" : text.language().strip().toLowerCase(Locale.ROOT);
        if (!given.isEmpty()) {
            int dash = given.indexOf('-');
            return dash > 0 ? given.substring(0, dash) : given;
        }
        return LanguageGuess.guess(text.text(), "und");
    }
}
