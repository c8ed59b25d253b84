package io.github.gongkai.core;

import static io.github.gongkai.core.FeeColumn.AMOUNT_COLLECTED;
import static io.github.gongkai.core.FeeColumn.AMOUNT_NOTICED;
import static io.github.gongkai.core.FeeColumn.NOTICES_ISSUED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeeColumnTest {

    @Test
    void keysAndLabelsInOrder() {
        List<String> actual = new ArrayList<>();
        for (FeeColumn column : FeeColumn.values()) {
            actual.add(column.key() + "=" + column.label(Edition.V2021));
        }
        assertEquals(List.of("noticesIssued=发出收费通知的件数", "amountNoticed=总金额", "amountCollected=实际收取的总金额"),
                actual);
    }

    @Test
    void valueKindsAndUnits() {
        // The fee figures are stated in 元.
        assertEquals(ValueKind.COUNT, NOTICES_ISSUED.valueKind());
        assertEquals(AmountUnit.UNSTATED, NOTICES_ISSUED.headerUnit());
        assertEquals(ValueKind.AMOUNT, AMOUNT_NOTICED.valueKind());
        assertEquals(AmountUnit.YUAN, AMOUNT_NOTICED.headerUnit());
        assertEquals(ValueKind.AMOUNT, AMOUNT_COLLECTED.valueKind());
        assertEquals(AmountUnit.YUAN, AMOUNT_COLLECTED.headerUnit());
    }

    @ParameterizedTest
    @EnumSource(FeeColumn.class)
    void exists2021Only(FeeColumn column) {
        assertSame(ReportTable.S6, column.table());
        assertTrue(column.existsIn(Edition.V2021));
        assertFalse(column.existsIn(Edition.V2019));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> column.label(Edition.V2019));
        assertTrue(e.getMessage().contains(column.key()), e.getMessage());
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(FeeColumn.class)
    void fromKeyRoundTrips(FeeColumn column) {
        assertEquals(Optional.of(column), FeeColumn.fromKey(column.key()));
    }

    @Test
    void fromKeyFindsNothingForOtherText() {
        assertEquals(Optional.empty(), FeeColumn.fromKey("总金额"));
        assertEquals(Optional.empty(), FeeColumn.fromKey("amount"));
        assertThrows(NullPointerException.class, () -> FeeColumn.fromKey(null));
        assertThrows(NullPointerException.class, () -> AMOUNT_NOTICED.existsIn(null));
    }
}
