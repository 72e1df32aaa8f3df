package nl.dialoog.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for every count of people that Dialoog publishes (pages, exports, charts).
 *
 * <p>Primary: a cell of 1 to {@code threshold − 1} people (default 5, so 1–4) is hidden. Zero is shown as 0: it
 * describes nobody, and hiding every zero would blank most tables of a small event. Secondary: totals stay shown,
 * so a row or column whose total is shown and that holds exactly one hidden cell would give that cell away by
 * subtraction; its smallest shown cell with people in it is hidden too (if it has none, its smallest shown zero;
 * ties go to the earlier cell). This is repeated over all rows and columns until nothing changes, so every shown
 * total covers either no hidden cell or at least two. A line of one cell is its own total and cannot be protected
 * by a complement: a caller with a one-column table shows no row totals.
 */
public final class Suppression {

    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;

    public Suppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
        }
        this.threshold = threshold;
    }

    public static Suppression standard() {
        return new Suppression(DEFAULT_THRESHOLD);
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a single count of people is too small to show. */
    public boolean tooSmall(long people) {
        return people > 0 && people < threshold;
    }

    /** A lone count (not part of a table with shown totals): primary suppression only. */
    public SuppressionCell cell(int people) {
        return tooSmall(people) ? SuppressionCell.hidden(SuppressionReason.SMALL_CELL) : SuppressionCell.shown(people);
    }

    /** Suppresses a rectangular table whose row and column totals are both shown. */
    public SuppressionTable apply(int[][] counts) {
        return apply(counts, true, true);
    }

    /**
     * Suppresses a rectangular table; secondary suppression protects the totals that are shown: the row totals
     * (sums across a row), the column totals (sums down a column), or both.
     */
    public SuppressionTable apply(int[][] counts, boolean rowTotalsShown, boolean columnTotalsShown) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        SuppressionReason[][] reason = new SuppressionReason[rows][columns];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " cells, not " + columns);
            }
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] < 0) {
                    throw new IllegalArgumentException("negative count at " + r + "," + c);
                }
                reason[r][c] = tooSmall(counts[r][c]) ? SuppressionReason.SMALL_CELL : SuppressionReason.SHOWN;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (rowTotalsShown) {
                for (int r = 0; r < rows; r++) {
                    int[][] line = new int[columns][];
                    for (int c = 0; c < columns; c++) {
                        line[c] = new int[] {r, c};
                    }
                    changed |= protect(line, counts, reason);
                }
            }
            if (columnTotalsShown) {
                for (int c = 0; c < columns; c++) {
                    int[][] line = new int[rows][];
                    for (int r = 0; r < rows; r++) {
                        line[r] = new int[] {r, c};
                    }
                    changed |= protect(line, counts, reason);
                }
            }
        }
        return table(counts, reason);
    }

    /** Hides a complement in a line with exactly one hidden cell; true when it did. */
    private static boolean protect(int[][] line, int[][] counts, SuppressionReason[][] reason) {
        int hidden = 0;
        int[] complement = null;
        for (int[] at : line) {
            if (reason[at[0]][at[1]] != SuppressionReason.SHOWN) {
                hidden++;
            } else if (complement == null || better(counts[at[0]][at[1]], counts[complement[0]][complement[1]])) {
                complement = at;
            }
        }
        if (hidden != 1 || complement == null) {
            return false;
        }
        reason[complement[0]][complement[1]] = SuppressionReason.COMPLEMENT;
        return true;
    }

    /** Prefers the smallest count with people in it; a zero only when there is no such count. */
    private static boolean better(int candidate, int current) {
        if ((candidate > 0) != (current > 0)) {
            return candidate > 0;
        }
        return candidate < current;
    }

    private static SuppressionTable table(int[][] counts, SuppressionReason[][] reason) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        List<List<SuppressionCell>> cells = new ArrayList<>(rows);
        List<Integer> rowTotals = new ArrayList<>(rows);
        int[] columnSums = new int[columns];
        int total = 0;
        for (int r = 0; r < rows; r++) {
            List<SuppressionCell> row = new ArrayList<>(columns);
            int sum = 0;
            for (int c = 0; c < columns; c++) {
                row.add(reason[r][c] == SuppressionReason.SHOWN
                        ? SuppressionCell.shown(counts[r][c]) : SuppressionCell.hidden(reason[r][c]));
                sum += counts[r][c];
                columnSums[c] += counts[r][c];
            }
            cells.add(List.copyOf(row));
            rowTotals.add(sum);
            total += sum;
        }
        List<Integer> columnTotals = new ArrayList<>(columns);
        for (int sum : columnSums) {
            columnTotals.add(sum);
        }
        return new SuppressionTable(List.copyOf(cells), List.copyOf(rowTotals), List.copyOf(columnTotals), total);
    }
}
