package io.github.gongkai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GluedPagesTest {

    private static Report report(Edition edition, long seed) {
        return GeneratedReport.generate(ReportGenerator.builder().edition(edition).blankZeroProbability(0).build(), seed)
                .report();
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void everyCellOfTablesThreeAndFourIsInExactlyOneUnitWhoseDigitsAreItsNumbers(Edition edition) {
        for (long seed = 1; seed <= 50; seed++) {
            Report report = report(edition, seed);
            GluedPages.Page page = GluedPages.render(report, seed);
            Set<CellRef> seen = new HashSet<>();
            for (GluedPages.Unit unit : page.units()) {
                assertTrue(page.text().contains(unit.printed()), unit::toString);
                StringBuilder digits = new StringBuilder();
                for (CellRef cell : unit.cells()) {
                    assertTrue(seen.add(cell), "once: " + cell);
                    digits.append(((CellValue.Count) report.get(cell)).value());
                }
                assertEquals(digits.toString(), unit.printed().replace(" ", ""), unit::toString);
                assertEquals(unit.printed().split(" ").length < unit.cells().size(), unit.glued());
            }
            for (CellRef cell : CellRef.all(edition)) {
                if (cell.table() == ReportTable.T3 || cell.table() == ReportTable.T4) {
                    assertTrue(seen.contains(cell), "printed: " + cell);
                    assertEquals(page.unitOf(cell).map(GluedPages.Unit::cells).map(c -> c.contains(cell)),
                            java.util.Optional.of(true));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void theStyleSeedDecidesTheLayoutAndTheSpacedPageGluesNothing(Edition edition) {
        Report report = report(edition, 7);
        assertEquals(GluedPages.render(report, 3), GluedPages.render(report, 3));
        assertFalse(GluedPages.renderSpaced(report).units().stream().anyMatch(GluedPages.Unit::glued));
        boolean someGlued = false;
        for (long style = 0; style < 20 && !someGlued; style++) {
            someGlued = GluedPages.render(report, style).units().stream().anyMatch(GluedPages.Unit::glued);
        }
        assertTrue(someGlued);
        assertTrue(GluedPages.render(report, 3).text().contains(report.header().organName()));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aBlankCannotBeGlued(Edition edition) {
        Report report = report(edition, 11);
        CellRef cell = CellRef.all(edition).stream().filter(c -> c.table() == ReportTable.T3).findFirst().orElseThrow();
        Report blank = report.toBuilder().set(cell, CellValue.blank()).build();
        assertThrows(IllegalArgumentException.class, () -> GluedPages.render(blank, 1));
        assertThrows(NullPointerException.class, () -> new GluedPages.Unit(ReportTable.T3, List.of(cell), null));
    }
}
