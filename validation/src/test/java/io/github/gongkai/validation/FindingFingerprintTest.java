package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.validation.internal.Fingerprints;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Finding#fingerprint()}: the same finding on the same printed numbers, whatever else differs. */
class FindingFingerprintTest {

    private static final Report GOOD = TestReports.consistent(Edition.V2021);
    private static final Report BROKEN = TestReports.with(GOOD, "T3/disclosed/naturalPerson",
            TestReports.count(GOOD, CellRef.parse("T3/disclosed/naturalPerson")) + 3);

    private static List<String> fingerprints(ValidationResult result) {
        return result.findings().stream().map(Finding::fingerprint).toList();
    }

    @Test
    void isTheSameAcrossRunsOrgansSeveritiesAndLanguages() {
        List<String> first = fingerprints(ReportValidator.standard().validate(BROKEN));
        assertEquals(2, first.size());
        assertEquals(first, fingerprints(ReportValidator.standard().validate(BROKEN)));
        Report renamed = BROKEN.toBuilder().organName("另一个机关").reportYear(2023).source("elsewhere.pdf").build();
        assertEquals(first, fingerprints(ReportValidator.standard().validate(renamed)));
        ReportValidator lenient = ReportValidator.builder().severity(Rule.T3_ROW_TOTAL, Severity.WARNING).build();
        assertEquals(first, fingerprints(lenient.validate(BROKEN)));
        for (String fingerprint : first) {
            assertTrue(fingerprint.matches("gk1:[0-9a-f]{32}"), fingerprint);
        }
        assertEquals(2, new HashSet<>(first).size(), "two findings, two fingerprints");
    }

    @Test
    void changesWhenAPrintedNumberChanges() {
        Report other = TestReports.with(GOOD, "T3/disclosed/naturalPerson",
                TestReports.count(GOOD, CellRef.parse("T3/disclosed/naturalPerson")) + 4);
        List<String> first = fingerprints(ReportValidator.standard().validate(BROKEN));
        List<String> second = fingerprints(ReportValidator.standard().validate(other));
        for (String fingerprint : second) {
            assertTrue(!first.contains(fingerprint), fingerprint);
        }
    }

    @Test
    void isPinnedSoThatItSurvivesNewVersions() {
        // A baseline written today must match tomorrow: this is the algorithm's fixed output on a fixed input.
        String pinned = Fingerprints.of("T3.ROW_TOTAL.1", "FAILED", "disclosed",
                List.of(CellRef.parse("T3/disclosed/total"), CellRef.parse("T3/disclosed/naturalPerson")),
                List.of(CellValue.count(0), CellValue.count(10)));
        // The first 128 bits of SHA-256 over "T3.ROW_TOTAL.1\nFAILED\ndisclosed\nT3/disclosed/total=count:0\n
        // T3/disclosed/naturalPerson=count:10\n" (checked with Python's hashlib): a change here breaks every
        // baseline written before it.
        assertEquals("gk1:de5f94d8e04e2a1521d0addb3283bb93", pinned);
    }

    @Test
    void everyPartOfTheInputCounts() {
        List<CellRef> cells = List.of(CellRef.parse("T3/disclosed/total"));
        String base = Fingerprints.of("R.1", "FAILED", "s", cells, List.of(CellValue.count(0)));
        Set<String> all = new HashSet<>();
        all.add(base);
        all.add(Fingerprints.of("R.2", "FAILED", "s", cells, List.of(CellValue.count(0))));
        all.add(Fingerprints.of("R.1", "NOT_ASSESSABLE", "s", cells, List.of(CellValue.count(0))));
        all.add(Fingerprints.of("R.1", "FAILED", "t", cells, List.of(CellValue.count(0))));
        all.add(Fingerprints.of("R.1", "FAILED", "s", List.of(CellRef.parse("T3/disclosed/naturalPerson")),
                List.of(CellValue.count(0))));
        // A count 0, a signed 0, a blank, a placeholder, an amount and unread cells are all told apart.
        for (CellValue value : List.of(CellValue.signedCount(0), CellValue.blank(), CellValue.notApplicable("/"),
                CellValue.notApplicable("—"), CellValue.amount("0"), CellValue.amount(new BigDecimal("0.00"),
                        AmountUnit.YUAN), CellValue.amount(new BigDecimal("0.00"), AmountUnit.TEN_THOUSAND_YUAN),
                new CellValue.Unread(UnreadReason.AMBIGUOUS, Optional.empty()),
                new CellValue.Unread(UnreadReason.DAMAGED, Optional.empty()),
                new CellValue.Unread(UnreadReason.INCONSISTENT, Optional.of(PrintedRun.of("1001", 0, 2))),
                new CellValue.Unread(UnreadReason.INCONSISTENT, Optional.of(PrintedRun.of("1001", 1, 2))),
                CellValue.merged(PrintedTotal.of(5, List.of(CellRef.parse("T3/disclosed/naturalPerson"),
                        CellRef.parse("T3/disclosed/total")))))) {
            all.add(Fingerprints.of("R.1", "FAILED", "s", cells, List.of(value)));
        }
        assertEquals(5 + 12, all.size());
        assertNotEquals(base, Fingerprints.of("R.1", "FAILED", "s", List.of(), List.of()));
    }
}
