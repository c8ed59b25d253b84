package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountUnitTest {

    @Test
    void symbols() {
        assertEquals("元", AmountUnit.YUAN.symbol());
        assertEquals("万元", AmountUnit.TEN_THOUSAND_YUAN.symbol());
        assertEquals("", AmountUnit.UNSTATED.symbol());
        assertEquals(List.of(AmountUnit.YUAN, AmountUnit.TEN_THOUSAND_YUAN, AmountUnit.UNSTATED),
                List.of(AmountUnit.values()));
    }

    @Test
    void fromSymbolFindsThePrintedUnits() {
        assertEquals(Optional.of(AmountUnit.YUAN), AmountUnit.fromSymbol("元"));
        assertEquals(Optional.of(AmountUnit.TEN_THOUSAND_YUAN), AmountUnit.fromSymbol("万元"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "千元", "亿元", "万", "元 ", "yuan", "RMB"})
    void fromSymbolFindsNothingElseNotEvenUnstated(String symbol) {
        assertEquals(Optional.empty(), AmountUnit.fromSymbol(symbol));
    }

    @Test
    void fromSymbolRejectsNull() {
        assertThrows(NullPointerException.class, () -> AmountUnit.fromSymbol(null));
    }
}
