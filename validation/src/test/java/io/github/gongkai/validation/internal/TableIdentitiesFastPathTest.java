package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportSize;
import io.github.gongkai.validation.Rule;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two fast checks ({@link TableIdentities#allPassDirect} for the default rule set,
 * {@link TableIdentities#allPassSmall} for any subset) give exactly the answer of the exact check
 * {@link TableIdentities#allPass}, on valid generated reports and on each with one wrong cell or a blank
 * total, in both editions. A fast check that said "fails" too often would only cost time, so it is tested
 * here directly rather than through the findings.
 */
class TableIdentitiesFastPathTest {

    private static final List<Rule> TABLE_RULES = List.of(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL,
            Rule.T3_OUTCOME_TOTAL, Rule.T4_GROUP_TOTAL);

    private static boolean[] enabled(List<Rule> rules) {
        boolean[] enabled = new boolean[Rule.values().length];
        for (Rule r : rules) {
            enabled[r.ordinal()] = true;
        }
        return enabled;
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void fastChecksAgreeWithTheExactCheck(Edition edition) {
        ReportGenerator generator = ReportGenerator.builder().edition(edition).size(ReportSize.SMALL).build();
        SplittableRandom random = new SplittableRandom(edition.ordinal() + 41);
        boolean[] all = enabled(TABLE_RULES);
        TableIdentities.Def[] defs = TableIdentities.defs(edition);
        int passing = 0;
        int failing = 0;
        for (int i = 0; i < 400; i++) {
            Report valid = generator.generate(random);
            Report wrong = FaultInjector.randomCellChange(valid, random).faulty();
            List<CellRef> totals = FaultInjector.countCells(valid).stream().filter(FaultInjector::isTotal)
                    .filter(ref -> valid.get(ref) instanceof CellValue.Count c && c.value() > 0).toList();
            Report blankTotal = totals.isEmpty() ? wrong
                    : FaultInjector.blankTotal(valid, totals.get(random.nextInt(totals.size()))).faulty();
            for (Report report : List.of(valid, wrong, blankTotal)) {
                long[] values = new long[TableIdentities.SIZE];
                long bits = TableIdentities.load(report, values);
                assertTrue(TableIdentities.small(bits));
                boolean exact = TableIdentities.allPass(defs, values, all, false);
                assertEquals(exact, TableIdentities.allPassDirect(values), report::toString);
                assertEquals(exact, TableIdentities.allPassSmall(defs, values, all), report::toString);
                for (Rule rule : TABLE_RULES) {
                    boolean[] one = enabled(List.of(rule));
                    assertEquals(TableIdentities.allPass(defs, values, one, false),
                            TableIdentities.allPassSmall(defs, values, one), rule.id() + " " + report);
                }
                if (exact) {
                    passing++;
                } else {
                    failing++;
                }
            }
            assertTrue(TableIdentities.allPass(defs, load(valid), all, false), "a generated report is valid");
            assertFalse(TableIdentities.allPassDirect(load(wrong)), "a wrong cell fails the direct check");
        }
        assertTrue(passing >= 400 && failing >= 400, passing + " passing, " + failing + " failing");
    }

    @Test
    void loadReturnsTheOrOfTheCountsAndSmallBoundsIt() {
        Report report = Report.builder(Edition.V2021).organName("测试").reportYear(2021)
                .set(CellRef.parse("T3/newlyReceived/naturalPerson"), CellValue.count(5))
                .set(CellRef.parse("T4/administrativeReview/pending"), CellValue.count(8))
                .build();
        long[] values = new long[TableIdentities.SIZE];
        assertEquals(5 | 8, TableIdentities.load(report, values));
        long limit = 1L << 56;
        assertTrue(TableIdentities.small(limit - 1));
        assertFalse(TableIdentities.small(limit));
        Report big = report.with(CellRef.parse("T3/carriedOver/total"), CellValue.count(limit));
        assertFalse(TableIdentities.small(TableIdentities.load(big, values)));
    }

    private static long[] load(Report report) {
        long[] values = new long[TableIdentities.SIZE];
        TableIdentities.load(report, values);
        return values;
    }
}
