package io.github.gongkai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private static final ReportGenerator GENERATOR = ReportGenerator.builder().edition(Edition.V2021)
            .blankZeroProbability(0).size(ReportSize.SMALL).build();
    private static final CellRef NEWLY_NP = CellRef.of(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON);

    @Test
    void changeCellChangesExactlyThatCell() {
        Report report = GENERATOR.generate(new SplittableRandom(1));
        FaultyReport faulty = FaultInjector.changeCell(report, NEWLY_NP, 5);
        Fault.CellChanged fault = assertInstanceOf(Fault.CellChanged.class, faulty.fault());
        assertEquals(5, fault.delta());
        assertEquals(CellValue.count(fault.original() + 5), faulty.faulty().get(NEWLY_NP));
        assertEquals(Set.of(NEWLY_NP), differences(report, faulty.faulty()));
        assertTrue(Identities.violations(faulty.faulty()).contains("I-2 newlyReceived"));
        assertTrue(fault.description().contains("T3/newlyReceived/naturalPerson"));
        assertThrows(IllegalArgumentException.class, () -> FaultInjector.changeCell(report, NEWLY_NP, 0));
        assertThrows(IllegalArgumentException.class,
                () -> FaultInjector.changeCell(report, NEWLY_NP, -fault.original() - 1));
    }

    @Test
    void aPrintableFaultChangesOneCountAsPrintedDigitsCanShow() {
        SplittableRandom random = new SplittableRandom(5);
        int swapped = 0;
        int changed = 0;
        for (int i = 0; i < 200; i++) {
            Report report = GeneratedReport.generate(GENERATOR, i).report();
            FaultyReport faulty = FaultInjector.randomPrintableFault(report, random);
            assertEquals(1, differences(report, faulty.faulty()).size(), faulty.fault().description());
            if (faulty.fault() instanceof Fault.DigitsSwapped) {
                swapped++;
            } else {
                assertTrue(faulty.fault() instanceof Fault.CellChanged, faulty.fault().description());
                changed++;
            }
            assertTrue(faulty.faulty().get(faulty.fault().cells().get(0)) instanceof CellValue.Count);
        }
        // Small reports have few numbers of two digits or more: swaps are the rarer kind (20 of 200 here).
        assertTrue(swapped > 5 && changed > 100, swapped + " swapped, " + changed + " changed");
    }

    @Test
    void swapDigitsSwapsTwoAdjacentDigits() {
        Report report = Report.builder(Edition.V2021).organName("某局").reportYear(2022)
                .set(NEWLY_NP, CellValue.count(1203)).build();
        FaultyReport faulty = FaultInjector.swapDigits(report, NEWLY_NP, 1);
        assertEquals(CellValue.count(1023), faulty.faulty().get(NEWLY_NP));
        assertEquals(new Fault.DigitsSwapped(NEWLY_NP, 1203, 1023, 1), faulty.fault());
        assertThrows(IllegalArgumentException.class, () -> FaultInjector.swapDigits(report, NEWLY_NP, 3));
        Report leadingZero = report.with(NEWLY_NP, CellValue.count(102));
        assertThrows(IllegalArgumentException.class, () -> FaultInjector.swapDigits(leadingZero, NEWLY_NP, 0));
    }

    @Test
    void blankTotalOnlyBlanksTotals() {
        Report report = GENERATOR.generate(new SplittableRandom(2));
        CellRef total = CellRef.of(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.NATURAL_PERSON);
        FaultyReport faulty = FaultInjector.blankTotal(report, total);
        assertEquals(CellValue.blank(), faulty.faulty().get(total));
        assertEquals(Set.of(total), differences(report, faulty.faulty()));
        assertThrows(IllegalArgumentException.class, () -> FaultInjector.blankTotal(report, NEWLY_NP));
        assertThrows(IllegalArgumentException.class, () -> FaultInjector.blankTotal(faulty.faulty(), total));
        assertTrue(FaultInjector.isTotal(CellRef.parse("T4/administrativeReview/total")));
        assertFalse(FaultInjector.isTotal(CellRef.parse("T4/administrativeReview/pending")));
    }

    @Test
    void moveRowMovesNumbersAndBlanksTheSource() {
        Report report = Report.builder(Edition.V2021).organName("某局").reportYear(2022)
                .setRow(ApplicationRow.DISCLOSED, 3, 0, 0, 0, 0, 1, 4)
                .setRow(ApplicationRow.PARTIALLY_DISCLOSED, 1, 0, 0, 0, 0, 0, 1).build();
        FaultyReport faulty = FaultInjector.moveRow(report, ApplicationRow.DISCLOSED, ApplicationRow.PARTIALLY_DISCLOSED);
        assertEquals(CellValue.count(4), faulty.faulty().get(CellRef.of(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantColumn.TOTAL)));
        assertEquals(CellValue.blank(), faulty.faulty().get(CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL)));
        assertEquals(14, faulty.fault().cells().size());
        Report empty = Report.builder(Edition.V2021).organName("某局").reportYear(2022).build();
        assertThrows(IllegalArgumentException.class,
                () -> FaultInjector.moveRow(empty, ApplicationRow.DISCLOSED, ApplicationRow.PARTIALLY_DISCLOSED));
    }

    @Test
    void randomCellChangeHitsTablesThreeAndFourOnly() {
        SplittableRandom random = new SplittableRandom(3);
        Set<CellRef> hit = new HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            Report report = GENERATOR.generate(random);
            FaultyReport faulty = FaultInjector.randomCellChange(report, random);
            List<CellRef> cells = faulty.fault().cells();
            assertEquals(Set.copyOf(cells), differences(report, faulty.faulty()));
            hit.addAll(cells);
        }
        assertEquals(Set.copyOf(FaultInjector.countCells(GENERATOR.generate(random))), hit,
                "every cell of tables 三 and 四 can be hit");
        assertEquals(175 + 15, FaultInjector.countCells(GENERATOR.generate(random)).size());
    }

    static Set<CellRef> differences(Report a, Report b) {
        Set<CellRef> cells = new HashSet<>();
        for (Cell cell : a.cells()) {
            if (!cell.value().equals(b.get(cell.ref()))) {
                cells.add(cell.ref());
            }
        }
        return cells;
    }
}
