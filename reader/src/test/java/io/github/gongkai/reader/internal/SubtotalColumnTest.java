package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Pieces.Piece;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a row of table 三 with eight values has its 法人或其他组织 subtotal: the place its sums show, over the
 * header; never a guess when both places add up with different results and no row has shown which it is.
 * Positions are from 0: 1 is right after 自然人, 6 right before 总计.
 */
class SubtotalColumnTest {

    private static final String HEADER_LAST = "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 小计";
    private static final String HEADER_FIRST = "申请人情况 自然人 法人或其他组织 总计 小计 商业企业 科研机构 社会公益组织 法律服务机构 其他";

    private static List<Piece> row(long... values) {
        List<Piece> pieces = new ArrayList<>();
        for (long v : values) {
            pieces.add(new Piece(Long.toString(v), Long.toString(v), SourcePosition.line(1, 1), false));
        }
        return pieces;
    }

    /** Only one kind of organisation applied: both places add up, and dropping either gives another row. */
    private static final List<Piece> BOTH = row(10, 2, 0, 0, 0, 0, 2, 12);
    /** Several kinds: only the last place adds up. */
    private static final List<Piece> LAST = row(120, 30, 2, 1, 3, 4, 40, 160);
    /** Several kinds: only the first place adds up. */
    private static final List<Piece> FIRST = row(120, 40, 30, 2, 1, 3, 4, 160);

    @Test
    void theHeaderPlacesItWhereNoRowSaysOtherwise() {
        SubtotalColumn column = new SubtotalColumn(new StringBuilder(HEADER_LAST), new Warnings(), new LabelColumns());
        assertEquals(6, column.find(BOTH));
        assertEquals(6, column.find(LAST));
    }

    @Test
    void withoutAHeaderARowThatAddsUpBothWaysWaitsForARowThatShowsThePlace() {
        SubtotalColumn column = new SubtotalColumn(new StringBuilder("申请人情况"), new Warnings(), new LabelColumns());
        assertEquals(SubtotalColumn.CONFLICT, column.find(BOTH));
        assertEquals(1, column.find(FIRST));
        assertEquals(1, column.find(BOTH));
        assertEquals(1, column.find(row(0, 0, 0, 0, 0, 0, 0, 0)));
    }

    @Test
    void theSumsOverruleAShiftedHeaderAndSaySo() {
        Warnings warnings = new Warnings();
        SubtotalColumn column = new SubtotalColumn(new StringBuilder(HEADER_FIRST), warnings, new LabelColumns());
        assertEquals(6, column.find(LAST));
        assertEquals(6, column.find(BOTH), "the place the rows have shown, not the refuted header's");
        ReadingWarning w = warnings.list().get(0);
        assertEquals(ReadingWarning.Code.SUBTOTAL_COLUMN_SKIPPED, w.code());
        assertTrue(w.message().contains("the header names position 2, which the sums refute"), w.message());
    }

    @Test
    void rowsThatDisagreeOnThePlaceLeaveTheLaterOneUnplaced() {
        SubtotalColumn column = new SubtotalColumn(new StringBuilder("申请人情况"), new Warnings(), new LabelColumns());
        assertEquals(6, column.find(LAST));
        assertEquals(SubtotalColumn.CONFLICT, column.find(FIRST));
    }

    @Test
    void aRefutedHeaderAndNoShownPlaceLeaveARowWithBlanksUnplaced() {
        SubtotalColumn column = new SubtotalColumn(new StringBuilder(HEADER_FIRST), new Warnings(), new LabelColumns());
        List<Piece> withBlank = row(1, 1, 0, 0, 0, 0, 1, 2);
        withBlank.set(3, new Piece("", "", SourcePosition.line(1, 1), false));
        assertEquals(1, column.find(withBlank), "the header's place until a row refutes it");
    }
}
