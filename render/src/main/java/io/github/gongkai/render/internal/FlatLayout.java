package io.github.gongkai.render.internal;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a report's tables out for the flat formats (Markdown and text), where no cell spans another: table 二
 * one table per item of article 20, table 三 with the group labels in front of each row's own and the
 * organisation heading as a {@link FlatTable.Group}, table 四 one row per group.
 */
final class FlatLayout {

    private final Report report;
    private final Edition edition;
    private final ReportFormat format;

    private FlatLayout(Report report) {
        this.report = report;
        this.edition = report.edition();
        this.format = ReportFormat.of(edition);
    }

    /** Returns the sections of a report's tables in printed order. */
    static List<FlatTable.Section> of(Report report) {
        return new FlatLayout(report).sections();
    }

    private List<FlatTable.Section> sections() {
        List<FlatTable.Section> sections = new ArrayList<>(4);
        for (ReportTable table : format.tables()) {
            sections.add(new FlatTable.Section(table.label(), switch (table) {
                case T2 -> activeDisclosure();
                case T3 -> List.of(applications());
                case T4, S6 -> List.of(simple(table));
            }));
        }
        return sections;
    }

    private List<FlatTable> activeDisclosure() {
        List<FlatTable> blocks = new ArrayList<>();
        String block = null;
        List<FlatTable.Row> rows = null;
        List<String> header = null;
        for (TableRow tableRow : format.rows(ReportTable.T2)) {
            ActiveDisclosureRow row = (ActiveDisclosureRow) tableRow;
            if (!row.block().equals(block)) {
                if (block != null) {
                    blocks.add(new FlatTable(block, header, null, rows));
                }
                block = row.block();
                rows = new ArrayList<>();
                header = new ArrayList<>();
                header.add(ActiveDisclosureRow.CONTENT_LABEL);
                for (TableColumn column : row.columns(edition)) {
                    header.add(column.label(edition));
                }
            }
            rows.add(row(row, row.label(edition)));
        }
        blocks.add(new FlatTable(block, header, null, rows));
        return blocks;
    }

    private FlatTable applications() {
        List<String> header = new ArrayList<>();
        header.add(ApplicantColumn.APPLICANTS_LABEL);
        int first = -1;
        int count = 0;
        for (TableColumn column : format.columns(ReportTable.T3)) {
            if (((ApplicantColumn) column).isOrganization()) {
                first = first < 0 ? header.size() : first;
                count++;
            }
            header.add(column.label(edition));
        }
        List<FlatTable.Row> rows = new ArrayList<>();
        for (TableRow tableRow : format.rows(ReportTable.T3)) {
            rows.add(row(tableRow, applicationLabel((ApplicationRow) tableRow)));
        }
        return new FlatTable(ApplicationRow.BALANCE_NOTE, header,
                new FlatTable.Group(ApplicantColumn.ORGANIZATIONS_LABEL, first, count), rows);
    }

    /** The row's label with the labels of the headings spanning it in front: 三、本年度办理结果 （三）不予公开 1.… */
    private String applicationLabel(ApplicationRow row) {
        StringBuilder label = new StringBuilder();
        if (row.kind() == ApplicationRow.Kind.OUTCOME || row.kind() == ApplicationRow.Kind.OUTCOME_TOTAL) {
            label.append(ApplicationRow.RESULTS_LABEL).append(' ');
        }
        row.group().ifPresent(group -> label.append(group.label()).append(' '));
        return label.append(row.label(edition)).toString();
    }

    /** Table 四 or section 六: a row per row of the model, its columns as the header. */
    private FlatTable simple(ReportTable table) {
        List<String> header = new ArrayList<>();
        header.add("");
        for (TableColumn column : format.columns(table)) {
            header.add(column.label(edition));
        }
        List<FlatTable.Row> rows = new ArrayList<>();
        for (TableRow row : format.rows(table)) {
            rows.add(row(row, row.qualifiedLabel(edition)));
        }
        return new FlatTable(null, header, null, rows);
    }

    private FlatTable.Row row(TableRow row, String label) {
        List<String> values = new ArrayList<>();
        for (TableColumn column : row.columns(edition)) {
            values.add(CellText.of(report.get(new CellRef(row, column)), column, edition));
        }
        return new FlatTable.Row(label, values);
    }
}
