package nl.dialoog.outcome.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weighted k-means (Lloyd's algorithm) on points of the opinion map, with deterministic starts, and the weighted
 * silhouette that picks the number of groups. A weight lets a base cluster stand for all its members.
 */
final class KMeans {

    static final int MAX_STEPS = 100;

    /** Centres and, per point, the index of its centre; centres that lost all their points are dropped. */
    record Clustering(double[][] centres, int[] assignment) {

        int size() {
            return centres.length;
        }
    }

    private KMeans() {
    }

    /** Lloyd's algorithm from the given centres until no point changes cluster (ties go to the lower index). */
    static Clustering cluster(double[][] points, double[] weights, double[][] start) {
        double[][] centres = Arrays.stream(start).map(double[]::clone).toArray(double[][]::new);
        int[] assignment = new int[points.length];
        Arrays.fill(assignment, -1);
        for (int step = 0; step < MAX_STEPS; step++) {
            boolean changed = false;
            for (int p = 0; p < points.length; p++) {
                int nearest = nearest(points[p], centres);
                if (nearest != assignment[p]) {
                    assignment[p] = nearest;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            double[][] sum = new double[centres.length][2];
            double[] weight = new double[centres.length];
            for (int p = 0; p < points.length; p++) {
                int c = assignment[p];
                sum[c][0] += weights[p] * points[p][0];
                sum[c][1] += weights[p] * points[p][1];
                weight[c] += weights[p];
            }
            for (int c = 0; c < centres.length; c++) {
                if (weight[c] > 0) {
                    centres[c] = new double[] {sum[c][0] / weight[c], sum[c][1] / weight[c]};
                }
            }
        }
        return compact(centres, assignment);
    }

    private static Clustering compact(double[][] centres, int[] assignment) {
        int[] renumber = new int[centres.length];
        Arrays.fill(renumber, -1);
        List<double[]> kept = new ArrayList<>();
        for (int c : assignment) {
            if (renumber[c] < 0) {
                renumber[c] = -2;
            }
        }
        for (int c = 0; c < centres.length; c++) {
            if (renumber[c] == -2) {
                renumber[c] = kept.size();
                kept.add(centres[c]);
            }
        }
        int[] compacted = Arrays.stream(assignment).map(c -> renumber[c]).toArray();
        return new Clustering(kept.toArray(double[][]::new), compacted);
    }

    static int nearest(double[] point, double[][] centres) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centres.length; c++) {
            double d = squaredDistance(point, centres[c]);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    static double squaredDistance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }

    /**
     * Up to k distinct points, evenly spaced through the list, as starting centres for the base clusters (Pol.is starts
     * from the first k distinct points; spacing them out covers the map better and stays deterministic).
     */
    static double[][] evenlySpaced(double[][] points, int k) {
        List<double[]> distinct = new ArrayList<>();
        java.util.Set<List<Double>> seen = new java.util.HashSet<>();
        for (double[] p : points) {
            if (seen.add(List.of(p[0], p[1]))) {
                distinct.add(p);
            }
        }
        int count = Math.min(k, distinct.size());
        double[][] start = new double[count][];
        for (int c = 0; c < count; c++) {
            start[c] = distinct.get((int) ((long) c * distinct.size() / count)).clone();
        }
        return start;
    }

    /**
     * k starting centres for the opinion groups, greedily: first the heaviest point, then each time the point with
     * the largest weight × squared distance to the centres so far (a deterministic k-means++). The weight keeps a lone
     * outlier from becoming a group of its own at the start.
     */
    static double[][] spreadOut(double[][] points, double[] weights, int k) {
        double[][] start = new double[Math.min(k, points.length)][];
        int first = 0;
        for (int p = 1; p < points.length; p++) {
            if (weights[p] > weights[first]) {
                first = p;
            }
        }
        start[0] = points[first].clone();
        double[] distance = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            distance[p] = squaredDistance(points[p], start[0]);
        }
        for (int c = 1; c < start.length; c++) {
            int best = 0;
            for (int p = 1; p < points.length; p++) {
                if (weights[p] * distance[p] > weights[best] * distance[best]) {
                    best = p;
                }
            }
            start[c] = points[best].clone();
            for (int p = 0; p < points.length; p++) {
                distance[p] = Math.min(distance[p], squaredDistance(points[p], start[c]));
            }
        }
        return start;
    }

    /**
     * The mean silhouette (b − a) / max(a, b) over all weighted points, where a is a point's mean distance to the
     * others in its cluster and b its mean distance to the nearest other cluster. A point of weight w stands for w
     * people at the same place, at distance 0 from each other. A cluster of one person scores 0, by convention.
     */
    static double silhouette(double[][] points, double[] weights, Clustering clustering) {
        int k = clustering.size();
        int[] assignment = clustering.assignment();
        double[] clusterWeight = new double[k];
        for (int p = 0; p < points.length; p++) {
            clusterWeight[assignment[p]] += weights[p];
        }
        double total = 0;
        double sum = 0;
        for (int p = 0; p < points.length; p++) {
            double[] toCluster = new double[k];
            for (int q = 0; q < points.length; q++) {
                if (q != p) {
                    toCluster[assignment[q]] += weights[q] * Math.sqrt(squaredDistance(points[p], points[q]));
                }
            }
            int own = assignment[p];
            double s = 0;
            if (clusterWeight[own] > 1) {
                double a = toCluster[own] / (clusterWeight[own] - 1);
                double b = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    if (c != own && clusterWeight[c] > 0) {
                        b = Math.min(b, toCluster[c] / clusterWeight[c]);
                    }
                }
                double max = Math.max(a, b);
                s = max == 0 || Double.isInfinite(b) ? 0 : (b - a) / max;
            }
            sum += weights[p] * s;
            total += weights[p];
        }
        return total == 0 ? 0 : sum / total;
    }
}
