package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedTotalTest {

    private static final CellRef OVERDUE = CellRef.of(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE,
            ApplicantColumn.NATURAL_PERSON);
    private static final CellRef UNPAID = CellRef.of(ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID,
            ApplicantColumn.NATURAL_PERSON);
    private static final CellRef OTHER = CellRef.of(ApplicationRow.OTHER_DISPOSAL_OTHER,
            ApplicantColumn.NATURAL_PERSON);

    @Test
    void holds_the_value_and_the_cells_it_stands_for() {
        PrintedTotal total = PrintedTotal.of(5, List.of(OVERDUE, UNPAID, OTHER));
        assertEquals(5, total.value());
        assertEquals(List.of(OVERDUE, UNPAID, OTHER), total.cells());
        assertTrue(total.covers(UNPAID));
        assertFalse(total.covers(CellRef.of(ApplicationRow.OTHER_DISPOSAL_OTHER, ApplicantColumn.TOTAL)));
        assertEquals(total, new PrintedTotal(5, List.of(OVERDUE, UNPAID, OTHER)));
    }

    @Test
    void the_cells_are_copied() {
        List<CellRef> cells = new ArrayList<>(List.of(OVERDUE, UNPAID));
        PrintedTotal total = PrintedTotal.of(0, cells);
        cells.add(OTHER);
        assertEquals(2, total.cells().size());
        assertThrows(UnsupportedOperationException.class, () -> total.cells().add(OTHER));
    }

    @Test
    void refuses_what_cannot_be_a_printed_total() {
        assertThrows(IllegalArgumentException.class, () -> PrintedTotal.of(-1, List.of(OVERDUE, UNPAID)));
        assertThrows(IllegalArgumentException.class, () -> PrintedTotal.of(1, List.of(OVERDUE)));
        assertThrows(IllegalArgumentException.class, () -> PrintedTotal.of(1, List.of(OVERDUE, OVERDUE)));
        assertThrows(IllegalArgumentException.class, () -> PrintedTotal.of(1, List.of(UNPAID, OVERDUE)));
        assertThrows(IllegalArgumentException.class, () -> PrintedTotal.of(1,
                List.of(CellRef.of(ReviewLitigationRow.values()[0], ReviewLitigationColumn.values()[0]), OVERDUE)));
        assertThrows(NullPointerException.class, () -> PrintedTotal.of(1, null));
        assertThrows(NullPointerException.class, () -> PrintedTotal.of(1, java.util.Arrays.asList(OVERDUE, null)));
        assertThrows(NullPointerException.class, () -> PrintedTotal.of(1, List.of(OVERDUE, UNPAID)).covers(null));
    }

    @Test
    void allows_up_to_the_most_cells() {
        List<CellRef> t3 = CellRef.all(Edition.V2021).stream().filter(c -> c.table() == ReportTable.T3).limit(65).toList();
        assertEquals(PrintedTotal.MAX_CELLS, PrintedTotal.of(1, t3.subList(0, 64)).cells().size());
        assertThrows(IllegalArgumentException.class, () -> PrintedTotal.of(1, t3));
    }
}
