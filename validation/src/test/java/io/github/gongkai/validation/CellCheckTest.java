package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.ReportGenerator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link CellCheck}, and that {@link Rule#checking} names every cell the rules read: each cell of each finding
 * of faulty reports, plausibility breaks and sets is checked, per {@code Rule.checking}, by the finding's
 * rule (and identity); and each cell a plausibility rule declares turns up in one of its findings.
 */
class CellCheckTest {

    private static final CellRef STATE_SECRET = CellRef.parse("T3/withheld.stateSecret/naturalPerson");

    @Test
    void anIdentityPrintsAsAFormulaAnotherRuleAsItsDescription() {
        Identity row = Rule.T3_ROW_TOTAL.identities(Edition.V2021).stream()
                .filter(i -> i.subject().equals("withheld.stateSecret")).findFirst().orElseThrow();
        CellCheck identity = new CellCheck(Rule.T3_ROW_TOTAL, Edition.V2021, Optional.of(row));
        assertEquals("T3 withheld.stateSecret: total = naturalPerson + commercialEnterprise + researchInstitution"
                + " + socialWelfareOrganization + legalServiceAgency + otherOrganization",
                identity.describe(Locale.ENGLISH));
        assertEquals(row.formula(Locale.SIMPLIFIED_CHINESE), identity.describe(Locale.SIMPLIFIED_CHINESE));
        assertEquals("T3.ROW_TOTAL.1 " + identity.describe(Locale.ROOT), identity.toString());
        CellCheck summary = new CellCheck(Rule.SET_SUMMARY, Edition.V2021, Optional.empty());
        assertEquals(Rule.SET_SUMMARY.description(Locale.SIMPLIFIED_CHINESE),
                summary.describe(Locale.SIMPLIFIED_CHINESE));
        assertEquals("SET.SUMMARY.1 " + Rule.SET_SUMMARY.description(), summary.toString());
        assertThrows(NullPointerException.class, () -> summary.describe(null));
    }

    @Test
    void theIdentityMustBeOfTheRuleAndEdition() {
        Identity row = Rule.T3_ROW_TOTAL.identities(Edition.V2021).get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CellCheck(Rule.T3_BALANCE, Edition.V2021, Optional.of(row)));
        assertEquals("identity T3.ROW_TOTAL of the 2021 edition is not checked by T3.BALANCE.1 in the 2021 edition",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new CellCheck(Rule.T3_ROW_TOTAL, Edition.V2019, Optional.of(row)));
        assertThrows(NullPointerException.class, () -> new CellCheck(null, Edition.V2021, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new CellCheck(Rule.T3_BALANCE, null, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new CellCheck(Rule.T3_BALANCE, Edition.V2021, null));
    }

    /** The findings of some reports, validated together; a cell's report is its position in the list. */
    private record Validated(List<Report> reports, ValidationResult result) {
        static Validated of(List<Report> reports, ReportSet.Summary... summaries) {
            ReportSet set = new ReportSet(reports, List.of(summaries));
            ReportValidator.Builder all = ReportValidator.builder();
            for (Rule rule : Rule.values()) {
                all.enable(rule);
            }
            return new Validated(reports, all.build().validate(set));
        }
    }

    /** Reports and sets whose findings between them come from every rule. */
    private static List<Validated> results() {
        List<Validated> results = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            ReportGenerator generator = ReportGenerator.builder().edition(edition).build();
            SplittableRandom random = new SplittableRandom(edition.ordinal() + 3);
            for (int i = 0; i < 200; i++) {
                results.add(Validated.of(List.of(FaultInjector.randomCellChange(generator.generate(random), random)
                        .faulty())));
            }
        }
        Report good = TestReports.consistent(Edition.V2021);
        Report broken = TestReports.with(TestReports.with(good.with(CellRef.parse("T2/administrativeFees/amount"),
                CellValue.amount("35200")).with(CellRef.parse("S6/informationProcessingFees/amountCollected"),
                CellValue.amount("500.00")), "T2/rules/inForce", 0), "S6/informationProcessingFees/noticesIssued", 0);
        results.add(Validated.of(List.of(broken)));
        results.add(Validated.of(List.of(TestReports.with(good, "T2/normativeDocuments/inForce", 0))));
        results.add(Validated.of(List.of(TestReports.blank(broken, "T3/otherDisposal.feeUnpaid/total"))));
        results.add(Validated.of(List.of(good.toBuilder().narrative(io.github.gongkai.core.Narrative.of(
                "共收到政府信息公开申请987654件。被申请行政复议987654件。行政诉讼987654件。", null, null)).build())));
        // Required content: a row the page does not print, section 六's figures not stated.
        results.add(Validated.of(List.of(good.with(CellRef.parse("T2/rules/issued"),
                CellValue.unread(io.github.gongkai.core.UnreadReason.NOT_FOUND)).with(
                CellRef.parse("S6/informationProcessingFees/noticesIssued"), CellValue.blank()))));
        Report y2021 = TestReports.consistentBuilder(Edition.V2019, "测试局", 2020).build();
        Report y2022 = TestReports.consistentBuilder(Edition.V2021, "测试局", 2021).build();
        for (String column : List.of("naturalPerson", "total")) {
            String ref = "T3/carriedOver/" + column;
            y2022 = TestReports.with(y2022, ref, TestReports.count(y2022, CellRef.parse(ref)) + 1);
        }
        results.add(Validated.of(List.of(y2021, y2022)));
        Report member = TestReports.consistentBuilder(Edition.V2021, "甲镇", 2021).build();
        results.add(Validated.of(List.of(broken, member), new ReportSet.Summary(0, List.of(1))));
        results.add(Validated.of(List.of(broken, member), new ReportSet.Summary(0, List.of(1), List.of("甲镇", "乙镇"))));
        // Consecutive years of one organ: the stock of table 二 broken, a count ten times last year's, and a pair
        // of identical reports.
        Report b2021 = TestReports.consistentBuilder(Edition.V2021, "乙局", 2021).build();
        Report b2022 = TestReports.with(TestReports.with(TestReports.consistentBuilder(Edition.V2021, "乙局", 2022)
                .build(), "T2/normativeDocuments/inForce", 7), "T2/licensing/decisions", 640);
        results.add(Validated.of(List.of(b2021, b2022, b2022.toBuilder().reportYear(2023).build())));
        return results;
    }

    @Test
    void everyCellOfEveryFindingIsCheckedByItsRule() {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        Set<CellRef> plausibilityCells = new HashSet<>();
        for (Validated validated : results()) {
            for (Finding f : validated.result().findings()) {
                Rule rule = Rule.fromId(f.rule().toString()).orElseThrow();
                rules.add(rule);
                for (CellInvolvement cell : f.cells()) {
                    Edition edition = validated.reports().get(cell.report()).edition();
                    List<CellCheck> checks = Rule.checking(cell.cell(), edition);
                    assertTrue(checks.stream().anyMatch(c -> c.rule() == rule
                            && c.identity().map(i -> i.subject().equals(f.subject())).orElse(true)),
                            () -> cell.cell() + " in " + f + ": " + checks);
                    if (rule.identities(Edition.V2021).isEmpty() && rule.scope() == Rule.Scope.REPORT
                            && rule.isEnabledByDefault()) {
                        plausibilityCells.add(cell.cell());
                    }
                }
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(Rule.SET_MISSING_REPORT)), rules,
                "every rule but coverage, whose gaps are not findings");
        Set<CellRef> declared = new HashSet<>();
        for (CellRef cell : ReportFormat.of(Edition.V2021).cells()) {
            for (CellCheck check : Rule.checking(cell, Edition.V2021)) {
                // The content rules require every cell of their tables printed: not a comparison of some cells.
                if (check.identity().isEmpty() && check.rule().scope() == Rule.Scope.REPORT
                        && check.rule().isEnabledByDefault()) {
                    declared.add(cell);
                }
            }
        }
        assertEquals(declared, plausibilityCells, "each cell a plausibility rule declares is one it reads");
    }
}
