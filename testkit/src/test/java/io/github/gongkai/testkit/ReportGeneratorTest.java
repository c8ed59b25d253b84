package io.github.gongkai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {

    private static final int CASES = 2_000;

    @Test
    void sameSeedGivesSameReport() {
        ReportGenerator generator = ReportGenerator.realistic();
        assertEquals(generator.generate(new SplittableRandom(7)), generator.generate(new SplittableRandom(7)));
        assertNotEquals(generator.generate(new SplittableRandom(7)), generator.generate(new SplittableRandom(8)));
    }

    @Test
    void everyGeneratedReportSatisfiesEveryIdentityAndSoftRule() {
        SplittableRandom random = new SplittableRandom(1);
        for (ReportSize size : ReportSize.values()) {
            ReportGenerator generator = ReportGenerator.builder().size(size).build();
            for (int i = 0; i < CASES; i++) {
                Report report = generator.generate(random);
                assertEquals(java.util.List.of(), Identities.violations(report), report::toString);
            }
        }
    }

    @Test
    void realisticShapes() {
        ReportGenerator generator = ReportGenerator.realistic();
        SplittableRandom random = new SplittableRandom(2);
        int none = 0;
        int thousands = 0;
        int withBlanks = 0;
        Set<Integer> scales = new HashSet<>();
        Set<Edition> editions = EnumSet.noneOf(Edition.class);
        for (int i = 0; i < CASES; i++) {
            Report report = generator.generate(random);
            editions.add(report.edition());
            long received = report.applications().countOrZero(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)
                    + report.applications().countOrZero(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL);
            none += received == 0 ? 1 : 0;
            thousands += received >= 1_000 ? 1 : 0;
            boolean blank = false;
            for (Cell cell : report.cells()) {
                blank |= cell.value() instanceof CellValue.Blank;
                if (cell.value() instanceof CellValue.Amount amount) {
                    scales.add(amount.value().scale());
                }
            }
            withBlanks += blank ? 1 : 0;
        }
        assertTrue(none > CASES / 5 && none < CASES * 3 / 5, "share of organs with no application: " + none);
        assertTrue(thousands > 0 && thousands < CASES / 10, "organs with thousands of applications: " + thousands);
        assertTrue(withBlanks > CASES / 10 && withBlanks < CASES / 2, "reports with blank cells: " + withBlanks);
        assertEquals(Set.of(0, 1, 2, 3, 4), scales);
        assertEquals(EnumSet.allOf(Edition.class), editions);
    }

    @Test
    void sizeBoundsTheApplications() {
        ReportGenerator tiny = ReportGenerator.builder().size(ReportSize.TINY).build();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < CASES; i++) {
            Report report = tiny.generate(random);
            long received = report.applications().countOrZero(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON)
                    + report.applications().countOrZero(ApplicationRow.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON);
            assertTrue(received <= ReportSize.TINY.maxApplications(), "received " + received);
        }
    }

    @Test
    void editionAndBlanksCanBeFixed() {
        ReportGenerator generator = ReportGenerator.builder().edition(Edition.V2019).blankZeroProbability(0)
                .narrative(false).build();
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 200; i++) {
            Report report = generator.generate(random);
            assertEquals(Edition.V2019, report.edition());
            assertTrue(report.cells().stream().noneMatch(c -> c.value() instanceof CellValue.Blank));
            assertTrue(report.narrative().overview().isEmpty());
        }
        assertEquals(Edition.V2019, generator.edition());
        assertNull(ReportGenerator.realistic().edition());
        assertThrows(IllegalArgumentException.class, () -> ReportGenerator.builder().blankZeroProbability(1.5));
        assertThrows(NullPointerException.class, () -> generator.generate(null));
    }
}
