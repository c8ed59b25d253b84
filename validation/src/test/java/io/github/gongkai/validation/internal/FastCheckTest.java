package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportSize;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.TestReports;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcut ({@link FastCheck#loadZeroed} then {@link FastCheck#allPass}) says yes exactly when the exact
 * check ({@link TableIdentities#allPass}, every table rule, blanks as zero) does and every count is below
 * 2<sup>56</sup>, and no otherwise: on generated reports of both editions, on each with one wrong, blanked or
 * large cell, and on reports whose sums wrap around in {@code long}. When it says no, the exact check decides,
 * so a "no" too many would only cost time; a "yes" too many would hide a wrong report, and is what these tests
 * look for. That it checks the format's identities and no others is {@link FastCheck#matches}.
 */
class FastCheckTest {

    private static final long SMALL = 1L << 56;
    private static final boolean[] ALL = new boolean[Rule.values().length];

    static {
        for (Rule rule : TableIdentities.RULES) {
            ALL[rule.ordinal()] = true;
        }
    }

    /** The answer of the exact check, blanks as zero. */
    private static boolean exact(Report report) {
        long[] values = new long[CountSlots.SIZE];
        CountSlots.load(report, values);
        return TableIdentities.allPass(TableIdentities.defs(report.edition()), values, ALL, false);
    }

    private static boolean fast(Report report) {
        long[] values = new long[CountSlots.SIZE];
        FastCheck.loadZeroed(report, values);
        return FastCheck.allPass(values);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void itChecksExactlyTheIdentitiesOfTheFormat(Edition edition) {
        List<Identity> identities = ReportFormat.of(edition).identities();
        assertTrue(FastCheck.appliesTo(edition));
        assertTrue(FastCheck.matches(identities, edition));
        for (Edition other : Edition.values()) {
            if (other != edition) {
                assertFalse(FastCheck.matches(ReportFormat.of(other).identities(), edition), other::toString);
            }
        }
        for (int k : new int[] {0, 9, identities.size() - 1}) {
            List<Identity> missing = new ArrayList<>(identities);
            missing.remove(k);
            assertFalse(FastCheck.matches(missing, edition), "without " + identities.get(k));
            List<Identity> twice = new ArrayList<>(identities);
            twice.add(identities.get(k));
            assertFalse(FastCheck.matches(twice, edition), "twice " + identities.get(k));
            List<Identity> changed = new ArrayList<>(identities);
            changed.set(k, withoutOneTerm(identities.get(k)));
            assertFalse(FastCheck.matches(changed, edition), "one term less in " + identities.get(k));
        }
    }

    private static Identity withoutOneTerm(Identity identity) {
        List<Identity.Term> terms = new ArrayList<>(identity.terms());
        terms.remove(terms.size() - 1);
        return new Identity(identity.rule(), identity.edition(), identity.subject(), identity.subjectLabel(), terms);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void loadZeroedIsLoadWithEverySlotWithoutACountAsZero(Edition edition) {
        SplittableRandom random = new SplittableRandom(edition.ordinal() + 7);
        ReportGenerator generator = ReportGenerator.builder().edition(edition).build();
        for (int i = 0; i < 50; i++) {
            Report report = generator.generate(random);
            long[] raw = new long[CountSlots.SIZE];
            CountSlots.load(report, raw);
            long[] expected = Arrays.stream(raw).map(x -> x == CountSlots.UNREPORTED ? 0 : x).toArray();
            long[] zeroed = new long[CountSlots.SIZE];
            Arrays.fill(zeroed, 99);
            FastCheck.loadZeroed(report, zeroed);
            assertArrayEquals(expected, zeroed, report::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void agreesWithTheExactCheckOnGeneratedReportsAndTheirFaults(Edition edition) {
        SplittableRandom random = new SplittableRandom(edition.ordinal() + 97);
        int passing = 0;
        int failing = 0;
        for (ReportSize size : ReportSize.values()) {
            ReportGenerator generator = ReportGenerator.builder().edition(edition).size(size).build();
            for (int i = 0; i < 150; i++) {
                Report valid = generator.generate(random);
                List<Report> reports = new ArrayList<>();
                reports.add(valid);
                reports.add(FaultInjector.randomCellChange(valid, random).faulty());
                List<CellRef> cells = FaultInjector.countCells(valid);
                CellRef cell = cells.get(random.nextInt(cells.size()));
                reports.add(valid.with(cell, CellValue.blank()));
                if (FaultInjector.isTotal(cell) && valid.get(cell) instanceof CellValue.Count) {
                    reports.add(FaultInjector.blankTotal(valid, cell).faulty());
                }
                for (Report report : reports) {
                    boolean exact = exact(report);
                    assertEquals(exact, fast(report), report::toString);
                    if (exact) {
                        passing++;
                    } else {
                        failing++;
                    }
                }
            }
        }
        assertTrue(passing >= 600 && failing >= 600, passing + " passing, " + failing + " failing");
    }

    /** Every count cell of tables 三 and 四 that the edition has, one at a time: one more is caught. */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void oneMoreInAnyCellOfTheEditionFails(Edition edition) {
        Report valid = TestReports.consistent(edition);
        assertTrue(fast(valid));
        int cells = 0;
        for (CellRef cell : FaultInjector.countCells(valid)) {
            Report wrong = FaultInjector.changeCell(valid, cell, 1).faulty();
            assertFalse(exact(wrong), cell::toString);
            assertFalse(fast(wrong), cell::toString);
            cells++;
        }
        assertEquals(ApplicationRow.rows(edition).size() * ApplicantColumn.values().length
                + ReviewLitigationRow.values().length * ReviewLitigationColumn.values().length, cells);
    }

    /**
     * A column carried through every identity with value {@code x}: {@code x} received, disclosed, in the
     * outcome total, in column {@code c} and in the total column; and a review group with {@code x} upheld.
     */
    private static Report chain(Edition edition, ApplicantColumn c, ReviewLitigationColumn g, long x) {
        Report.Builder b = Report.builder(edition).organName("测试").reportYear(edition.firstReportYear());
        for (ApplicationRow row : List.of(ApplicationRow.NEWLY_RECEIVED, ApplicationRow.DISCLOSED,
                ApplicationRow.OUTCOME_TOTAL)) {
            b.set(row, c, x).set(row, ApplicantColumn.TOTAL, x);
        }
        b.set(ReviewLitigationRow.LITIGATION_AFTER_REVIEW, g, x)
                .set(ReviewLitigationRow.LITIGATION_AFTER_REVIEW, ReviewLitigationColumn.TOTAL, x);
        return b.build();
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void saysYesBelowTwoToThe56AndLeavesLargerCountsToTheExactCheck(Edition edition) {
        for (ApplicantColumn c : ApplicantColumn.components()) {
            for (ReviewLitigationColumn g : ReviewLitigationColumn.components()) {
                Report below = chain(edition, c, g, SMALL - 1);
                assertTrue(exact(below));
                assertTrue(fast(below), c + " " + g);
                Report at = chain(edition, c, g, SMALL);
                assertTrue(exact(at));
                assertFalse(fast(at), c + " " + g);
                Report max = chain(edition, c, g, Long.MAX_VALUE);
                assertTrue(exact(max));
                assertFalse(fast(max), c + " " + g);
                assertTrue(ReportValidator.standard().validate(max).findings().isEmpty());
            }
        }
    }

    /** Only totals reach 2<sup>56</sup>: two components of 2<sup>55</sup> each, in both tables. */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void aTotalAtTwoToThe56OverSmallComponentsIsLeftToTheExactCheck(Edition edition) {
        long half = SMALL / 2;
        Report t3 = Report.builder(edition).organName("测试").reportYear(edition.firstReportYear())
                .setRow(ApplicationRow.NEWLY_RECEIVED, half, 0, 0, 0, 0, half, SMALL)
                .setRow(ApplicationRow.DISCLOSED, half, 0, 0, 0, 0, half, SMALL)
                .setRow(ApplicationRow.OUTCOME_TOTAL, half, 0, 0, 0, 0, half, SMALL)
                .build();
        assertTrue(exact(t3));
        assertFalse(fast(t3));
        Report t4 = Report.builder(edition).organName("测试").reportYear(edition.firstReportYear())
                .setRow(ReviewLitigationRow.ADMINISTRATIVE_REVIEW, half, 0, 0, half, SMALL)
                .build();
        assertTrue(exact(t4));
        assertFalse(fast(t4));
        assertTrue(ReportValidator.standard().validate(t3).findings().isEmpty());
        assertTrue(ReportValidator.standard().validate(t4).findings().isEmpty());
    }

    /** The same row of table 三 received, disclosed and in the outcome total: it goes through I-1 to I-3. */
    private static Report carried(Edition edition, long... row) {
        return Report.builder(edition).organName("测试").reportYear(edition.firstReportYear())
                .setRow(ApplicationRow.NEWLY_RECEIVED, row)
                .setRow(ApplicationRow.DISCLOSED, row)
                .setRow(ApplicationRow.OUTCOME_TOTAL, row)
                .build();
    }

    /**
     * Reports that are wrong but whose sums wrap around to the printed totals in {@code long}, so that every
     * identity would pass with plain adds: four components of 2<sup>62</sup> against a total of 0, in any
     * four applicant columns, carried through table 三 (I-1 to I-3 all wrap); and a review group.
     */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void sumsThatWrapAroundToTheTotalsAreNotPassed(Edition edition) {
        long quarter = 1L << 62;
        for (int first = 0; first <= 2; first++) {
            long[] row = new long[7];
            for (int c = first; c < first + 4; c++) {
                row[c] = quarter;
            }
            Report t3 = carried(edition, row);
            assertFalse(exact(t3));
            assertFalse(fast(t3), "columns from " + first);
            assertFalse(ReportValidator.standard().validate(t3).isValid());
        }
        for (ReviewLitigationRow group : ReviewLitigationRow.values()) {
            Report t4 = Report.builder(edition).organName("测试").reportYear(edition.firstReportYear())
                    .setRow(group, quarter, quarter, quarter, quarter, 0)
                    .build();
            assertFalse(exact(t4));
            assertFalse(fast(t4), group::toString);
            assertFalse(ReportValidator.standard().validate(t4).isValid());
        }
    }

    /**
     * Wrong rows whose sum wraps around to a total of 0 in {@code long}, built so that the one count holding
     * bit 56 is the last large one: {@code a + a + 2^57 + 2^56 = 2^64} with {@code a = 2^63 - 2^57 + 2^55},
     * and no other count has bit 56. A check that took the OR of only some of the counts, or combined them
     * otherwise, would see nothing large and pass these rows. In table 三 the 2<sup>56</sup> is in column
     * {@code k} of each row that carries the column through I-1 and I-3, in table 四 in the last component.
     */
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void aWrappingRowIsNotPassedWhereverItsLastLargeCountIs(int k) {
        long a = (1L << 63) - (1L << 57) + (1L << 55);
        assertEquals(0, a + a + (1L << 57) + (1L << 56), "the sum wraps to 0");
        long[] row = {a, a, 1L << 57, 0, 0, 0, 0};
        row[k] = 1L << 56;
        Report t3 = carried(Edition.V2021, row);
        assertFalse(exact(t3));
        assertFalse(fast(t3), "2^56 in column " + k);
        Report t4 = Report.builder(Edition.V2021).organName("测试").reportYear(2021)
                .setRow(ReviewLitigationRow.values()[k - 3], a, a, 1L << 57, 1L << 56, 0)
                .build();
        assertFalse(exact(t4));
        assertFalse(fast(t4));
    }

    /** Each identity on its own: a report that breaks only I-1, only I-3 in one column, only I-4. */
    @Test
    void eachIdentityIsChecked() {
        Report balance = Report.builder(Edition.V2021).organName("测试").reportYear(2021)
                .setRow(ApplicationRow.NEWLY_RECEIVED, 1, 0, 0, 0, 0, 0, 1)
                .build(); // received 1, nothing processed or carried forward: only I-1 fails
        assertFalse(exact(balance));
        assertFalse(fast(balance));
        for (ApplicantColumn c : ApplicantColumn.components()) {
            long[] row = new long[7];
            row[c.ordinal()] = 3;
            row[ApplicantColumn.TOTAL.ordinal()] = 3;
            Report outcomes = Report.builder(Edition.V2021).organName("测试").reportYear(2021)
                    .setRow(ApplicationRow.NEWLY_RECEIVED, row)
                    .setRow(ApplicationRow.OUTCOME_TOTAL, row)
                    .build(); // processed 3, but no outcome row says how: only I-3 fails, in c and the total
            assertFalse(exact(outcomes), c::toString);
            assertFalse(fast(outcomes), c::toString);
        }
        Report group = Report.builder(Edition.V2021).organName("测试").reportYear(2021)
                .setRow(ReviewLitigationRow.LITIGATION_WITHOUT_REVIEW, 0, 0, 2, 0, 1)
                .build();
        assertFalse(exact(group));
        assertFalse(fast(group));
    }
}
