package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Edition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Rule}: the catalogue is a stable contract. */
class RuleTest {

    @Test
    void theRulesAndTheirIdsAreStable() {
        assertEquals(List.of("T3.BALANCE.1", "T3.ROW_TOTAL.1", "T3.OUTCOME_TOTAL.1", "T4.GROUP_TOTAL.1",
                "T2.IN_FORCE_BELOW_ISSUED.1", "T2.FEE_AMOUNT_UNIT.1", "S6.COLLECTED_ABOVE_NOTICED.1",
                "S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.1", "SET.CARRY_OVER.1", "SET.SUMMARY.1"),
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
}
