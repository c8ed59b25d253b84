package io.github.gongkai.core;

import static io.github.gongkai.core.FeeRow.INFORMATION_PROCESSING_FEES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeeRowTest {

    @Test
    void oneRow() {
        assertEquals(List.of(INFORMATION_PROCESSING_FEES), List.of(FeeRow.values()));
        assertEquals("informationProcessingFees", INFORMATION_PROCESSING_FEES.key());
        assertSame(ReportTable.S6, INFORMATION_PROCESSING_FEES.table());
    }

    @Test
    void exists2021OnlyWithThreeCells() {
        assertTrue(INFORMATION_PROCESSING_FEES.existsIn(Edition.V2021));
        assertFalse(INFORMATION_PROCESSING_FEES.existsIn(Edition.V2019));
        assertEquals(List.of(FeeColumn.NOTICES_ISSUED, FeeColumn.AMOUNT_NOTICED, FeeColumn.AMOUNT_COLLECTED),
                INFORMATION_PROCESSING_FEES.columns(Edition.V2021));
        assertEquals(List.of(), INFORMATION_PROCESSING_FEES.columns(Edition.V2019));
    }

    @Test
    void labels() {
        assertEquals("信息处理费", INFORMATION_PROCESSING_FEES.label(Edition.V2021));
        assertEquals("信息处理费", INFORMATION_PROCESSING_FEES.qualifiedLabel(Edition.V2021));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> INFORMATION_PROCESSING_FEES.label(Edition.V2019));
        assertTrue(e.getMessage().contains("S6/informationProcessingFees"), e.getMessage());
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> INFORMATION_PROCESSING_FEES.qualifiedLabel(Edition.V2019));
    }

    @Test
    void fromKey() {
        assertEquals(Optional.of(INFORMATION_PROCESSING_FEES), FeeRow.fromKey("informationProcessingFees"));
        assertEquals(Optional.empty(), FeeRow.fromKey("信息处理费"));
        assertEquals(Optional.empty(), FeeRow.fromKey("fees"));
        assertThrows(NullPointerException.class, () -> FeeRow.fromKey(null));
        assertThrows(NullPointerException.class, () -> INFORMATION_PROCESSING_FEES.existsIn(null));
    }

    @Test
    void columnsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class,
                () -> INFORMATION_PROCESSING_FEES.columns(Edition.V2021).remove(0));
    }
}
