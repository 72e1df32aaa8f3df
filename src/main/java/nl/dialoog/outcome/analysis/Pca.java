package nl.dialoog.outcome.analysis;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Principal components by power iteration, as Pol.is finds them. Pol.is iterates v ← XᵀX·v / |XᵀX·v| on the
 * (centred) data X; we form XᵀX once (EJML, statements × statements) and iterate on it, which is the same sequence of
 * vectors but costs #statements² per step instead of #participants × #statements — the difference that keeps the live
 * map cheap for thousands of participants.
 */
final class Pca {

    /** Power-iteration steps for a component; a component that has settled stops earlier. */
    static final int MAX_STEPS = 1000;

    private static final double SETTLED = 1e-12;

    private Pca() {
    }

    /**
     * Pol.is's power iteration on raw data, counted the way Pol.is counts: the first product, then {@code iterations}
     * more (its loop runs from {@code iterations} down to 0 inclusive). Pol.is's own test: for
     * [[1,0,0],[-1,1,.1],[0,1,.1],[0,1,-.1]] from a ones start, 2 iterations give [-0.34217, 0.93906, 0.032633].
     */
    static double[] powerIteration(double[][] data, int iterations, double[] start) {
        return dominant(gram(data), iterations + 1, start, 0);
    }

    /** XᵀX for the rows of {@code data}. */
    static DMatrixRMaj gram(double[][] data) {
        int columns = data.length == 0 ? 0 : data[0].length;
        DMatrixRMaj x = new DMatrixRMaj(data.length, columns);
        for (int i = 0; i < data.length; i++) {
            System.arraycopy(data[i], 0, x.data, i * columns, columns);
        }
        DMatrixRMaj gram = new DMatrixRMaj(columns, columns);
        // multInner exploits the symmetry of XᵀX: half the work of a general product.
        CommonOps_DDRM.multInner(x, gram);
        return gram;
    }

    /**
     * The unit eigenvector of the largest eigenvalue of a symmetric positive semi-definite matrix, by at most
     * {@code steps} products from {@code start}; stops early when a step moves the vector by less than
     * {@code settled}. All zeros when the matrix sends the vector to zero (no variance left).
     */
    static double[] dominant(DMatrixRMaj symmetric, int steps, double[] start, double settled) {
        int n = symmetric.numRows;
        DMatrixRMaj v = new DMatrixRMaj(n, 1, true, start.clone());
        DMatrixRMaj next = new DMatrixRMaj(n, 1);
        for (int step = 0; step < steps; step++) {
            CommonOps_DDRM.mult(symmetric, v, next);
            double norm = NormOps_DDRM.normF(next);
            if (norm < 1e-12) {
                return new double[n];
            }
            CommonOps_DDRM.divide(next, norm);
            double moved = 0;
            for (int i = 0; i < n; i++) {
                moved = Math.max(moved, Math.abs(next.data[i] - v.data[i]));
            }
            DMatrixRMaj swap = v;
            v = next;
            next = swap;
            if (moved < settled) {
                break;
            }
        }
        return v.data.clone();
    }

    /**
     * The first {@code count} principal components of the centred data whose XᵀX is {@code gram}. After each
     * component its share is taken out of the matrix (C ← C − λ·v·vᵀ, Pol.is "factors it out" of the data, the same
     * thing) so the next power iteration finds the next direction. Each starts from ones, as Pol.is's first does,
     * which also keeps the output deterministic.
     */
    static double[][] components(DMatrixRMaj gram, int count) {
        DMatrixRMaj rest = gram.copy();
        int n = rest.numRows;
        double[][] components = new double[count][];
        double trace = CommonOps_DDRM.trace(gram);
        for (int c = 0; c < count; c++) {
            double[] ones = new double[n];
            Arrays.fill(ones, 1);
            double[] v = dominant(rest, MAX_STEPS, ones, SETTLED);
            double lambda = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    lambda += v[i] * rest.unsafe_get(i, j) * v[j];
                }
            }
            if (lambda <= 1e-10 * trace) {
                // What is left is rounding noise: no further direction in which opinions differ.
                components[c] = new double[n];
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    rest.unsafe_set(i, j, rest.unsafe_get(i, j) - lambda * v[i] * v[j]);
                }
            }
            components[c] = v;
        }
        return components;
    }
}
