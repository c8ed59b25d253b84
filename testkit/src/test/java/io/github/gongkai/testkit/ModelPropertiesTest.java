package io.github.gongkai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.junit.GeneratedReports;
import org.junit.jupiter.params.ParameterizedTest;

/** Model invariants over thousands of generated reports of both editions. */
class ModelPropertiesTest {

    @ParameterizedTest
    @GeneratedReports(count = 2_000)
    void builderRecordBuilderIsIdentity(Report report) {
        Report copy = report.toBuilder().build();
        assertEquals(report, copy);
        assertEquals(report.hashCode(), copy.hashCode());

        // Rebuilt from scratch, cell by cell, as a reader would.
        Report.Builder fresh = Report.builder(report.edition()).header(report.header()).narrative(report.narrative());
        for (Cell cell : report.cells()) {
            fresh.set(cell.ref(), cell.value());
        }
        Report rebuilt = fresh.build();
        assertEquals(report, rebuilt);
        assertEquals(report.hashCode(), rebuilt.hashCode());
        assertEquals(report.cells(), rebuilt.cells());
    }

    @ParameterizedTest
    @GeneratedReports(count = 2_000, seed = 77)
    void changingOneCellChangesEqualityAndNothingElse(Report report) {
        Cell first = report.cells().get(report.cells().size() / 2);
        CellValue other = first.value() instanceof CellValue.Blank ? CellValue.notApplicable("/") : CellValue.blank();
        Report changed = report.with(first.ref(), other);
        assertNotEquals(report, changed);
        assertEquals(other, changed.get(first.ref()));
        assertEquals(report, changed.with(first.ref(), first.value()));
    }
}
