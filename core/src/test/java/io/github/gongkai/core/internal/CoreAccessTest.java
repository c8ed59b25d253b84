package io.github.gongkai.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The slot layout {@link CoreAccess} gives the other modules agrees with the format's cells: every cell of an
 * edition has its own slot inside its table, the slot leads back to the cell, and the slot's value kind is the
 * cell's column's.
 */
class CoreAccessTest {

    @ParameterizedTest
    @EnumSource(Edition.class)
    void everyCellHasItsOwnSlotWhichLeadsBackToItAndCarriesItsColumnsKind(Edition edition) {
        Set<String> taken = new HashSet<>();
        for (CellRef cell : ReportFormat.of(edition).cells()) {
            ReportTable table = cell.table();
            int slot = CoreAccess.slot(cell);
            assertTrue(slot >= 0 && slot < CoreAccess.slots(table), cell::toString);
            assertTrue(taken.add(table.key() + "/" + slot), () -> "slot shared: " + cell);
            assertEquals(cell, CoreAccess.cellAt(table, slot));
            assertEquals(cell.column().valueKind(), CoreAccess.kind(table, slot), cell::toString);
        }
    }
}
