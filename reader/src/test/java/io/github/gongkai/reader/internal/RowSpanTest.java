package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Pieces.Piece;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowSpanTest {

    /** The spans from 行政复议: one, two and three groups of table 四. */
    private static List<List<CellRef>> spans() {
        List<List<CellRef>> spans = new ArrayList<>();
        List<CellRef> cells = new ArrayList<>();
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            cells.addAll(Cells.of(row, Edition.V2021));
            spans.add(List.copyOf(cells));
        }
        return spans;
    }

    private static int span(String digits) {
        Piece piece = new Piece(digits, digits, SourcePosition.line(1, 1), true);
        return RowSpan.of(spans(), List.of(piece), Edition.V2021, 200_000);
    }

    @Test
    void digitsForThreeGroupsCoverThem() {
        assertEquals(3, span("000000000000000"));
        assertEquals(3, span("110020000010001"));
    }

    @Test
    void digitsForTwoGroupsCoverTwo() {
        assertEquals(2, span("0000000000"));
    }

    @Test
    void digitsForOneGroupStayInIt() {
        assertEquals(1, span("00000"));
        assertEquals(1, span("21003"));
    }

    @Test
    void digitsThatFitOneGroupAndTwoGroupsAreNotSpread() {
        // Some cut fits 行政复议 alone and some other cut fits it and 未经复议直接起诉: which rows is unknown.
        assertEquals(RowSpan.AMBIGUOUS, span("010010101011"));
    }

    @Test
    void digitsThatFitNoSpanAreTheRowsToReport() {
        assertEquals(1, span("99999"));
    }

    @Test
    void aRunOfSeveralTableCellsIsNeverSpread() {
        Piece a = new Piece("1", "1", SourcePosition.line(1, 1), false);
        assertEquals(1, RowSpan.of(spans(), List.of(a, a, a), Edition.V2021, 200_000));
    }
}
