package nl.dialoog.outcome.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Spherical k-means on unit TF-IDF vectors (cosine similarity), with k chosen by the silhouette. For each k from 2
 * to the largest that still allows themes of the minimum size (at most the given maximum), k-means runs from
 * {@value #RESTARTS} k-means++ seedings drawn from a fixed seed, and keeps the run with the highest total
 * similarity of the messages to their centroids; the k whose run has the highest mean silhouette (cosine distance)
 * wins, the smaller k on a tie. With more than {@value #SAMPLE} messages, k is chosen on an evenly spaced sample of
 * {@value #SAMPLE} (in id order), and one k-means run on all messages starts from that sample's centroids. The silhouette favours tight groups, so k-means tends to split one theme by wording;
 * the clusters are then merged by average linkage: while two clusters have a mean pairwise cosine of at least
 * {@value #MERGE_SIMILARITY}, the most similar pair becomes one (ties: the lower cluster numbers). Same input, same
 * clusters.
 */
final class ThemeClustering {

    static final int RESTARTS = 5;

    static final int SAMPLE = 2000;

    static final double MERGE_SIMILARITY = 0.15;

    private static final int MAX_ITERATIONS = 50;

    private static final long SEED = 20171109L;

    private ThemeClustering() {
    }

    private record Run(int[] assignment, double[][] centroids) {
    }

    /** The cluster of each listed document (indexes into {@code vectors}), numbered from 0. */
    static int[] cluster(ThemeVectors vectors, int[] documents, int minSize, int maxClusters) {
        int largestK = Math.min(maxClusters, documents.length / minSize);
        if (largestK < 2) {
            return new int[documents.length];
        }
        int[] sample = sample(documents);
        // each k draws from its own seed, so the k are tried side by side (on a report's build, the longest step
        // of its themes); the choice is made afterwards in order of k, as one after the other would make it
        Run[] runs = new Run[largestK + 1];
        double[] silhouettes = new double[largestK + 1];
        IntStream.rangeClosed(2, largestK).parallel().forEach(k -> {
            runs[k] = bestOfRestarts(vectors, sample, k);
            silhouettes[k] = silhouette(vectors, sample, runs[k].assignment(), k);
        });
        Run best = null;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= largestK; k++) {
            if (silhouettes[k] > bestSilhouette + 1e-12) {
                bestSilhouette = silhouettes[k];
                best = runs[k];
            }
        }
        int[] assignment = sample.length == documents.length
                ? best.assignment() : kMeans(vectors, documents, best.centroids());
        return merged(vectors, documents, assignment);
    }

    /** All documents, or an evenly spaced sample of {@value #SAMPLE} of them. */
    private static int[] sample(int[] documents) {
        if (documents.length <= SAMPLE) {
            return documents;
        }
        int[] sample = new int[SAMPLE];
        for (int i = 0; i < SAMPLE; i++) {
            sample[i] = documents[(int) ((long) i * documents.length / SAMPLE)];
        }
        return sample;
    }

    /**
     * Average linkage on clusters: with unit vectors, the mean cosine over all pairs across clusters A and B is the
     * dot product of their summed vectors divided by |A|·|B|.
     */
    static int[] merged(ThemeVectors vectors, int[] documents, int[] assignment) {
        int k = Arrays.stream(assignment).max().orElse(-1) + 1;
        double[][] sum = new double[k][vectors.dimensions()];
        int[] size = new int[k];
        for (int i = 0; i < documents.length; i++) {
            int c = assignment[i];
            size[c]++;
            int[] terms = vectors.terms(documents[i]);
            double[] weights = vectors.weights(documents[i]);
            for (int t = 0; t < terms.length; t++) {
                sum[c][terms[t]] += weights[t];
            }
        }
        int[] target = new int[k];
        Arrays.setAll(target, c -> c);
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = MERGE_SIMILARITY;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k && size[a] > 0; b++) {
                    if (size[b] == 0) {
                        continue;
                    }
                    double linkage = dot(sum[a], sum[b]) / ((double) size[a] * size[b]);
                    if (linkage >= best && (bestA < 0 || linkage > best)) {
                        best = linkage;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            for (int t = 0; t < sum[bestA].length; t++) {
                sum[bestA][t] += sum[bestB][t];
            }
            size[bestA] += size[bestB];
            size[bestB] = 0;
            for (int c = 0; c < k; c++) {
                if (target[c] == bestB) {
                    target[c] = bestA;
                }
            }
        }
        int[] result = new int[assignment.length];
        for (int i = 0; i < assignment.length; i++) {
            result[i] = target[assignment[i]];
        }
        return result;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static Run bestOfRestarts(ThemeVectors vectors, int[] documents, int k) {
        Random random = new Random(SEED + k);
        Run best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int run = 0; run < RESTARTS; run++) {
            double[][] centroids = seeds(vectors, documents, k, random);
            int[] assignment = kMeans(vectors, documents, centroids);
            double score = 0;
            for (int i = 0; i < documents.length; i++) {
                score += vectors.dot(documents[i], centroids[assignment[i]]);
            }
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = new Run(assignment, centroids);
            }
        }
        return best;
    }

    /** k-means++: each next seed is drawn with probability proportional to its squared distance to the seeds so far. */
    private static double[][] seeds(ThemeVectors vectors, int[] documents, int k, Random random) {
        int n = documents.length;
        double[][] centroids = new double[k][];
        double[] distance = new double[n];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        int next = random.nextInt(n);
        for (int c = 0; c < k; c++) {
            centroids[c] = vectors.centroid(List.of(documents[next]));
            double total = 0;
            for (int i = 0; i < n; i++) {
                double d = Math.max(0, 1 - vectors.dot(documents[i], documents[next]));
                distance[i] = Math.min(distance[i], d * d);
                total += distance[i];
            }
            if (total <= 0) {
                next = random.nextInt(n);
                continue;
            }
            double target = random.nextDouble() * total;
            next = n - 1;
            for (int i = 0; i < n; i++) {
                target -= distance[i];
                if (target < 0) {
                    next = i;
                    break;
                }
            }
        }
        return centroids;
    }

    private static int[] kMeans(ThemeVectors vectors, int[] documents, double[][] centroids) {
        int[] assignment = new int[documents.length];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean changed = false;
            for (int i = 0; i < documents.length; i++) {
                int nearest = nearest(vectors, documents[i], centroids);
                if (nearest != assignment[i]) {
                    assignment[i] = nearest;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            for (int c = 0; c < centroids.length; c++) {
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < documents.length; i++) {
                    if (assignment[i] == c) {
                        members.add(documents[i]);
                    }
                }
                if (!members.isEmpty()) {
                    centroids[c] = vectors.centroid(members);
                }
            }
        }
        return assignment;
    }

    private static int nearest(ThemeVectors vectors, int document, double[][] centroids) {
        int nearest = -1;
        double similarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double s = vectors.dot(document, centroids[c]);
            if (s > similarity) {
                similarity = s;
                nearest = c;
            }
        }
        return nearest;
    }

    /**
     * Mean silhouette with cosine distance; a message alone in its cluster scores 0. With unit vectors the mean
     * distance from a message x to the members of a cluster C is 1 − x·ΣC / |C| (leaving x itself out of its own
     * cluster), so the exact silhouette takes one pass over the clusters' summed vectors.
     */
    static double silhouette(ThemeVectors vectors, int[] documents, int[] assignment, int k) {
        int n = documents.length;
        double[][] sum = new double[k][vectors.dimensions()];
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
            size[assignment[i]]++;
            int[] terms = vectors.terms(documents[i]);
            double[] weights = vectors.weights(documents[i]);
            for (int t = 0; t < terms.length; t++) {
                sum[assignment[i]][terms[t]] += weights[t];
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            int own = assignment[i];
            if (size[own] < 2) {
                continue;
            }
            double a = 1 - (vectors.dot(documents[i], sum[own]) - 1) / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    b = Math.min(b, 1 - vectors.dot(documents[i], sum[c]) / size[c]);
                }
            }
            if (b == Double.POSITIVE_INFINITY) {
                continue;
            }
            double scale = Math.max(a, b);
            total += scale <= 0 ? 0 : (b - a) / scale;
        }
        return total / n;
    }
}
