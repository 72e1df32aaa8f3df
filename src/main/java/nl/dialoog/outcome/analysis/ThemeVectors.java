package nl.dialoog.outcome.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TF-IDF vectors of the texts, each of unit length: weight = (1 + ln tf) · (ln((1 + N) / (1 + df)) + 1), over the
 * terms that occur in at least two texts (a term of one text links it to nothing and only dilutes it).
 */
final class ThemeVectors {

    private final List<String> keys;

    private final int[][] index;

    private final double[][] weight;

    private ThemeVectors(List<String> keys, int[][] index, double[][] weight) {
        this.keys = keys;
        this.index = index;
        this.weight = weight;
    }

    static ThemeVectors of(List<List<String>> documents) {
        Map<String, Integer> df = new TreeMap<>();
        for (List<String> document : documents) {
            document.stream().distinct().forEach(key -> df.merge(key, 1, Integer::sum));
        }
        List<String> keys = new ArrayList<>();
        Map<String, Integer> column = new HashMap<>();
        df.forEach((key, count) -> {
            if (count >= 2) {
                column.put(key, keys.size());
                keys.add(key);
            }
        });
        int n = documents.size();
        int[][] index = new int[n][];
        double[][] weight = new double[n][];
        for (int d = 0; d < n; d++) {
            Map<Integer, Integer> tf = new TreeMap<>();
            for (String key : documents.get(d)) {
                Integer c = column.get(key);
                if (c != null) {
                    tf.merge(c, 1, Integer::sum);
                }
            }
            index[d] = new int[tf.size()];
            weight[d] = new double[tf.size()];
            double norm = 0;
            int i = 0;
            for (Map.Entry<Integer, Integer> entry : tf.entrySet()) {
                double idf = Math.log((1.0 + n) / (1.0 + df.get(keys.get(entry.getKey())))) + 1;
                double w = (1 + Math.log(entry.getValue())) * idf;
                index[d][i] = entry.getKey();
                weight[d][i] = w;
                norm += w * w;
                i++;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < weight[d].length; j++) {
                weight[d][j] /= norm;
            }
        }
        return new ThemeVectors(List.copyOf(keys), index, weight);
    }

    int size() {
        return index.length;
    }

    int dimensions() {
        return keys.size();
    }

    String key(int term) {
        return keys.get(term);
    }

    boolean empty(int document) {
        return index[document].length == 0;
    }

    int[] terms(int document) {
        return index[document];
    }

    double[] weights(int document) {
        return weight[document];
    }

    /** Cosine of a document with a dense unit vector. */
    double dot(int document, double[] dense) {
        double sum = 0;
        int[] terms = index[document];
        double[] w = weight[document];
        for (int i = 0; i < terms.length; i++) {
            sum += w[i] * dense[terms[i]];
        }
        return sum;
    }

    /** Cosine of two documents. */
    double dot(int a, int b) {
        int[] ta = index[a];
        int[] tb = index[b];
        double sum = 0;
        for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
            if (ta[i] == tb[j]) {
                sum += weight[a][i++] * weight[b][j++];
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The normalised mean of some documents, as a dense vector. */
    double[] centroid(List<Integer> documents) {
        double[] sum = new double[keys.size()];
        for (int d : documents) {
            for (int i = 0; i < index[d].length; i++) {
                sum[index[d][i]] += weight[d][i];
            }
        }
        double norm = 0;
        for (double v : sum) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] /= norm;
            }
        }
        return sum;
    }
}
