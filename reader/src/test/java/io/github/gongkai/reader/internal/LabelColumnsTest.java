package io.github.gongkai.reader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelColumnsTest {

    private static final Token.Kind E = Token.Kind.EMPTY;
    private static final Token.Kind T = Token.Kind.TEXT;
    private static final Token.Kind V = Token.Kind.VALUE;

    /** Feeds one row of tokens: each kind with its text (the empty text for an empty cell). */
    private static void row(LabelColumns columns, Object... kindsAndTexts) {
        for (int i = 0; i < kindsAndTexts.length; i += 2) {
            String text = (String) kindsAndTexts[i + 1];
            Token t = new Token((Token.Kind) kindsAndTexts[i], text, text, 1, 1, null, i == 0, false);
            columns.token(t);
        }
    }

    /** The header of pandoc's Markdown of table 三: three empty label cells before 自然人. */
    private static LabelColumns afterHeader() {
        LabelColumns columns = new LabelColumns();
        row(columns, E, "", E, "", E, "", T, "自然人", T, "法人或其他组织", E, "", T, "总计");
        return columns;
    }

    @Test
    void theCellsBeforeTheFirstColumnInTheHeaderAreTheLabelColumns() {
        LabelColumns columns = afterHeader();
        row(columns, T, "一、本年新收政府信息公开申请数量");
        assertEquals(2, columns.afterLabel());
        row(columns, E, "", T, "（一）予以公开");
        assertEquals(1, columns.afterLabel());
        row(columns, E, "", T, "（三）不予公开", T, "1.属于国家秘密");
        assertEquals(0, columns.afterLabel());
    }

    @Test
    void theHeaderRowOfTheFirstColumnLaysOutTheValueColumns() {
        assertEquals(4, afterHeader().valueColumns());
        LabelColumns columns = new LabelColumns();
        row(columns, E, "", E, "", T, "自然人", T, "法人或其他组织", E, "", E, "", E, "", E, "", E, "", T, "总计");
        assertEquals(8, columns.valueColumns());
        LabelColumns later = new LabelColumns();
        row(later, E, "", T, "自然人", T, "法人或其他组织");
        row(later, T, "总计");
        assertEquals(0, later.valueColumns(), "总计 in another row");
        LabelColumns none = new LabelColumns();
        row(none, T, "自然人", T, "法人或其他组织", T, "总计");
        assertEquals(0, none.valueColumns(), "no label columns before 自然人");
    }

    @Test
    void aHeaderWithNoCellBeforeTheFirstColumnHasNoLabelColumns() {
        LabelColumns columns = new LabelColumns();
        row(columns, T, "自然人", T, "法人或其他组织", T, "总计");
        row(columns, T, "一、本年新收政府信息公开申请数量");
        assertEquals(0, columns.afterLabel());
    }

    @Test
    void theFirstHeaderCountsAndALaterOneDoesNot() {
        LabelColumns columns = afterHeader();
        row(columns, E, "", T, "自然人");
        row(columns, T, "一、本年新收政府信息公开申请数量");
        assertEquals(2, columns.afterLabel());
    }

    @Test
    void aLabelAfterAValueInItsRowHasNoKnownColumn() {
        LabelColumns columns = afterHeader();
        // After a number, a cell may have made several tokens: the label's column is not known.
        row(columns, E, "", V, "5", T, "（一）予以公开");
        assertEquals(0, columns.afterLabel());
        row(columns, T, "二、上年结转政府信息公开申请数量");
        assertEquals(2, columns.afterLabel());
    }

    @Test
    void aLabelPastTheLabelColumnsHasNoneAfterIt() {
        LabelColumns columns = afterHeader();
        row(columns, E, "", E, "", E, "", T, "其他");
        assertEquals(0, columns.afterLabel());
    }
}
