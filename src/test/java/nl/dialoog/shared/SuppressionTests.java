package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTests {

    private final Suppression suppression = Suppression.standard();

    @Test
    void hidesCellsOfOneToFourPeopleAndShowsZero() {
        int[][] counts = {{0, 1, 4, 5}};

        SuppressionTable table = suppression.apply(counts, false, false);

        assertThat(table.cells().get(0)).containsExactly(SuppressionCell.shown(0),
                SuppressionCell.hidden(SuppressionReason.SMALL_CELL), SuppressionCell.hidden(SuppressionReason.SMALL_CELL),
                SuppressionCell.shown(5));
    }

    @Test
    void hidesTheNextSmallestCellOfARowWhoseTotalWouldGiveItsOnlyHiddenCellAway() {
        int[][] counts = {{3, 9, 7, 20}};

        SuppressionTable table = suppression.apply(counts, true, false);

        assertThat(table.cell(0, 0).reason()).isEqualTo(SuppressionReason.SMALL_CELL);
        assertThat(table.cell(0, 2).reason()).isEqualTo(SuppressionReason.COMPLEMENT);
        assertThat(table.cell(0, 1).value()).isEqualTo(9);
        assertThat(table.cell(0, 3).value()).isEqualTo(20);
    }

    @Test
    void hidesTheNextSmallestCellOfAColumnWhoseTotalWouldGiveItsOnlyHiddenCellAway() {
        int[][] counts = {{12}, {2}, {0}, {6}, {30}};

        SuppressionTable table = suppression.apply(counts, false, true);

        assertThat(table.cells()).extracting(row -> row.get(0).value()).containsExactly(12, null, 0, null, 30);
        assertThat(table.cell(3, 0).reason()).isEqualTo(SuppressionReason.COMPLEMENT);
    }

    @Test
    void hidesAZeroAsComplementOnlyWhenNoOtherCellHasPeople() {
        int[][] counts = {{0, 2, 0}};

        SuppressionTable table = suppression.apply(counts, true, false);

        assertThat(table.cells().get(0)).extracting(SuppressionCell::reason).containsExactly(
                SuppressionReason.COMPLEMENT, SuppressionReason.SMALL_CELL, SuppressionReason.SHOWN);
    }

    @Test
    void repeatsSecondarySuppressionUntilNoShownTotalCoversExactlyOneHiddenCell() {
        // the complement of row 0 (column 1) is column 1's only hidden cell, so column 1 needs a complement too,
        // whose row then needs one in turn
        int[][] counts = {{2, 6, 40}, {10, 30, 8}, {50, 60, 70}};

        SuppressionTable table = suppression.apply(counts);

        for (int r = 0; r < 3; r++) {
            int row = r;
            long hiddenInRow = table.cells().get(r).stream().filter(SuppressionCell::suppressed).count();
            long hiddenInColumn = table.cells().stream().filter(cells -> cells.get(row).suppressed()).count();
            assertThat(hiddenInRow).isNotEqualTo(1);
            assertThat(hiddenInColumn).isNotEqualTo(1);
        }
        assertThat(table.suppressedCount()).isEqualTo(4);
    }

    @Test
    void hidesNothingWhenEveryCellReachesTheThreshold() {
        int[][] counts = {{5, 6}, {0, 100}};

        SuppressionTable table = suppression.apply(counts);

        assertThat(table.suppressedCount()).isZero();
    }

    @Test
    void keepsEveryTotalShownFromTheRawCounts() {
        int[][] counts = {{3, 9}, {7, 20}};

        SuppressionTable table = suppression.apply(counts);

        assertThat(table.rowTotals()).containsExactly(12, 27);
        assertThat(table.columnTotals()).containsExactly(10, 29);
        assertThat(table.total()).isEqualTo(39);
    }

    @Test
    void takesTheThresholdAsAParameter() {
        Suppression strict = new Suppression(11);

        SuppressionTable table = strict.apply(new int[][] {{10, 11}}, false, false);

        assertThat(table.cells().get(0)).extracting(SuppressionCell::value).containsExactly(null, 11);
    }
}
