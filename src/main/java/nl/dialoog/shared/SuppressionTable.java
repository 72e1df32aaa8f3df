package nl.dialoog.shared;

import java.util.List;

/**
 * A table of people counts after suppression: the cells row by row, and the totals, which are always shown (the
 * secondary suppression in {@link Suppression} is what keeps them from giving a hidden cell away).
 */
public record SuppressionTable(List<List<SuppressionCell>> cells, List<Integer> rowTotals, List<Integer> columnTotals,
                               int total) {

    public SuppressionCell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    public long suppressedCount() {
        return cells.stream().flatMap(List::stream).filter(SuppressionCell::suppressed).count();
    }
}
