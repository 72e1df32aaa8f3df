package nl.dialoog.outcome.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;

/**
 * The Pol.is method for agree/disagree/pass votes on statements, reimplemented from its published description: a
 * vote matrix, PCA to a 2-D opinion map, fine base clusters on the map, opinion groups made of base clusters with
 * the number of groups chosen by silhouette, and the statements that represent each group or unite them all.
 * Deterministic: the same votes give the same result, whatever their order (apart from duplicates, where the later
 * vote wins). Input with too little in it gives empty groups and lists, never an exception.
 */
public final class Polis {

    private Polis() {
    }

    public static PolisResult analyse(List<PolisVote> votes) {
        return analyse(votes, PolisOptions.DEFAULTS);
    }

    public static PolisResult analyse(List<PolisVote> votes, PolisOptions options) {
        long started = System.nanoTime();
        VoteMatrix matrix = VoteMatrix.of(votes);
        int[] inConversation = matrix.inConversation(options.minVotesInConversation());
        double[][] map = opinionMap(matrix, inConversation);
        int[] group = opinionGroups(map, inConversation, options);

        List<Long> statements = Arrays.stream(matrix.statements).boxed().toList();
        int[] everyone = java.util.stream.IntStream.range(0, matrix.rows()).toArray();
        List<StatementTally> tallies = tallies(matrix, everyone);

        int groupCount = Arrays.stream(group).max().orElse(-1) + 1;
        List<int[]> rowsOf = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            int index = g;
            rowsOf.add(Arrays.stream(inConversation).filter(r -> group[r] == index).toArray());
        }
        List<List<StatementTally>> groupTallies = rowsOf.stream().map(rows -> tallies(matrix, rows)).toList();
        List<PolisGroup> groups = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            int index = g;
            int[] rest = Arrays.stream(inConversation).filter(r -> group[r] != index).toArray();
            List<Representative> representative = Repness.of(groupTallies.get(g), tallies(matrix, rest),
                    options.representativeCount(), options.z());
            List<Long> members = Arrays.stream(rowsOf.get(g)).mapToLong(r -> matrix.participants[r]).boxed().toList();
            groups.add(new PolisGroup(g, members, representative, byStatement(groupTallies.get(g))));
        }
        List<Map<Long, StatementTally>> groupMaps = groups.stream().map(PolisGroup::tallies).toList();

        Map<Long, Integer> groupOf = new LinkedHashMap<>();
        for (int r : inConversation) {
            if (group[r] >= 0) {
                groupOf.put(matrix.participants[r], group[r]);
            }
        }
        Map<Long, double[]> projection = new LinkedHashMap<>();
        for (int r = 0; r < matrix.rows(); r++) {
            projection.put(matrix.participants[r], map[r]);
        }
        int size = options.listSize();
        List<StatementScore> agree = StatementRanking.consensus(tallies, true, size, options.z());
        List<StatementScore> disagree = StatementRanking.consensus(tallies, false, size, options.z());
        List<StatementScore> groupAware = StatementRanking.groupAware(statements, groupMaps, size);
        List<StatementScore> divisive = StatementRanking.divisive(statements, groupMaps, size);
        List<StatementScore> uncertain = StatementRanking.uncertain(tallies, options.uncertainPassShare(), size);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new PolisResult(Collections.unmodifiableMap(groupOf),
                Arrays.stream(matrix.participants).boxed().toList(), List.copyOf(groups), agree, disagree, groupAware,
                divisive, uncertain, Collections.unmodifiableMap(projection), tallies, millis, statements,
                Arrays.stream(inConversation).mapToLong(r -> matrix.participants[r]).boxed().toList());
    }

    /**
     * Every voter's place {x, y} on the map. PCA runs on the participants in the conversation, each vote centred on
     * its statement's mean — so a missing vote, imputed by that mean, becomes 0 and pulls nowhere. A voter is then
     * projected from the votes they actually cast, scaled by √(#statements / #their votes): Pol.is's sparsity-aware
     * projection, without which people who saw few statements would all crowd the centre of the map, only because
     * their missing votes count as average.
     */
    static double[][] opinionMap(VoteMatrix matrix, int[] inConversation) {
        int columns = matrix.columns();
        double[][] map = new double[matrix.rows()][2];
        if (inConversation.length == 0 || columns == 0) {
            return map;
        }
        double[] means = matrix.columnMeans(inConversation);
        double[][] centred = new double[inConversation.length][];
        for (int i = 0; i < inConversation.length; i++) {
            centred[i] = centredRow(matrix.votes[inConversation[i]], means);
        }
        DMatrixRMaj gram = Pca.gram(centred);
        double[][] components = Pca.components(gram, 2);
        for (int r = 0; r < matrix.rows(); r++) {
            if (matrix.voteCount[r] == 0) {
                continue;
            }
            double[] votes = matrix.votes[r];
            double scale = Math.sqrt((double) columns / matrix.voteCount[r]);
            for (int c = 0; c < 2; c++) {
                double dot = 0;
                for (int j = 0; j < columns; j++) {
                    if (!Double.isNaN(votes[j])) {
                        dot += (votes[j] - means[j]) * components[c][j];
                    }
                }
                map[r][c] = dot * scale;
            }
        }
        return map;
    }

    /** Votes minus their statement's mean; an unseen statement is imputed by the mean, so it becomes 0. */
    static double[] centredRow(double[] votes, double[] means) {
        double[] row = new double[votes.length];
        for (int j = 0; j < votes.length; j++) {
            row[j] = Double.isNaN(votes[j]) ? 0 : votes[j] - means[j];
        }
        return row;
    }

    /**
     * Per matrix row, its opinion group (largest group 0), or -1 for rows not in the conversation or when there are
     * no groups. Like Pol.is in two steps: first up to 100 base clusters by k-means on the map, so that the groups
     * are found among a hundred weighted points rather than thousands of people; then k-means on those base
     * clusters for k = 2..5, keeping the k with the best silhouette (how much closer people are to their own group
     * than to the next). Fewer than two distinct places on the map mean there is nothing to split: no groups.
     */
    static int[] opinionGroups(double[][] map, int[] inConversation, PolisOptions options) {
        int[] group = new int[map.length];
        Arrays.fill(group, -1);
        double[][] points = Arrays.stream(inConversation).mapToObj(r -> map[r]).toArray(double[][]::new);
        double[][] start = KMeans.evenlySpaced(points, options.maxBaseClusters());
        if (start.length < 2) {
            return group;
        }
        double[] ones = new double[points.length];
        Arrays.fill(ones, 1);
        KMeans.Clustering base = KMeans.cluster(points, ones, start);
        double[] weights = new double[base.size()];
        for (int b : base.assignment()) {
            weights[b]++;
        }
        double[][] centres = base.centres();
        KMeans.Clustering best = null;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= Math.min(options.maxGroups(), centres.length); k++) {
            KMeans.Clustering groups = KMeans.cluster(centres, weights, KMeans.spreadOut(centres, weights, k));
            if (groups.size() < 2) {
                continue;
            }
            double silhouette = KMeans.silhouette(centres, weights, groups);
            // A larger k must do clearly better: fewer groups are easier to read and to trust, and silhouettes
            // that differ by less than the margin are within what one more or one less vote changes.
            if (best == null || silhouette > bestSilhouette + options.silhouetteMargin()) {
                best = groups;
                bestSilhouette = silhouette;
            }
        }
        if (best == null) {
            return group;
        }
        int[] baseGroup = best.assignment();
        int[] sizes = new int[best.size()];
        for (int b = 0; b < baseGroup.length; b++) {
            sizes[baseGroup[b]] += (int) weights[b];
        }
        // Largest group first; equal sizes by the group holding the earliest participant, for a stable order.
        int[] first = new int[best.size()];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int p = 0; p < points.length; p++) {
            int g = baseGroup[base.assignment()[p]];
            first[g] = Math.min(first[g], p);
        }
        Integer[] order = java.util.stream.IntStream.range(0, best.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(g -> -sizes[g]).thenComparingInt(g -> first[g]))
                .toArray(Integer[]::new);
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        for (int p = 0; p < points.length; p++) {
            group[inConversation[p]] = rank[baseGroup[base.assignment()[p]]];
        }
        return group;
    }

    private static List<StatementTally> tallies(VoteMatrix matrix, int[] rows) {
        List<StatementTally> tallies = new ArrayList<>(matrix.columns());
        for (int j = 0; j < matrix.columns(); j++) {
            tallies.add(matrix.tally(j, rows));
        }
        return List.copyOf(tallies);
    }

    private static Map<Long, StatementTally> byStatement(List<StatementTally> tallies) {
        Map<Long, StatementTally> map = new LinkedHashMap<>();
        for (StatementTally t : tallies) {
            map.put(t.statement(), t);
        }
        return Collections.unmodifiableMap(map);
    }
}
