package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link RuleId}: parse, print, message key, order. */
class RuleIdTest {

    @Test
    void parseAndPrint() {
        RuleId id = RuleId.parse("T3.BALANCE.1");
        assertEquals(new RuleId("T3.BALANCE", 1), id);
        assertEquals("T3.BALANCE.1", id.toString());
        assertEquals("io.github.gongkai.validation.T3.BALANCE.1", id.messageKey());
        assertEquals(new RuleId("S6.UNPAID_TERMINATIONS_ABOVE_NOTICES", 12),
                RuleId.parse("S6.UNPAID_TERMINATIONS_ABOVE_NOTICES.12"));
    }

    @Test
    void malformedIdsAreRejected() {
        for (String bad : new String[] {"T3.BALANCE", "T3.BALANCE.", "BALANCE.1", "t3.balance.1", "T3.BALANCE.x",
            "T3.BALANCE.0", "T3..BALANCE.1", "T3.BALANCE.99999999999",
            "T3.BALANCE.\u0661", "T3.BALANCE.\uFF12"}) { // Arabic-Indic one and a full-width two are not ASCII digits
            assertThrows(IllegalArgumentException.class, () -> RuleId.parse(bad), bad);
        }
    }

    @Test
    void orderByCodeThenRevision() {
        assertTrue(RuleId.parse("T3.BALANCE.2").compareTo(RuleId.parse("T3.BALANCE.10")) < 0);
        assertTrue(RuleId.parse("T2.X.9").compareTo(RuleId.parse("T3.BALANCE.1")) < 0);
    }
}
