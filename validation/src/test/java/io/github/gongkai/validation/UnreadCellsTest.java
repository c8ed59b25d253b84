package io.github.gongkai.validation;

import static io.github.gongkai.validation.IdentityRulesTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.core.UnreadReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cells not read from the page ({@link CellValue.Unread}, issue 14): an identity through one is never passed
 * and never failed because of it — not assessable for {@link NotAssessableReason#NOT_READ}, a reason apart
 * from a blank total — except where the glued digits it is a piece of cannot satisfy the identity however
 * they are cut (failed, with the readings), or where a printed total stands for all of its cells.
 */
class UnreadCellsTest {

    private static final Report GOOD = TestReports.consistent(Edition.V2021);
    private static final String NOT_READ_TEMPLATE = "{io.github.gongkai.validation.notRead}";
    private static final String NO_READING_TEMPLATE = "{io.github.gongkai.validation.noReading}";

    private static ReportValidator validator(BlankPolicy policy) {
        return ReportValidator.builder().blankPolicy(policy).build();
    }

    private static Report unread(Report report, String cell, UnreadReason reason) {
        return report.with(CellRef.parse(cell), CellValue.unread(reason));
    }

    /** The cells of a group of table 四 as one glued run of the given digits. */
    private static Report glue(Report report, List<CellRef> cells, String text, UnreadReason reason) {
        Report.Builder b = report.toBuilder();
        for (int k = 0; k < cells.size(); k++) {
            b.set(cells.get(k), CellValue.unread(reason, PrintedRun.of(text, k, cells.size())));
        }
        return b.build();
    }

    private static List<CellRef> row(Report report, String table, String row) {
        return CellRef.all(report.edition()).stream()
                .filter(c -> c.table().key().equals(table) && c.row().key().equals(row)).toList();
    }

    private static List<CellRef> reviewGroup() {
        return row(GOOD, "T4", "administrativeReview");
    }

    private static Finding only(ValidationResult result, Rule rule, String subject) {
        List<Finding> found = result.findings().stream()
                .filter(f -> f.rule().equals(rule.id()) && f.subject().equals(subject)).toList();
        assertEquals(1, found.size(), () -> rule + " " + subject + ": " + result.findings());
        return found.get(0);
    }

    private static void assertNotRead(Finding f) {
        assertEquals(FindingStatus.NOT_ASSESSABLE, f.status(), f::toString);
        assertEquals(Optional.of(NotAssessableReason.NOT_READ), f.notAssessableReason());
        assertTrue(f.isNotRead());
        assertEquals(NOT_READ_TEMPLATE, f.messageTemplate());
        assertEquals(Optional.empty(), f.actual());
        assertEquals(Optional.empty(), f.difference());
        assertEquals(List.of(), f.suspects());
        assertEquals(List.of(), f.readings());
    }

    private static void assertNoUnreadSuspect(ValidationResult result) {
        for (Finding f : result.findings()) {
            for (Suspect s : f.suspects()) {
                assertFalse(s.printed().isUnread(), () -> "an unread cell is blamed: " + f);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void anUnreadComponentIsNotReadNeverFailedAndNeverPassed(BlankPolicy policy) {
        // Read as 0, T3/disclosed/naturalPerson would fail its row and column; its true value would pass them.
        ValidationResult result = validator(policy).validate(unread(GOOD, "T3/disclosed/naturalPerson",
                UnreadReason.AMBIGUOUS));
        assertEquals(List.of("T3.ROW_TOTAL.1", "T3.OUTCOME_TOTAL.1"), ids(result.findings()));
        for (Finding f : result.findings()) {
            assertNotRead(f);
            assertEquals(policy, f.blankPolicy());
            assertEquals("T3/disclosed/naturalPerson", f.messageParameters().get("unreadCells"));
            assertEquals("", f.messageParameters().get("blankCells"), "an unread cell is not a blank");
        }
        assertTrue(result.isValid());
        assertFalse(result.isFullyAssessed());
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void anUnreadCellWhoseValueWouldBeZeroIsNotPassed(BlankPolicy policy) {
        Report zero = TestReports.with(TestReports.with(GOOD, "T4/administrativeReview/pending", 0),
                "T4/administrativeReview/total", 7);
        assertEquals(List.of(), validator(policy).validate(zero).findings());
        ValidationResult result = validator(policy).validate(unread(zero, "T4/administrativeReview/pending",
                UnreadReason.DAMAGED));
        assertNotRead(only(result, Rule.T4_GROUP_TOTAL, "administrativeReview"));
        assertEquals(1, result.findings().size());
    }

    @ParameterizedTest
    @EnumSource(value = UnreadReason.class, names = {"AMBIGUOUS", "INCONSISTENT", "NOT_FOUND", "DAMAGED"})
    void everyReasonWithoutARunIsNotRead(UnreadReason reason) {
        for (BlankPolicy policy : BlankPolicy.values()) {
            ValidationResult result = validator(policy).validate(unread(GOOD, "T3/newlyReceived/total", reason));
            assertEquals(List.of("T3.BALANCE.1", "T3.ROW_TOTAL.1"), ids(result.findings()));
            result.findings().forEach(UnreadCellsTest::assertNotRead);
        }
    }

    @Test
    void notReadAndBlankAreDifferentReasons() {
        Report report = unread(TestReports.blank(GOOD, "T4/administrativeReview/total"),
                "T4/litigationWithoutReview/total", UnreadReason.NOT_FOUND);
        report = TestReports.with(report, "T4/administrativeReview/upheld", 9);
        ValidationResult result = ReportValidator.standard().validate(report);
        Finding blank = only(result, Rule.T4_GROUP_TOTAL, "administrativeReview");
        Finding notRead = only(result, Rule.T4_GROUP_TOTAL, "litigationWithoutReview");
        assertEquals(Optional.of(NotAssessableReason.BLANK), blank.notAssessableReason());
        assertFalse(blank.isNotRead());
        assertEquals("{io.github.gongkai.validation.notAssessable}", blank.messageTemplate());
        assertFalse(blank.messageParameters().containsKey("unreadCells"));
        assertNotRead(notRead);
        assertEquals("", notRead.messageParameters().get("runs"));
        assertEquals("T4.GROUP_TOTAL.1 cannot be checked for litigationWithoutReview (行政诉讼 未经复议直接起诉):"
                + " T4/litigationWithoutReview/total not read from the page (neither blank nor zero).",
                notRead.message(Locale.ENGLISH));
        assertEquals("T4.GROUP_TOTAL.1无法核对litigationWithoutReview（行政诉讼 未经复议直接起诉）："
                + "T4/litigationWithoutReview/total未能从页面读出（既非空白，也非零）。",
                notRead.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void findingsWithoutUnreadCellsKeepTheirParameters() {
        Finding f = ReportValidator.standard().validate(TestReports.with(GOOD, "T4/administrativeReview/total", 11))
                .findings().get(0);
        assertFalse(f.messageParameters().containsKey("unreadCells"));
        assertFalse(f.messageParameters().containsKey("runs"));
        assertFalse(f.messageParameters().containsKey("readings"));
        assertEquals(Optional.empty(), f.notAssessableReason());
        assertEquals(List.of(), f.readings());
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void anUnreadCellIsNeverTheCulprit(BlankPolicy policy) {
        // A wrong cell whose row and column both fail, and an unread cell in the same row: the row is not
        // assessable, so only the column fails, and its suspects are the cells that were read.
        Report report = TestReports.with(GOOD, "T3/disclosed/commercialEnterprise",
                TestReports.count(GOOD, CellRef.parse("T3/disclosed/commercialEnterprise")) + 10);
        report = unread(report, "T3/disclosed/naturalPerson", UnreadReason.DAMAGED);
        ValidationResult result = validator(policy).validate(report);
        assertNotRead(only(result, Rule.T3_ROW_TOTAL, "disclosed"));
        Finding column = only(result, Rule.T3_OUTCOME_TOTAL, "commercialEnterprise");
        assertTrue(column.isFailed());
        assertFalse(column.suspects().isEmpty());
        assertNoUnreadSuspect(result);
        assertFalse(result.isValid());
    }

    @Test
    void aGluedRunThatSomeReadingSatisfiesIsNotRead() {
        // administrativeReview prints 4, 2, 1, 3 and 10: glued, "421310" can be read as 4+2+1+3 = 10.
        for (UnreadReason reason : List.of(UnreadReason.AMBIGUOUS, UnreadReason.INCONSISTENT, UnreadReason.DAMAGED)) {
            for (BlankPolicy policy : BlankPolicy.values()) {
                ValidationResult result = validator(policy).validate(glue(GOOD, reviewGroup(), "421310", reason));
                Finding f = only(result, Rule.T4_GROUP_TOTAL, "administrativeReview");
                assertNotRead(f);
                assertEquals("“421310”", f.messageParameters().get("runs"));
                assertTrue(result.isValid(), "an inconsistent reason is not trusted: " + reason);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void aGluedRunThatNoReadingSatisfiesFails(BlankPolicy policy) {
        // "421311" into five numbers: 42+1+3+1 ≠ 1, 4+21+3+1 ≠ 1, 4+2+13+1 ≠ 1, 4+2+1+31 ≠ 1, 4+2+1+3 ≠ 11.
        ValidationResult result = validator(policy).validate(glue(GOOD, reviewGroup(), "421311",
                UnreadReason.AMBIGUOUS));
        Finding f = only(result, Rule.T4_GROUP_TOTAL, "administrativeReview");
        assertTrue(f.isFailed());
        assertFalse(result.isValid());
        assertEquals(Optional.empty(), f.notAssessableReason());
        assertEquals(NO_READING_TEMPLATE, f.messageTemplate());
        assertEquals(Optional.empty(), f.expected());
        assertEquals(Optional.empty(), f.actual());
        assertEquals(Optional.empty(), f.difference());
        assertEquals(List.of(), f.suspects());
        assertEquals(5, f.readings().size());
        List<CellRef> cells = reviewGroup();
        assertEquals(List.of(4L, 2L, 1L, 3L, 11L), List.copyOf(f.readings().get(0).values().values()),
                "shorter first numbers first, as PrintedRun.readings orders them");
        assertEquals(cells, List.copyOf(f.readings().get(0).values().keySet()).stream().sorted().toList());
        assertEquals(List.of(42L, 1L, 3L, 1L, 1L), List.copyOf(f.readings().get(4).values().values()));
        assertEquals(cells.get(4), f.anchor().orElseThrow().cell(), "the anchor is the finding's first unread cell, the total");
        String en = f.message(Locale.ENGLISH);
        assertTrue(en.startsWith("T4.GROUP_TOTAL.1 fails for administrativeReview (行政复议): no reading of the"
                + " printed digits satisfies it."), en);
        assertTrue(en.contains("printed glued together as “421311”"), en);
        assertTrue(en.contains("[T4/administrativeReview/upheld=42, T4/administrativeReview/corrected=1,"), en);
        assertFalse(en.contains("{") || en.contains("}"), en);
        String zh = f.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("印出的数字无论如何拆分都不能满足该关系"), zh);
        assertFalse(zh.contains("{") || zh.contains("}"), zh);
    }

    @Test
    void anInconsistentRunIsCheckedAgainNotTrusted() {
        Report report = glue(GOOD, reviewGroup(), "421311", UnreadReason.INCONSISTENT);
        assertTrue(ReportValidator.standard().validate(report).findings().get(0).isFailed());
    }

    @Test
    void aFailedRunStopsAFailFastValidator() {
        ValidationResult result = ReportValidator.builder().failFast(true).build()
                .validate(glue(GOOD, reviewGroup(), "421311", UnreadReason.AMBIGUOUS));
        assertTrue(result.stoppedEarly());
    }

    @Test
    void aRunThatIsNotWholeIsNotRead() {
        List<CellRef> cells = reviewGroup();
        Report glued = glue(GOOD, cells, "421311", UnreadReason.AMBIGUOUS);
        // one piece printed as a number
        Report missing = glued.with(cells.get(2), CellValue.count(1));
        // two pieces in the wrong order
        Report swapped = glued.with(cells.get(1), CellValue.unread(UnreadReason.AMBIGUOUS,
                PrintedRun.of("421311", 2, 5))).with(cells.get(2), CellValue.unread(UnreadReason.AMBIGUOUS,
                PrintedRun.of("421311", 1, 5)));
        // another text in one piece
        Report other = glued.with(cells.get(3), CellValue.unread(UnreadReason.AMBIGUOUS,
                PrintedRun.of("421312", 3, 5)));
        // a run longer than the cells that carry it: its last piece is the next group's first cell, read
        Report shortRun = glue(GOOD, cells, "4213111", UnreadReason.AMBIGUOUS);
        shortRun = shortRun.toBuilder().set(cells.get(4), CellValue.unread(UnreadReason.AMBIGUOUS,
                PrintedRun.of("4213111", 4, 6))).build();
        for (Report report : List.of(missing, swapped, other, shortRun)) {
            for (BlankPolicy policy : BlankPolicy.values()) {
                ValidationResult result = validator(policy).validate(report);
                assertNotRead(only(result, Rule.T4_GROUP_TOTAL, "administrativeReview"));
                assertTrue(result.isValid());
            }
        }
    }

    @Test
    void aRunWithNoReadingAtAllIsNotRead() {
        // "00" cut into one number has a leading zero: no reading.
        Report report = GOOD.with(CellRef.parse("T4/administrativeReview/total"),
                CellValue.unread(UnreadReason.AMBIGUOUS, PrintedRun.of("00", 0, 1)));
        assertNotRead(ReportValidator.standard().validate(report).findings().get(0));
    }

    @Test
    void aSpaceInTheRunIsACut() {
        // "42 1 3 10" into five numbers: one group is cut in two, 4|2 (4+2+1+3 = 10 holds) or 1|0.
        Report holds = glue(GOOD, reviewGroup(), "42 1 3 10", UnreadReason.AMBIGUOUS);
        assertNotRead(ReportValidator.standard().validate(holds).findings().get(0));
        // "4213 1 0": "4213" is cut into three, 4|2|13, 4|21|3 or 42|1|3, and the total is 0: none holds.
        Report fails = glue(GOOD, reviewGroup(), "4213 1 0", UnreadReason.AMBIGUOUS);
        Finding f = ReportValidator.standard().validate(fails).findings().get(0);
        assertTrue(f.isFailed());
        assertEquals(3, f.readings().size());
        assertEquals(List.of(4L, 2L, 13L, 1L, 0L), List.copyOf(f.readings().get(0).values().values()));
    }

    @Test
    void aBlankUnderStrictOrABlankTotalMakesARunNotRead() {
        // litigationAfterReview prints 2, 1, 0, 0, 3; the run is "21" over upheld and corrected, the rest read.
        List<CellRef> group = row(GOOD, "T4", "litigationAfterReview");
        Report base = glue(GOOD, group.subList(0, 2), "21", UnreadReason.AMBIGUOUS);
        Report blankComponent = base.with(group.get(2), CellValue.blank());
        assertEquals(List.of(), ReportValidator.standard().validate(blankComponent).findings().stream()
                .filter(Finding::isFailed).toList());
        assertNotRead(only(validator(BlankPolicy.STRICT).validate(blankComponent), Rule.T4_GROUP_TOTAL,
                "litigationAfterReview"));
        // "21" cannot make 2 + 1 = 4, but the total is blank: not reported, so not failed.
        Report blankTotal = base.with(group.get(2), CellValue.count(1)).with(group.get(4), CellValue.blank());
        Finding f = only(ReportValidator.standard().validate(blankTotal), Rule.T4_GROUP_TOTAL,
                "litigationAfterReview");
        assertNotRead(f);
        Report printedTotal = base.with(group.get(2), CellValue.count(1));
        assertTrue(only(ReportValidator.standard().validate(printedTotal), Rule.T4_GROUP_TOTAL,
                "litigationAfterReview").isFailed());
    }

    @Test
    void aRunAcrossIdentitiesIsTriedInEachWithThePiecesItHas() {
        // The whole newlyReceived row of table 三 glued from its true values: every reading is tried in the
        // row identity, and the column balances each take one piece.
        List<CellRef> cells = row(GOOD, "T3", "newlyReceived");
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < cells.size(); k++) {
            text.append(k % 2 == 0 && k > 0 ? " " : "").append(TestReports.count(GOOD, cells.get(k)));
        }
        ValidationResult result = ReportValidator.standard().validate(glue(GOOD, cells, text.toString(),
                UnreadReason.AMBIGUOUS));
        assertTrue(result.isValid(), result::toString);
        assertEquals(8, result.findings().size(), "the row and the seven balances");
        result.findings().forEach(UnreadCellsTest::assertNotRead);
    }

    /** Repdigits: six numbers of 2s never add up to a seventh number of 2s, so no reading satisfies the row. */
    @Test
    void readingsAreBoundedPerRun() {
        List<CellRef> cells = row(GOOD, "T3", "newlyReceived");
        Report few = glue(GOOD, cells, "2".repeat(10), UnreadReason.AMBIGUOUS);
        Finding failed = only(ReportValidator.standard().validate(few), Rule.T3_ROW_TOTAL, "newlyReceived");
        assertTrue(failed.isFailed(), "84 readings, none satisfies");
        assertEquals(Finding.MAX_READINGS, failed.readings().size());
        Report many = glue(GOOD, cells, "2".repeat(30), UnreadReason.AMBIGUOUS);
        ValidationResult result = ReportValidator.standard().validate(many);
        assertNotRead(only(result, Rule.T3_ROW_TOTAL, "newlyReceived"));
        assertTrue(result.isValid(), "more than 1000 readings: not assessable");
    }

    @Test
    void combinationsAreBoundedPerIdentity() {
        List<CellRef> cells = row(GOOD, "T3", "newlyReceived");
        Report within = glue(glue(GOOD, cells.subList(0, 4), "2222", UnreadReason.AMBIGUOUS), cells.subList(4, 7),
                "22222", UnreadReason.AMBIGUOUS);
        Finding failed = only(ReportValidator.standard().validate(within), Rule.T3_ROW_TOTAL, "newlyReceived");
        assertTrue(failed.isFailed(), "1 × 6 combinations, none satisfies");
        assertEquals(6, failed.readings().size());
        // 455 readings of the first run and 241 of the second: each within the bound of a run, but more than
        // 100 000 together.
        Report beyond = glue(glue(GOOD, cells.subList(0, 4), "2".repeat(16), UnreadReason.AMBIGUOUS),
                cells.subList(4, 7), "2".repeat(30), UnreadReason.AMBIGUOUS);
        assertNotRead(only(ReportValidator.standard().validate(beyond), Rule.T3_ROW_TOTAL, "newlyReceived"));
    }

    @Test
    void aRunOfManyPiecesIsReadInTimeBoundedByItsReadings() {
        // Seven pieces of eighteen digits each: one reading; trying cut after cut would take minutes.
        List<CellRef> cells = row(GOOD, "T3", "newlyReceived");
        long start = System.nanoTime();
        Finding f = only(ReportValidator.standard().validate(glue(GOOD, cells, "1".repeat(7 * 18),
                UnreadReason.AMBIGUOUS)), Rule.T3_ROW_TOTAL, "newlyReceived");
        assertTrue(f.isFailed());
        assertEquals(1, f.readings().size());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "took " + (System.nanoTime() - start) + " ns");
    }

    /** The three （六） rows of each column of a 2021 table 三 printed as one row: one total per column. */
    private static Report mergedOtherDisposal(Report report) {
        Report.Builder b = report.toBuilder();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            List<CellRef> cells = Stream.of(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE,
                    ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, ApplicationRow.OTHER_DISPOSAL_OTHER)
                    .map(r -> CellRef.of(r, c)).toList();
            long sum = cells.stream().mapToLong(cell -> TestReports.count(report, cell)).sum();
            PrintedTotal total = PrintedTotal.of(sum, cells);
            cells.forEach(cell -> b.set(cell, CellValue.merged(total)));
        }
        return b.build();
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void aPrintedTotalStandsForAllItsCellsInTheOutcomeTotal(BlankPolicy policy) {
        ValidationResult result = validator(policy).validate(mergedOtherDisposal(GOOD));
        assertEquals(List.of("T3.ROW_TOTAL.1", "T3.ROW_TOTAL.1", "T3.ROW_TOTAL.1"), ids(result.findings()),
                "the outcome totals and balances are checked; the merged rows' own totals are not");
        assertEquals(List.of("otherDisposal.correctionOverdue", "otherDisposal.feeUnpaid", "otherDisposal.other"),
                result.findings().stream().map(Finding::subject).toList());
        result.findings().forEach(UnreadCellsTest::assertNotRead);
        assertTrue(result.isValid());
    }

    @Test
    void aWrongPrintedTotalFailsTheOutcomeTotal() {
        Report merged = mergedOtherDisposal(GOOD);
        CellRef first = CellRef.of(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE, ApplicantColumn.NATURAL_PERSON);
        PrintedTotal printed = ((CellValue.Unread) merged.get(first)).total().orElseThrow();
        PrintedTotal wrong = PrintedTotal.of(printed.value() + 5, printed.cells());
        Report.Builder b = merged.toBuilder();
        printed.cells().forEach(cell -> b.set(cell, CellValue.merged(wrong)));
        ValidationResult result = ReportValidator.standard().validate(b.build());
        Finding f = only(result, Rule.T3_OUTCOME_TOTAL, "naturalPerson");
        assertTrue(f.isFailed());
        assertEquals(Optional.empty(), f.notAssessableReason());
        BigDecimal outcomeTotal = BigDecimal.valueOf(TestReports.count(GOOD,
                CellRef.of(ApplicationRow.OUTCOME_TOTAL, ApplicantColumn.NATURAL_PERSON)));
        assertEquals(Optional.of(outcomeTotal), f.actual());
        assertEquals(Optional.of(outcomeTotal.add(BigDecimal.valueOf(5))), f.expected());
        assertEquals(Optional.of(BigDecimal.valueOf(-5)), f.difference());
        assertFalse(f.suspects().isEmpty());
        assertNoUnreadSuspect(result);
        assertFalse(result.isValid());
    }

    @Test
    void aPrintedTotalThatIsNotWholeOrOnlyPartlyInTheIdentityIsNotRead() {
        Report merged = mergedOtherDisposal(GOOD);
        CellRef first = CellRef.of(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE, ApplicantColumn.NATURAL_PERSON);
        CellRef second = CellRef.of(ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, ApplicantColumn.NATURAL_PERSON);
        PrintedTotal printed = ((CellValue.Unread) merged.get(first)).total().orElseThrow();
        // one cell holds another total
        Report other = merged.with(second, CellValue.merged(PrintedTotal.of(printed.value(), printed.cells()
                .subList(0, 2))));
        assertNotRead(only(ReportValidator.standard().validate(other), Rule.T3_OUTCOME_TOTAL, "naturalPerson"));
        // one cell of the total is read
        Report read = merged.with(second, CellValue.count(1));
        assertNotRead(only(ReportValidator.standard().validate(read), Rule.T3_OUTCOME_TOTAL, "naturalPerson"));
        // a total of cells that no identity has together: a row's total and a column's cell
        CellRef rowTotal = CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL);
        CellRef cell = CellRef.of(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantColumn.NATURAL_PERSON);
        PrintedTotal across = PrintedTotal.of(TestReports.count(GOOD, rowTotal) + TestReports.count(GOOD, cell),
                List.of(rowTotal, cell));
        Report crossing = GOOD.with(rowTotal, CellValue.merged(across)).with(cell, CellValue.merged(across));
        ValidationResult result = ReportValidator.standard().validate(crossing);
        assertEquals(4, result.findings().size(), result::toString);
        result.findings().forEach(UnreadCellsTest::assertNotRead);
    }

    /** The cells of the three （六） rows of a 2021 table 三, column by column: each column's three cells. */
    private static List<List<CellRef>> otherDisposalColumns() {
        return Stream.of(ApplicantColumn.values()).map(c -> Stream.of(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE,
                ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, ApplicationRow.OTHER_DISPOSAL_OTHER)
                .map(r -> CellRef.of(r, c)).toList()).toList();
    }

    /** What a finding of an identity says, apart from its cells' printed values and its suspects. */
    private static List<String> verdicts(ValidationResult result) {
        return result.findings().stream().map(f -> f.rule() + " " + f.subject() + " " + f.status() + " "
                + f.notAssessableReason() + " " + f.expected() + " " + f.actual() + " " + f.difference()).toList();
    }

    @ParameterizedTest
    @EnumSource(BlankPolicy.class)
    void aCellOfAPrintedTotalOfZeroIsZeroInEveryIdentity(BlankPolicy policy) {
        Report.Builder zeros = GOOD.toBuilder();
        Report.Builder merged = GOOD.toBuilder();
        for (List<CellRef> column : otherDisposalColumns()) {
            PrintedTotal zero = PrintedTotal.of(0, column);
            column.forEach(cell -> zeros.set(cell, CellValue.count(0)));
            column.forEach(cell -> merged.set(cell, CellValue.merged(zero)));
        }
        assertTrue(otherDisposalColumns().stream().flatMap(List::stream).anyMatch(c -> TestReports.count(GOOD, c) > 0),
                "the report's （六） rows hold numbers, so that printed 0 some of its identities fail");
        ValidationResult asZeros = validator(policy).validate(zeros.build());
        ValidationResult asMerged = validator(policy).validate(merged.build());
        assertFalse(asZeros.isValid());
        assertEquals(verdicts(asZeros), verdicts(asMerged), "the same identities, decided the same way");
        assertTrue(asMerged.findings().stream().noneMatch(Finding::isNotRead), asMerged::toString);
        assertNoUnreadSuspect(asMerged);
    }

    @Test
    void aPrintedTotalOfZeroBesideOthersIsZeroAndTheOthersStillStandForTheirCells() {
        // Column 自然人 printed with its total; the other columns printed 0, as counts or as totals of 0.
        List<List<CellRef>> columns = otherDisposalColumns();
        List<CellRef> kept = columns.get(ApplicantColumn.NATURAL_PERSON.ordinal());
        PrintedTotal total = PrintedTotal.of(kept.stream().mapToLong(c -> TestReports.count(GOOD, c)).sum(), kept);
        Report.Builder zeros = GOOD.toBuilder();
        Report.Builder merged = GOOD.toBuilder();
        for (List<CellRef> column : columns) {
            if (column == kept) {
                column.forEach(cell -> zeros.set(cell, CellValue.merged(total)));
                column.forEach(cell -> merged.set(cell, CellValue.merged(total)));
            } else {
                column.forEach(cell -> zeros.set(cell, CellValue.count(0)));
                column.forEach(cell -> merged.set(cell, CellValue.merged(PrintedTotal.of(0, column))));
            }
        }
        ValidationResult asZeros = ReportValidator.standard().validate(zeros.build());
        ValidationResult asMerged = ReportValidator.standard().validate(merged.build());
        assertEquals(verdicts(asZeros), verdicts(asMerged));
        assertEquals(List.of("otherDisposal.correctionOverdue", "otherDisposal.feeUnpaid", "otherDisposal.other"),
                asMerged.findings().stream().filter(Finding::isNotRead).map(Finding::subject).toList(),
                "each merged row's total is not assessable through 自然人's cell, whose part of its total is unknown");
    }

    @Test
    void aPrintedTotalOfZeroThatIsNotWholeIsNotZero() {
        List<CellRef> column = otherDisposalColumns().get(ApplicantColumn.NATURAL_PERSON.ordinal());
        Report.Builder b = GOOD.toBuilder();
        column.forEach(cell -> b.set(cell, CellValue.merged(PrintedTotal.of(0, column))));
        // Its last cell holds another total of 0: the page's numbers disagree, and neither is taken for 0.
        b.set(column.get(2), CellValue.merged(PrintedTotal.of(0, List.of(column.get(1), column.get(2)))));
        assertNotRead(only(ReportValidator.standard().validate(b.build()), Rule.T3_OUTCOME_TOTAL, "naturalPerson"));
    }

    @Test
    void aPrintedTotalOfSomeOfTheOutcomeRowsIsEnough() {
        CellRef a = CellRef.of(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE, ApplicantColumn.NATURAL_PERSON);
        CellRef b = CellRef.of(ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, ApplicantColumn.NATURAL_PERSON);
        PrintedTotal total = PrintedTotal.of(TestReports.count(GOOD, a) + TestReports.count(GOOD, b), List.of(a, b));
        ValidationResult result = ReportValidator.standard().validate(GOOD.with(a, CellValue.merged(total))
                .with(b, CellValue.merged(total)));
        assertEquals(List.of("T3.ROW_TOTAL.1", "T3.ROW_TOTAL.1"), ids(result.findings()));
        result.findings().forEach(UnreadCellsTest::assertNotRead);
    }

    @Test
    void plausibilityRulesAreSilentOnUnreadCells() {
        Report report = GOOD.toBuilder()
                .set(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.NOTICES_ISSUED, 0)
                .set(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_NOTICED, CellValue.amount("100.00"))
                .build();
        report = TestReports.with(report, "T2/rules/inForce", 0);
        assertEquals(List.of("T2.IN_FORCE_BELOW_ISSUED.1", "S6.COLLECTED_ABOVE_NOTICED.1",
                "S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.1"), ids(ReportValidator.standard().validate(report)
                        .findings()));
        for (BlankPolicy policy : BlankPolicy.values()) {
            for (String cell : List.of("T2/rules/inForce", "T2/rules/issued", "S6/informationProcessingFees/noticesIssued",
                    "S6/informationProcessingFees/amountNoticed", "S6/informationProcessingFees/amountCollected",
                    "T3/otherDisposal.feeUnpaid/total")) {
                CellRef ref = CellRef.parse(cell);
                ValidationResult result = validator(policy).validate(report.with(ref, CellValue.unread(
                        UnreadReason.NOT_FOUND)));
                for (Finding f : result.findings()) {
                    assertFalse(f.cells().stream().anyMatch(c -> c.cell().equals(ref)) && f.isFailed(),
                            () -> cell + " " + policy + ": " + f);
                }
            }
        }
        // with the row's total blank the rule adds up its columns: one of them unread silences it too
        Report columns = TestReports.blank(report, "T3/otherDisposal.feeUnpaid/total");
        assertTrue(ids(ReportValidator.standard().validate(columns).findings())
                .contains("S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.1"));
        Report unreadColumn = unread(columns, "T3/otherDisposal.feeUnpaid/commercialEnterprise",
                UnreadReason.DAMAGED);
        assertFalse(ids(ReportValidator.standard().validate(unreadColumn).findings())
                .contains("S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.1"));
    }

    @Test
    void rulesOverSeveralReportsAreNotAssessableThroughUnreadCells() {
        String organ = "测试县人民政府办公室";
        Report y2021 = TestReports.consistentBuilder(Edition.V2021, organ, 2021).build();
        Report y2022 = TestReports.consistentBuilder(Edition.V2021, organ, 2022).build();
        y2021 = unread(y2021, "T3/carriedForward/naturalPerson", UnreadReason.NOT_FOUND);
        for (BlankPolicy policy : BlankPolicy.values()) {
            ValidationResult result = validator(policy).validate(ReportSet.of(List.of(y2021, y2022)));
            Finding carry = only(result, Rule.SET_CARRY_OVER, "naturalPerson");
            assertNotRead(carry);
            assertEquals(0, carry.cells().get(1).report(), "the earlier report's cell");
        }
        Report a = TestReports.consistentBuilder(Edition.V2021, "甲", 2021).build();
        Report b = TestReports.consistentBuilder(Edition.V2021, "乙", 2021).build();
        Report county = doubled(a);
        ReportSet set = ReportSet.of(List.of(county, a, unread(b, "T2/licensing/decisions", UnreadReason.DAMAGED)))
                .withSummary(0, List.of(1, 2));
        ValidationResult result = ReportValidator.standard().validate(set);
        Finding summary = only(result, Rule.SET_SUMMARY, "T2/licensing/decisions");
        assertNotRead(summary);
        assertTrue(result.isValid());
    }

    private static Report doubled(Report report) {
        Report.Builder b = report.toBuilder().organName("县");
        for (CellRef ref : CellRef.all(report.edition())) {
            CellValue v = report.get(ref);
            if (v instanceof CellValue.Count c) {
                b.set(ref, CellValue.count(c.value() * 2));
            } else if (v instanceof CellValue.Amount amount) {
                b.set(ref, CellValue.amount(amount.value().multiply(BigDecimal.valueOf(2)), amount.unit()));
            }
        }
        return b.build();
    }

    @Test
    void theFindingChecksItsReasonAndReadings() {
        Finding f = ReportValidator.standard().validate(glue(GOOD, reviewGroup(), "421311", UnreadReason.AMBIGUOUS))
                .findings().get(0);
        List<RunReading> eleven = new ArrayList<>();
        for (int i = 0; i < Finding.MAX_READINGS + 1; i++) {
            eleven.add(f.readings().get(0));
        }
        assertThrows(IllegalArgumentException.class, () -> new Finding(f.rule(), f.severity(), f.status(),
                f.blankPolicy(), f.subject(), f.subjectLabel(), f.cells(), f.expected(), f.actual(), f.difference(),
                f.suspects(), f.notAssessableReason(), eleven));
        assertThrows(IllegalArgumentException.class, () -> new Finding(f.rule(), f.severity(),
                FindingStatus.NOT_ASSESSABLE, f.blankPolicy(), f.subject(), f.subjectLabel(), f.cells(),
                f.expected(), f.actual(), f.difference(), f.suspects(), Optional.of(NotAssessableReason.NOT_READ),
                f.readings()), "readings only for a failed finding");
        assertThrows(IllegalArgumentException.class, () -> new Finding(f.rule(), f.severity(), f.status(),
                f.blankPolicy(), f.subject(), f.subjectLabel(), f.cells(), f.expected(), f.actual(), f.difference(),
                f.suspects(), Optional.of(NotAssessableReason.NOT_READ), f.readings()), "no reason when failed");
        assertThrows(IllegalArgumentException.class, () -> new Finding(f.rule(), f.severity(),
                FindingStatus.NOT_ASSESSABLE, f.blankPolicy(), f.subject(), f.subjectLabel(), f.cells(),
                f.expected(), f.actual(), f.difference(), f.suspects(), Optional.empty(), List.of()),
                "a reason when not assessable");
        Finding old = new Finding(f.rule(), f.severity(), FindingStatus.NOT_ASSESSABLE, f.blankPolicy(),
                f.subject(), f.subjectLabel(), f.cells(), f.expected(), f.actual(), f.difference(), f.suspects());
        assertEquals(Optional.of(NotAssessableReason.BLANK), old.notAssessableReason());
        assertEquals(List.of(), old.readings());
    }

    @Test
    void aRunReadingIsACopyInCellOrder() {
        CellRef a = CellRef.parse("T4/administrativeReview/upheld");
        CellRef b = CellRef.parse("T4/administrativeReview/corrected");
        RunReading reading = RunReading.of(Map.of(b, 1L, a, 42L));
        assertEquals(List.of(a, b), List.copyOf(reading.values().keySet()));
        assertEquals("T4/administrativeReview/upheld=42, T4/administrativeReview/corrected=1", reading.toString());
        assertThrows(UnsupportedOperationException.class, () -> reading.values().put(a, 1L));
        assertThrows(IllegalArgumentException.class, () -> RunReading.of(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> RunReading.of(Map.of(a, -1L)));
        assertEquals(reading, RunReading.of(Map.of(a, 42L, b, 1L)));
    }

    @Test
    void theGroupsOfTable4AreUnaffectedByAnUnreadCellElsewhere() {
        Report report = unread(GOOD, "T3/disclosed/naturalPerson", UnreadReason.AMBIGUOUS);
        report = TestReports.with(report, "T4/litigationAfterReview/total", 4);
        ValidationResult result = ReportValidator.standard().validate(report);
        assertTrue(only(result, Rule.T4_GROUP_TOTAL, ReviewLitigationRow.LITIGATION_AFTER_REVIEW.key()).isFailed());
    }
}
