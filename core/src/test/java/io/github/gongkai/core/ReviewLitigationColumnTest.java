package io.github.gongkai.core;

import static io.github.gongkai.core.ReviewLitigationColumn.CORRECTED;
import static io.github.gongkai.core.ReviewLitigationColumn.OTHER_OUTCOME;
import static io.github.gongkai.core.ReviewLitigationColumn.PENDING;
import static io.github.gongkai.core.ReviewLitigationColumn.TOTAL;
import static io.github.gongkai.core.ReviewLitigationColumn.UPHELD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReviewLitigationColumnTest {

    @Test
    void keysAndLabelsInPrintedOrder() {
        List<String> actual = new ArrayList<>();
        for (ReviewLitigationColumn column : ReviewLitigationColumn.values()) {
            actual.add(column.key() + "=" + column.label());
        }
        assertEquals(List.of("upheld=结果维持", "corrected=结果纠正", "otherOutcome=其他结果", "pending=尚未审结",
                "total=总计"), actual);
    }

    @Test
    void componentsOfTheTotal() {
        assertEquals(List.of(UPHELD, CORRECTED, OTHER_OUTCOME, PENDING), ReviewLitigationColumn.components());
        assertThrows(UnsupportedOperationException.class, () -> ReviewLitigationColumn.components().add(TOTAL));
    }

    @ParameterizedTest
    @EnumSource(ReviewLitigationColumn.class)
    void countsInBothEditions(ReviewLitigationColumn column) {
        assertSame(ReportTable.T4, column.table());
        assertEquals(ValueKind.COUNT, column.valueKind());
        assertEquals(AmountUnit.UNSTATED, column.headerUnit());
        for (Edition edition : Edition.values()) {
            assertTrue(column.existsIn(edition));
            assertEquals(column.label(), column.label(edition));
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewLitigationColumn.class)
    void fromKeyAndFromLabelRoundTrip(ReviewLitigationColumn column) {
        assertEquals(Optional.of(column), ReviewLitigationColumn.fromKey(column.key()));
        assertEquals(Optional.of(column), ReviewLitigationColumn.fromLabel(column.label()));
    }

    @Test
    void lookUpsFindNothingForOtherText() {
        assertEquals(Optional.empty(), ReviewLitigationColumn.fromLabel("维持"));
        assertEquals(Optional.empty(), ReviewLitigationColumn.fromKey("naturalPerson"));
        assertThrows(NullPointerException.class, () -> ReviewLitigationColumn.fromKey(null));
        assertThrows(NullPointerException.class, () -> ReviewLitigationColumn.fromLabel(null));
    }
}
