package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.TestReports;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fast path of the table identities: the flat array holds each identity's cells, and {@link
 * TableIdentities#allPass} says yes exactly when every enabled identity holds, so that a correct report never
 * takes the slow path and a wrong one never skips it.
 */
class TableIdentitiesTest {

    private static final boolean[] ALL_ENABLED = enabled(Rule.values());

    private static boolean[] enabled(Rule... rules) {
        boolean[] enabled = new boolean[Rule.values().length];
        for (Rule r : rules) {
            enabled[r.ordinal()] = true;
        }
        return enabled;
    }

    private static long[] load(Report report) {
        long[] values = new long[TableIdentities.SIZE];
        Arrays.fill(values, Long.MIN_VALUE);
        TableIdentities.load(report, values);
        return values;
    }

    private static TableIdentities.Def def(Edition edition, Rule rule, String subject) {
        return Arrays.stream(TableIdentities.defs(edition))
                .filter(d -> d.rule == rule.ordinal() && d.subject.equals(subject)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void loadPutsEveryCellOfEveryIdentityAtItsIndex(Edition edition) {
        // a distinct number in every cell of tables 三 and 四, and one blank
        Report.Builder b = Report.builder(edition).organName("测试").reportYear(edition.firstReportYear());
        long n = 1;
        for (CellRef ref : CellRef.all(edition)) {
            if (ref.row() instanceof ApplicationRow || ref.row() instanceof ReviewLitigationRow) {
                b.set(ref, CellValue.count(n++));
            }
        }
        Report report = b.set(CellRef.parse("T3/newlyReceived/naturalPerson"), CellValue.blank()).build();
        long[] values = load(report);
        int checked = 0;
        for (TableIdentities.Def d : TableIdentities.defs(edition)) {
            for (int i = 0; i < d.refs.length; i++) {
                long expected = report.get(d.refs[i]) instanceof CellValue.Count c ? c.value()
                        : TableIdentities.UNREPORTED;
                assertEquals(expected, values[d.index[i]], d.subject + " " + d.refs[i]);
                checked++;
            }
        }
        assertTrue(checked > 100, "every identity's cells were checked");
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aConsistentReportPassesTheFastPath(Edition edition) {
        long[] values = load(TestReports.consistent(edition));
        TableIdentities.Def[] defs = TableIdentities.defs(edition);
        assertTrue(TableIdentities.allPass(defs, values, ALL_ENABLED, false));
        assertTrue(TableIdentities.allPass(defs, values, ALL_ENABLED, true));
    }

    @Test
    void identitiesOfZerosPassTheFastPathEvenWhenStrict() {
        Report sample = TestReports.sample();
        TableIdentities.Def[] defs = TableIdentities.defs(sample.edition());
        assertTrue(TableIdentities.allPass(defs, load(sample), ALL_ENABLED, true));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aReportWhoseEveryEnabledIdentityFailsFailsTheFastPath(Edition edition) {
        Report report = TestReports.consistent(edition);
        for (ReviewLitigationRow g : ReviewLitigationRow.values()) {
            CellRef total = CellRef.of(g, io.github.gongkai.core.ReviewLitigationColumn.TOTAL);
            report = TestReports.with(report, total.toString(), TestReports.count(report, total) + 1);
        }
        long[] values = load(report);
        TableIdentities.Def[] defs = TableIdentities.defs(edition);
        assertFalse(TableIdentities.allPass(defs, values, enabled(Rule.T4_GROUP_TOTAL), false));
        assertTrue(TableIdentities.allPass(defs, values, enabled(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL), false),
                "disabled identities are not evaluated");
    }

    @Test
    void aBlankOnEitherSideFailsTheFastPathOnlyWhenStrict() {
        Edition edition = Edition.V2021;
        TableIdentities.Def group = def(edition, Rule.T4_GROUP_TOTAL, "administrativeReview");
        TableIdentities.Def[] defs = TableIdentities.defs(edition);
        long[] values = load(TestReports.consistent(edition));
        for (int blank = 0; blank < 2; blank++) {
            for (int i : group.index) {
                values[i] = 0;
            }
            // the total (actual side), then the first component (expected side): 0 = 0 with the blank as zero
            values[group.index[blank]] = TableIdentities.UNREPORTED;
            assertTrue(TableIdentities.allPass(defs, values, ALL_ENABLED, false), "blank " + blank);
            assertFalse(TableIdentities.allPass(defs, values, ALL_ENABLED, true), "strict, blank " + blank);
        }
    }

    @Test
    void sumsThatOverflowFailTheFastPath() {
        Edition edition = Edition.V2021;
        TableIdentities.Def group = def(edition, Rule.T4_GROUP_TOTAL, "administrativeReview");
        long[] values = load(TestReports.consistent(edition));
        values[group.index[1]] = Long.MAX_VALUE;
        values[group.index[2]] = Long.MAX_VALUE;
        assertFalse(TableIdentities.allPass(TableIdentities.defs(edition), values, ALL_ENABLED, false));
    }

}
