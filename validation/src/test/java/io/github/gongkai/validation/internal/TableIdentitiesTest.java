package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.CellRole;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.TestReports;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The identities compiled from the format, and the one exact check of them: {@link TableIdentities#evaluate}
 * gives, for every identity of generated, faulty, blanked and huge reports and under both blank policies, the
 * status that summing the printed values as {@link java.math.BigDecimal}s gives ({@link Equation#evaluate},
 * the oracle); {@link TableIdentities#allPass} asks it of exactly the enabled identities.
 */
class TableIdentitiesTest {

    private static final long SMALL = 1L << 56;
    private static final boolean[] ALL_ENABLED = enabled(Rule.values());

    private static boolean[] enabled(Rule... rules) {
        boolean[] enabled = new boolean[Rule.values().length];
        for (Rule r : rules) {
            enabled[r.ordinal()] = true;
        }
        return enabled;
    }

    private static long[] load(Report report) {
        long[] values = new long[CountSlots.SIZE];
        CountSlots.load(report, values);
        return values;
    }

    /** The status of an identity from the printed values summed as {@code BigDecimal}s. */
    private static Equation.Status oracle(TableIdentities.Def d, Report report, BlankPolicy policy) {
        List<Operand> operands = new ArrayList<>();
        for (int i = 0; i < d.cells.length; i++) {
            operands.add(new Operand(d.cells[i], d.roles[i], report.get(d.cells[i]), 0, d.total[i]));
        }
        return Equation.evaluate(d.rule, "", "", operands, policy).status;
    }

    /** Checks every identity of the report under both policies against the oracle; returns the statuses seen. */
    private static EnumSet<Equation.Status> assertExact(Report report) {
        EnumSet<Equation.Status> seen = EnumSet.noneOf(Equation.Status.class);
        long[] values = load(report);
        for (TableIdentities.Def d : TableIdentities.defs(report.edition())) {
            for (BlankPolicy policy : BlankPolicy.values()) {
                Equation.Status status = TableIdentities.evaluate(d, values, policy == BlankPolicy.STRICT);
                assertEquals(oracle(d, report, policy), status, () -> d.identity + " " + policy + " " + report);
                seen.add(status);
            }
        }
        return seen;
    }

    private static TableIdentities.Def def(Edition edition, Rule rule, String subject) {
        for (TableIdentities.Def d : TableIdentities.defs(edition)) {
            if (d.rule == rule && d.identity.subject().equals(subject)) {
                return d;
            }
        }
        throw new AssertionError(rule + " " + subject);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void eachIdentityOfTheFormatIsCompiledInItsOrder(Edition edition) {
        ReportFormat format = ReportFormat.of(edition);
        Map<Edition, TableIdentities.Def[]> compiled = TableIdentities.compile();
        TableIdentities.Def[] defs = compiled.get(edition);
        assertEquals(format.identities().size(), defs.length);
        assertEquals(defs.length, TableIdentities.defs(edition).length);
        for (int k = 0; k < defs.length; k++) {
            TableIdentities.Def d = defs[k];
            Identity identity = format.identities().get(k);
            assertSame(identity, d.identity);
            assertEquals(identity.rule(), d.rule.id().code());
            List<Identity.Term> terms = new ArrayList<>(identity.actual());
            terms.addAll(identity.expected());
            assertEquals(identity.actual().size(), d.actualCount);
            assertEquals(terms.size(), d.cells.length);
            for (int i = 0; i < terms.size(); i++) {
                Identity.Term term = terms.get(i);
                assertEquals(term.cell(), d.cells[i]);
                assertEquals(CountSlots.index(term.cell()), d.slots[i]);
                assertEquals(term.role().name(), d.roles[i].name());
                assertEquals(format.isTotal(term.cell()), d.total[i], term.cell()::toString);
                assertEquals(i < d.actualCount, d.roles[i].isActualSide());
            }
            assertArrayEquals(d.slots, TableIdentities.defs(edition)[k].slots);
        }
    }

    @Test
    void theRulesOfTheIdentitiesAreTheFourTableRules() {
        EnumSet<Rule> four = EnumSet.of(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL, Rule.T3_OUTCOME_TOTAL, Rule.T4_GROUP_TOTAL);
        assertEquals(four, TableIdentities.rules());
        assertEquals(four, TableIdentities.RULES);
        for (Identity.Role role : Identity.Role.values()) {
            CellRole mapped = TableIdentities.role(role);
            assertEquals(role.name(), mapped.name());
        }
    }

    @Test
    void anIdentityOfNoRuleIsRefused() {
        Identity known = Rule.T4_GROUP_TOTAL.identities(Edition.V2019).get(0);
        Identity unknown = new Identity("T9.UNKNOWN", known.edition(), known.subject(), known.subjectLabel(),
                known.terms());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new TableIdentities.Def(unknown));
        assertEquals("no rule checks identities T9.UNKNOWN", e.getMessage());
    }

    @Test
    void totalsAreThoseOfTheFormatNotOnlyTheTotalsOfTheirOwnIdentity() {
        // In the balance, （七）总计 is an outflow, yet a total cell: blank, it makes a failing balance not assessable.
        TableIdentities.Def balance = def(Edition.V2021, Rule.T3_BALANCE, "naturalPerson");
        assertEquals(CellRef.parse("T3/outcomeTotal/naturalPerson"), balance.cells[0]);
        assertEquals(CellRole.OUTFLOW, balance.roles[0]);
        assertTrue(balance.total[0]);
        assertFalse(balance.total[1], "结转下年度 is not a total");
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void evaluateIsExactOnGeneratedReportsAndTheirFaults(Edition edition) {
        SplittableRandom random = new SplittableRandom(edition.ordinal() + 13);
        EnumSet<Equation.Status> seen = EnumSet.noneOf(Equation.Status.class);
        for (ReportSize size : ReportSize.values()) {
            ReportGenerator generator = ReportGenerator.builder().edition(edition).size(size).build();
            for (int i = 0; i < 25; i++) {
                Report valid = generator.generate(random);
                seen.addAll(assertExact(valid));
                seen.addAll(assertExact(FaultInjector.randomCellChange(valid, random).faulty()));
                List<CellRef> cells = FaultInjector.countCells(valid);
                CellRef cell = cells.get(random.nextInt(cells.size()));
                seen.addAll(assertExact(valid.with(cell, CellValue.blank())));
                seen.addAll(assertExact(valid.with(cell, CellValue.notApplicable("/"))));
            }
        }
        assertEquals(EnumSet.allOf(Equation.Status.class), seen);
    }

    /**
     * Counts drawn from the edges of {@code long}'s range (2<sup>56</sup> ± 1, 2<sup>62</sup>,
     * 2<sup>63</sup> − 1), so that sums of either side overflow 2<sup>63</sup> and 2<sup>64</sup> and may wrap
     * around to each other: the check agrees with the oracle.
     */
    @ParameterizedTest
    @EnumSource(Edition.class)
    void evaluateIsExactWhereSumsOverflowALong(Edition edition) {
        long[] edges = {0, 1, SMALL - 1, SMALL, SMALL + 1, 1L << 62, (1L << 63) - (1L << 57) + (1L << 55),
            Long.MAX_VALUE - 1, Long.MAX_VALUE};
        SplittableRandom random = new SplittableRandom(edition.ordinal() + 5);
        EnumSet<Equation.Status> seen = EnumSet.noneOf(Equation.Status.class);
        Report base = TestReports.consistent(edition);
        List<CellRef> cells = FaultInjector.countCells(base);
        for (int i = 0; i < 120; i++) {
            Report.Builder b = base.toBuilder();
            for (CellRef cell : cells) {
                if (random.nextInt(3) == 0) {
                    b.set(cell, CellValue.count(edges[random.nextInt(edges.length)]));
                } else if (random.nextInt(8) == 0) {
                    b.set(cell, CellValue.count(0));
                }
            }
            seen.addAll(assertExact(b.build()));
        }
        seen.addAll(assertExact(wrapping(edition)));
        seen.addAll(assertExact(hugeBalance(edition)));
        assertTrue(seen.contains(Equation.Status.FAILED) && seen.contains(Equation.Status.PASSED), seen::toString);
    }

    /** Four components of 2<sup>62</sup> against a total of 0: the sum wraps to the total in {@code long}. */
    private static Report wrapping(Edition edition) {
        long quarter = 1L << 62;
        return Report.builder(edition).organName("测试").reportYear(edition.firstReportYear())
                .setRow(ApplicationRow.NEWLY_RECEIVED, quarter, quarter, quarter, quarter, 0, 0, 0)
                .setRow(ReviewLitigationRow.ADMINISTRATIVE_REVIEW, quarter, quarter, quarter, quarter, 0)
                .build();
    }

    /** A balance that holds with both sides at 2<sup>64</sup> − 2, beyond {@code long}. */
    private static Report hugeBalance(Edition edition) {
        Report.Builder b = Report.builder(edition).organName("测试").reportYear(edition.firstReportYear());
        for (ApplicationRow row : List.of(ApplicationRow.NEWLY_RECEIVED, ApplicationRow.CARRIED_OVER,
                ApplicationRow.OUTCOME_TOTAL, ApplicationRow.CARRIED_FORWARD)) {
            b.set(row, ApplicantColumn.NATURAL_PERSON, Long.MAX_VALUE);
        }
        return b.build();
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void sumsBeyondALongAreComparedExactly(Edition edition) {
        long[] values = load(hugeBalance(edition));
        assertEquals(Equation.Status.PASSED, TableIdentities.evaluate(def(edition, Rule.T3_BALANCE, "naturalPerson"),
                values, false));
        long[] wrap = load(wrapping(edition));
        assertEquals(Equation.Status.FAILED, TableIdentities.evaluate(def(edition, Rule.T3_ROW_TOTAL,
                "newlyReceived"), wrap, false));
        assertEquals(Equation.Status.FAILED, TableIdentities.evaluate(def(edition, Rule.T4_GROUP_TOTAL,
                "administrativeReview"), wrap, false));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aConsistentReportPasses(Edition edition) {
        long[] values = load(TestReports.consistent(edition));
        TableIdentities.Def[] defs = TableIdentities.defs(edition);
        assertTrue(TableIdentities.allPass(defs, values, ALL_ENABLED, false));
        assertTrue(TableIdentities.allPass(defs, values, ALL_ENABLED, true));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void onlyTheEnabledIdentitiesAreAsked(Edition edition) {
        Report report = TestReports.consistent(edition);
        for (ReviewLitigationRow g : ReviewLitigationRow.values()) {
            CellRef total = CellRef.of(g, ReviewLitigationColumn.TOTAL);
            report = TestReports.with(report, total.toString(), TestReports.count(report, total) + 1);
        }
        long[] values = load(report);
        TableIdentities.Def[] defs = TableIdentities.defs(edition);
        assertFalse(TableIdentities.allPass(defs, values, enabled(Rule.T4_GROUP_TOTAL), false));
        assertFalse(TableIdentities.allPass(defs, values, ALL_ENABLED, false));
        assertTrue(TableIdentities.allPass(defs, values, enabled(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL,
                Rule.T3_OUTCOME_TOTAL), false), "disabled identities are not evaluated");
    }

    @Test
    void aBlankOnEitherSideFailsOnlyWhenStrictAndABlankTotalIsNotAssessable() {
        Edition edition = Edition.V2021;
        TableIdentities.Def group = def(edition, Rule.T4_GROUP_TOTAL, "administrativeReview");
        TableIdentities.Def[] defs = TableIdentities.defs(edition);
        long[] values = load(TestReports.consistent(edition));
        for (int blank = 0; blank < 2; blank++) {
            for (int i : group.slots) {
                values[i] = 0;
            }
            // the total (actual side), then the first component (expected side): 0 = 0 with the blank as zero
            values[group.slots[blank]] = CountSlots.UNREPORTED;
            assertEquals(Equation.Status.PASSED, TableIdentities.evaluate(group, values, false));
            assertEquals(Equation.Status.NOT_ASSESSABLE, TableIdentities.evaluate(group, values, true));
            assertTrue(TableIdentities.allPass(defs, values, ALL_ENABLED, false), "blank " + blank);
            assertFalse(TableIdentities.allPass(defs, values, ALL_ENABLED, true), "strict, blank " + blank);
        }
        values[group.slots[0]] = CountSlots.UNREPORTED;
        values[group.slots[1]] = 3; // the total is blank, a component is not 0
        assertEquals(Equation.Status.NOT_ASSESSABLE, TableIdentities.evaluate(group, values, false));
        values[group.slots[0]] = 2;
        assertEquals(Equation.Status.FAILED, TableIdentities.evaluate(group, values, false));
        values[group.slots[2]] = CountSlots.UNREPORTED; // a blank component does not excuse a printed total
        assertEquals(Equation.Status.FAILED, TableIdentities.evaluate(group, values, false));
    }
}
