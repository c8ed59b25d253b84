package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void slotsAreDistinctAndBelowSlots() {
        Set<Integer> seen = new HashSet<>();
        for (Edition edition : Edition.values()) {
            for (CellRef ref : CellRef.all(edition)) {
                int slot = Cells.slot(ref);
                assertTrue(slot >= 0 && slot < Cells.SLOTS, ref::toString);
                seen.add(slot);
            }
        }
        Set<CellRef> union = new HashSet<>(CellRef.all(Edition.V2021));
        union.addAll(CellRef.all(Edition.V2019));
        assertEquals(union.size(), seen.size());
    }

    @Test
    void slotsFromATablesBaseAreTheBuildersSetAllLayout() {
        for (Edition edition : Edition.values()) {
            for (CellRef ref : CellRef.all(edition)) {
                int expected = ((Enum<?>) ref.row()).ordinal() * ref.table().columns().size()
                        + ((Enum<?>) ref.column()).ordinal();
                assertEquals(expected, Cells.slot(ref) - Cells.base(ref.table()), ref::toString);
            }
        }
    }

    @Test
    void rowCellsAreTheRowsColumnsInTheEdition() {
        for (Edition edition : Edition.values()) {
            for (CellRef ref : CellRef.all(edition)) {
                assertTrue(Cells.of(ref.row(), edition).contains(ref), ref::toString);
            }
        }
    }

    @Test
    void allSlotsFollowCellRefAllAndTellTheirTable() {
        for (Edition edition : Edition.values()) {
            int[] slots = Cells.allSlots(edition);
            assertEquals(CellRef.all(edition).size(), slots.length);
            for (int k = 0; k < slots.length; k++) {
                CellRef ref = CellRef.all(edition).get(k);
                assertEquals(Cells.slot(ref), slots[k], ref::toString);
                assertEquals(ref.table(), Cells.tableOf(slots[k]), ref::toString);
            }
        }
    }

    /** The reader knows its provenance lists are sorted when slots grew as they were filled: this is why. */
    @Test
    void slotsIncreaseInCellRefOrder() {
        for (Edition edition : Edition.values()) {
            for (CellRef a : CellRef.all(edition)) {
                for (CellRef b : CellRef.all(edition)) {
                    assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(Integer.compare(Cells.slot(a),
                            Cells.slot(b))), () -> a + " " + b);
                }
            }
        }
    }
}
