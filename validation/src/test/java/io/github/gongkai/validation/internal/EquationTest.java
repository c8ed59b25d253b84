package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.CellRole;
import io.github.gongkai.validation.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an equation's status follows from its sums and blanks, the one decision every rule's check shares. */
class EquationTest {

    @Test
    void theStatusUnderEachPolicy() {
        Equation.Status passed = Equation.Status.PASSED;
        Equation.Status failed = Equation.Status.FAILED;
        Equation.Status none = Equation.Status.NOT_ASSESSABLE;
        // holds, any blank, blank total: blanks as zero, then strict
        assertEquals(passed, Equation.Status.of(true, false, false, false));
        assertEquals(passed, Equation.Status.of(true, false, false, true));
        assertEquals(passed, Equation.Status.of(true, true, true, false));
        assertEquals(none, Equation.Status.of(true, true, false, true));
        assertEquals(failed, Equation.Status.of(false, false, false, false));
        assertEquals(failed, Equation.Status.of(false, true, false, false));
        assertEquals(none, Equation.Status.of(false, true, true, false));
        assertEquals(none, Equation.Status.of(false, true, false, true));
        assertEquals(failed, Equation.Status.of(false, false, false, true));
    }

    @Test
    void evaluateSumsAmountsInYuanAndReadsBlanksByThePolicy() {
        CellRef noticed = CellRef.parse("S6/informationProcessingFees/amountNoticed");
        CellRef collected = CellRef.parse("S6/informationProcessingFees/amountCollected");
        List<Operand> operands = List.of(
                new Operand(collected, CellRole.TOTAL, CellValue.amount(new BigDecimal("1.5"),
                        AmountUnit.TEN_THOUSAND_YUAN), 0, true),
                new Operand(noticed, CellRole.COMPONENT, CellValue.amount(new BigDecimal("15000"), AmountUnit.YUAN),
                        1, false),
                new Operand(noticed, CellRole.COMPONENT, CellValue.blank(), 2, false));
        Equation zero = Equation.evaluate(Rule.SET_SUMMARY, "s", "l", operands, BlankPolicy.BLANK_IS_ZERO);
        assertEquals(Equation.Status.PASSED, zero.status);
        assertEquals(0, new BigDecimal("15000").compareTo(zero.actual));
        assertEquals(0, new BigDecimal("15000").compareTo(zero.expected));
        assertEquals(Equation.Status.NOT_ASSESSABLE,
                Equation.evaluate(Rule.SET_SUMMARY, "s", "l", operands, BlankPolicy.STRICT).status);
        Equation given = new Equation(Rule.SET_SUMMARY, "s", "l", operands.subList(1, 3), Equation.Status.FAILED);
        assertEquals(BigDecimal.ZERO, given.actual);
        assertEquals(0, new BigDecimal("-15000").compareTo(given.residual()));
    }
}
