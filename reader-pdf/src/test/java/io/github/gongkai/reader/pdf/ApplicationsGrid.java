package io.github.gongkai.reader.pdf;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationGroup;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.util.List;

/**
 * Lays out table 三 (收到和处理政府信息公开申请情况) as the official template and the corpus print it: ten columns —
 * the group column of 三、本年度办理结果, the sub-group column of （三）不予公开 and the like, the row labels, then
 * 自然人, the five 法人或其他组织 columns and 总计. Three header rows: the 勾稽关系 note over the three label
 * columns, 申请人情况 over the seven number columns, 法人或其他组织 over its five. Rows 一、二 and 四 span the three
 * label columns, ungrouped outcome rows the last two; group labels are merged cells spanning their rows.
 *
 * <p>The layout decides the widths and how labels are set: {@link Layout.Feature#WRAPPED_LABELS} wraps long
 * labels onto 2–3 lines in a table as wide as the text block (as the corpus), else the table is wider (40 pt
 * margins) and a label too long for one line is set smaller; {@link Layout.Feature#VERTICAL_GROUP_LABEL} prints
 * 三、本年度办理结果 one character a line in a narrow column, else it wraps in a wider one.
 */
final class ApplicationsGrid {

    /** The label of the group of outcome rows, a merged cell in the first column. */
    static final String OUTCOMES_LABEL = "三、本年度办理结果";
    /** The note over the label columns, printed in the table's header. */
    static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private static final TableGrid.Style HEADER = new TableGrid.Style(9f, TableGrid.Align.CENTRE, true, false);
    private static final TableGrid.Style NUMBER = new TableGrid.Style(10.5f, TableGrid.Align.CENTRE, false, false);

    private ApplicationsGrid() {
    }

    /**
     * Returns the table's left edge in a layout.
     *
     * @param layout the layout
     * @return the left edge
     */
    static float left(Layout layout) {
        return layout.has(Layout.Feature.WRAPPED_LABELS) ? PdfCanvas.LEFT : 40;
    }

    /**
     * Lays out table 三.
     *
     * @param report the report
     * @param layout the layout
     * @return the grid
     */
    static TableGrid applications(Report report, Layout layout) {
        boolean wrapped = layout.has(Layout.Feature.WRAPPED_LABELS);
        boolean vertical = layout.has(Layout.Feature.VERTICAL_GROUP_LABEL);
        float total = wrapped ? PdfCanvas.RIGHT - PdfCanvas.LEFT : PdfCanvas.PAGE_WIDTH - 80;
        float number = wrapped ? 28 : 26;
        float group = vertical ? 22 : 40;
        float subGroup = 64;
        float[] widths = {group, subGroup, total - group - subGroup - 7 * number, number, number, number, number,
            number, number, number};
        TableGrid grid = new TableGrid(widths);
        header(grid, layout);
        TableGrid.Style label = new TableGrid.Style(wrapped ? 9.5f : 9f, TableGrid.Align.LEFT, wrapped, false);
        TableGrid.Style groupStyle = new TableGrid.Style(9f, TableGrid.Align.CENTRE, wrapped, false);
        Edition edition = report.edition();
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        int firstOutcome = -1;
        int lastOutcome = -1;
        ApplicationGroup open = null;
        for (ApplicationRow row : rows) {
            int r = grid.row(16);
            ApplicationGroup g = row.group().orElse(null);
            if (row.kind() == ApplicationRow.Kind.OUTCOME || row.kind() == ApplicationRow.Kind.OUTCOME_TOTAL) {
                firstOutcome = firstOutcome < 0 ? r : firstOutcome;
                lastOutcome = r;
                if (g == null) {
                    grid.put(r, 1, 1, 2, row.label(edition), label, null);
                } else {
                    if (g != open) {
                        int span = (int) rows.stream().filter(x -> x.group().orElse(null) == g).count();
                        grid.put(r, 1, span, 1, g.label(), groupStyle, null);
                    }
                    grid.put(r, 2, 1, 1, row.label(edition), label, null);
                }
            } else {
                grid.put(r, 0, 1, 3, row.label(edition), label, null);
            }
            open = g;
            for (ApplicantColumn column : ApplicantColumn.values()) {
                CellRef ref = CellRef.of(row, column);
                grid.put(r, 3 + column.ordinal(), 1, 1, PrintedValues.text(report.get(ref), column), NUMBER, ref);
            }
        }
        TableGrid.Style outcomes = new TableGrid.Style(10.5f, TableGrid.Align.CENTRE, true, vertical);
        grid.put(firstOutcome, 0, lastOutcome - firstOutcome + 1, 1, OUTCOMES_LABEL, outcomes, null);
        return grid;
    }

    /** The three header rows. */
    private static void header(TableGrid grid, Layout layout) {
        int top = grid.row(22);
        int middle = grid.row(22);
        int bottom = grid.row(36);
        grid.endHeader();
        grid.put(top, 0, 3, 3, BALANCE_NOTE, HEADER, null);
        grid.put(top, 3, 1, 7, "申请人情况", HEADER, null);
        grid.put(middle, 3, 2, 1, ApplicantColumn.NATURAL_PERSON.label(), HEADER, null);
        grid.put(middle, 4, 1, 5, ApplicantColumn.ORGANIZATIONS_LABEL, HEADER, null);
        grid.put(middle, 9, 2, 1, ReportGrids.headerWord(ApplicantColumn.TOTAL.label(), layout), HEADER, null);
        for (ApplicantColumn column : ApplicantColumn.components()) {
            if (column.isOrganization()) {
                grid.put(bottom, 3 + column.ordinal(), 1, 1, column.label(), HEADER, null);
            }
        }
    }
}
