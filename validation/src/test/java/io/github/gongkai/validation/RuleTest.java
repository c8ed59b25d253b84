package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Rule}: the catalogue is a stable contract. */
class RuleTest {

    @Test
    void theRulesAndTheirIdsAreStable() {
        assertEquals(List.of("T3.BALANCE.1", "T3.ROW_TOTAL.1", "T3.OUTCOME_TOTAL.1", "T4.GROUP_TOTAL.1",
                "T2.IN_FORCE_BELOW_ISSUED.1", "T2.FEE_AMOUNT_UNIT.1", "S6.COLLECTED_ABOVE_NOTICED.1",
                "S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.1", "TEXT.APPLICATIONS_RECEIVED.1", "TEXT.REVIEWS.1",
                "TEXT.LAWSUITS.1", "CONTENT.OVERVIEW.1", "CONTENT.TABLES.1", "CONTENT.PROBLEMS.1",
                "CONTENT.OTHER_MATTERS.1", "CONTENT.FEES_STATED.1", "SET.CARRY_OVER.1", "SET.SUMMARY.1",
                "SET.IN_FORCE_STOCK.1", "SET.YEAR_RATIO.1", "SET.REPEATED_REPORT.1", "SET.SUMMARY_MEMBERS_MISSING.1",
                "SET.MISSING_REPORT.1"),
                Arrays.stream(Rule.values()).map(r -> r.id().toString()).toList());
    }

    @Test
    void eachConstantIsNamedAfterItsCode() {
        for (Rule rule : Rule.values()) {
            assertEquals(rule.id().code().replaceFirst("\\.", "_"), rule.name());
            assertEquals(Optional.of(rule), Rule.fromId(rule.name().replaceFirst("_", ".")));
        }
    }

    @Test
    void editionsCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> Rule.T3_BALANCE.editions().clear());
        assertThrows(NullPointerException.class, () -> Rule.fromId(null));
    }

    @Test
    void identitiesAreErrorsInBothEditions() {
        for (Rule r : List.of(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL, Rule.T3_OUTCOME_TOTAL, Rule.T4_GROUP_TOTAL)) {
            assertEquals(Severity.ERROR, r.defaultSeverity());
            assertEquals(Set.of(Edition.values()), r.editions());
            assertEquals(Rule.Scope.REPORT, r.scope());
        }
    }

    @Test
    void plausibilityRulesAreWarnings() {
        for (Rule r : List.of(Rule.T2_IN_FORCE_BELOW_ISSUED, Rule.T2_FEE_AMOUNT_UNIT,
                Rule.S6_COLLECTED_ABOVE_NOTICED, Rule.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES)) {
            assertEquals(Severity.WARNING, r.defaultSeverity());
            assertTrue(r.appliesTo(Edition.V2021));
            assertFalse(r.appliesTo(Edition.V2019));
        }
        assertEquals(Rule.Scope.REPORT_SET, Rule.SET_CARRY_OVER.scope());
        assertEquals(Severity.WARNING, Rule.SET_CARRY_OVER.defaultSeverity());
        assertEquals(Severity.ERROR, Rule.SET_SUMMARY.defaultSeverity());
    }

    @Test
    void findByCodeOrId() {
        assertEquals(Optional.of(Rule.T3_BALANCE), Rule.fromId("T3.BALANCE"));
        assertEquals(Optional.of(Rule.T3_BALANCE), Rule.fromId("T3.BALANCE.1"));
        assertEquals(Optional.empty(), Rule.fromId("T3.BALANCE.2"));
        assertEquals(Optional.empty(), Rule.fromId("nothing"));
    }

    @Test
    void descriptionsInBothLanguages() {
        assertTrue(Rule.T3_BALANCE.description().startsWith("Table 3 (I-1)"));
        assertEquals(Rule.T3_BALANCE.description(), Rule.T3_BALANCE.description(Locale.ENGLISH));
        assertTrue(Rule.T3_BALANCE.description(Locale.SIMPLIFIED_CHINESE).startsWith("表三（勾稽关系I-1）"));
    }

    @Test
    void whichRulesCheckACellOfTableThree() {
        List<CellCheck> checks = Rule.checking(CellRef.parse("T3/withheld.stateSecret/naturalPerson"), Edition.V2021);
        assertEquals(List.of(Rule.T3_ROW_TOTAL, Rule.T3_OUTCOME_TOTAL, Rule.CONTENT_TABLES, Rule.SET_SUMMARY,
                Rule.SET_YEAR_RATIO),
                checks.stream().map(CellCheck::rule).toList());
        assertEquals(List.of("withheld.stateSecret", "naturalPerson"),
                checks.stream().flatMap(c -> c.identity().stream()).map(Identity::subject).toList());
        assertTrue(checks.get(0).describe(Locale.SIMPLIFIED_CHINESE)
                .startsWith("（三）不予公开 1.属于国家秘密：总计 = 自然人 + 商业企业"), checks.get(0)::toString);
        assertTrue(checks.get(1).describe(Locale.ENGLISH)
                .startsWith("T3 naturalPerson: outcomeTotal = disclosed + partiallyDisclosed + withheld.stateSecret"),
                checks.get(1)::toString);
        assertEquals(Optional.empty(), checks.get(2).identity());
        assertTrue(checks.stream().allMatch(c -> c.edition() == Edition.V2021));
    }

    @Test
    void whichRulesCheckOtherCells() {
        assertEquals(List.of(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL, Rule.TEXT_APPLICATIONS_RECEIVED, Rule.CONTENT_TABLES,
                Rule.SET_CARRY_OVER, Rule.SET_SUMMARY, Rule.SET_YEAR_RATIO),
                rules(Rule.checking(CellRef.parse("T3/carriedOver/total"), Edition.V2019)));
        assertEquals(List.of(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL, Rule.T3_OUTCOME_TOTAL, Rule.CONTENT_TABLES,
                Rule.SET_SUMMARY, Rule.SET_YEAR_RATIO),
                rules(Rule.checking(CellRef.parse("T3/outcomeTotal/legalServiceAgency"), Edition.V2021)));
        assertEquals(List.of(Rule.T4_GROUP_TOTAL, Rule.CONTENT_TABLES, Rule.SET_SUMMARY, Rule.SET_YEAR_RATIO),
                rules(Rule.checking(CellRef.parse("T4/litigationAfterReview/pending"), Edition.V2019)));
        assertEquals(List.of(Rule.T2_FEE_AMOUNT_UNIT, Rule.CONTENT_TABLES, Rule.SET_SUMMARY, Rule.SET_YEAR_RATIO),
                rules(Rule.checking(CellRef.parse("T2/administrativeFees/amount"), Edition.V2021)));
        assertEquals(List.of(Rule.T3_ROW_TOTAL, Rule.T3_OUTCOME_TOTAL, Rule.S6_UNPAID_TERMINATIONS_ABOVE_NOTICES,
                Rule.CONTENT_TABLES, Rule.SET_SUMMARY, Rule.SET_YEAR_RATIO), rules(Rule.checking(
                        CellRef.parse("T3/otherDisposal.feeUnpaid/total"), Edition.V2021)));
        assertEquals(List.of(Rule.CONTENT_TABLES, Rule.SET_SUMMARY, Rule.SET_YEAR_RATIO),
                rules(Rule.checking(CellRef.parse("T2/centralizedProcurement/projects"), Edition.V2019)));
        assertEquals(List.of(Rule.CONTENT_TABLES, Rule.SET_SUMMARY),
                rules(Rule.checking(CellRef.parse("T2/licensing/change"), Edition.V2019)),
                "本年增/减 is itself a change: no ratio");
        assertEquals(List.of(Rule.T2_IN_FORCE_BELOW_ISSUED, Rule.CONTENT_TABLES, Rule.SET_SUMMARY,
                Rule.SET_IN_FORCE_STOCK, Rule.SET_YEAR_RATIO), rules(Rule.checking(CellRef.parse("T2/rules/inForce"), Edition.V2021)));
        assertEquals(List.of(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL, Rule.TEXT_APPLICATIONS_RECEIVED, Rule.CONTENT_TABLES,
                Rule.SET_SUMMARY, Rule.SET_YEAR_RATIO, Rule.SET_REPEATED_REPORT, Rule.SET_SUMMARY_MEMBERS_MISSING),
                rules(Rule.checking(CellRef.parse("T3/newlyReceived/total"), Edition.V2021)),
                "the cell the repeat and missing-member findings are anchored to");
        assertEquals(List.of(), Rule.checking(CellRef.parse("T3/otherDisposal.feeUnpaid/total"), Edition.V2019),
                "a cell the edition does not have");
        assertEquals(List.of(),
                Rule.checking(CellRef.parse("S6/informationProcessingFees/noticesIssued"), Edition.V2019));
        assertThrows(NullPointerException.class, () -> Rule.checking(null, Edition.V2021));
        assertThrows(NullPointerException.class,
                () -> Rule.checking(CellRef.parse("T3/carriedOver/total"), null));
    }

    private static List<Rule> rules(List<CellCheck> checks) {
        return checks.stream().map(CellCheck::rule).toList();
    }

    @Test
    void theIdentitiesOfEachRuleAreTheFormats() {
        for (Edition edition : Edition.values()) {
            List<Identity> all = new ArrayList<>();
            for (Rule rule : Rule.values()) {
                List<Identity> identities = rule.identities(edition);
                assertTrue(identities.stream().allMatch(i -> i.rule().equals(rule.id().code())));
                all.addAll(identities);
            }
            assertEquals(ReportFormat.of(edition).identities(), all, "every identity, each of one rule, in order");
        }
        int rows2021 = ApplicationRow.rows(Edition.V2021).size();
        assertEquals(List.of(7, rows2021, 7, 3), Stream.of(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL,
                Rule.T3_OUTCOME_TOTAL, Rule.T4_GROUP_TOTAL).map(r -> r.identities(Edition.V2021).size()).toList());
        assertEquals(List.of(), Rule.T2_IN_FORCE_BELOW_ISSUED.identities(Edition.V2021));
        assertEquals(List.of(), Rule.SET_SUMMARY.identities(Edition.V2019));
    }
}
