package io.github.gongkai.core;

import static io.github.gongkai.core.ReviewLitigationRow.ADMINISTRATIVE_REVIEW;
import static io.github.gongkai.core.ReviewLitigationRow.LITIGATION_AFTER_REVIEW;
import static io.github.gongkai.core.ReviewLitigationRow.LITIGATION_WITHOUT_REVIEW;
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

class ReviewLitigationRowTest {

    @Test
    void keysAndQualifiedLabelsInPrintedOrder() {
        List<String> actual = new ArrayList<>();
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            actual.add(row.key() + "=" + row.qualifiedLabel());
        }
        assertEquals(List.of("administrativeReview=行政复议", "litigationWithoutReview=行政诉讼 未经复议直接起诉",
                "litigationAfterReview=行政诉讼 复议后起诉"), actual);
    }

    @Test
    void labelsAndHeadings() {
        assertEquals("行政复议", ADMINISTRATIVE_REVIEW.label());
        assertEquals(Optional.empty(), ADMINISTRATIVE_REVIEW.parentLabel());
        assertEquals("未经复议直接起诉", LITIGATION_WITHOUT_REVIEW.label());
        assertEquals(Optional.of("行政诉讼"), LITIGATION_WITHOUT_REVIEW.parentLabel());
        assertEquals("复议后起诉", LITIGATION_AFTER_REVIEW.label());
        assertEquals(Optional.of("行政诉讼"), LITIGATION_AFTER_REVIEW.parentLabel());
    }

    @ParameterizedTest
    @EnumSource(ReviewLitigationRow.class)
    void sameInBothEditionsWithFiveColumns(ReviewLitigationRow row) {
        assertSame(ReportTable.T4, row.table());
        for (Edition edition : Edition.values()) {
            assertTrue(row.existsIn(edition));
            assertEquals(row.label(), row.label(edition));
            assertEquals(row.qualifiedLabel(), row.qualifiedLabel(edition));
            assertEquals(List.of(ReviewLitigationColumn.values()), row.columns(edition));
        }
    }

    @Test
    void fifteenCellsInEachEdition() {
        for (Edition edition : Edition.values()) {
            int cells = 0;
            for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
                cells += row.columns(edition).size();
            }
            assertEquals(15, cells, edition.key());
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewLitigationRow.class)
    void fromKeyAndFromLabelRoundTrip(ReviewLitigationRow row) {
        assertEquals(Optional.of(row), ReviewLitigationRow.fromKey(row.key()));
        assertEquals(Optional.of(row), ReviewLitigationRow.fromLabel(row.label()));
    }

    @Test
    void lookUpsFindNothingForOtherText() {
        assertEquals(Optional.empty(), ReviewLitigationRow.fromLabel("行政诉讼"));
        assertEquals(Optional.empty(), ReviewLitigationRow.fromLabel("行政诉讼 复议后起诉"));
        assertEquals(Optional.empty(), ReviewLitigationRow.fromKey("litigation"));
        assertThrows(NullPointerException.class, () -> ReviewLitigationRow.fromKey(null));
        assertThrows(NullPointerException.class, () -> ReviewLitigationRow.fromLabel(null));
        assertThrows(NullPointerException.class, () -> ADMINISTRATIVE_REVIEW.columns(null));
    }

    @Test
    void columnsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class,
                () -> ADMINISTRATIVE_REVIEW.columns(Edition.V2021).remove(0));
    }
}
