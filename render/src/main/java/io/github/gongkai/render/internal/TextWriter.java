package io.github.gongkai.render.internal;

import io.github.gongkai.core.Report;
import java.io.IOException;
import java.util.List;

/**
 * Writes the flat layout as plain text: the title, each section's heading, each table's title line, then the
 * table with its columns between {@code |} and aligned for a monospaced font ({@link DisplayWidth}): labels and
 * headings padded on the right, values on the left. The bars keep an empty cell in its column. A group heading
 * (法人或其他组织) is a line above the header, one cell spanning its columns.
 */
final class TextWriter {

    private TextWriter() {
    }

    static void write(Report report, Appendable out) throws IOException {
        out.append(Writers.title(report)).append('\n');
        for (FlatTable.Section section : FlatLayout.of(report)) {
            out.append('\n').append(section.heading()).append('\n');
            for (FlatTable table : section.tables()) {
                table(table, out);
            }
        }
    }

    private static void table(FlatTable table, Appendable out) throws IOException {
        List<String> header = table.header();
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(header.get(i));
        }
        for (FlatTable.Row row : table.rows()) {
            widths[0] = Math.max(widths[0], DisplayWidth.of(row.label()));
            for (int i = 0; i < row.values().size(); i++) {
                widths[i + 1] = Math.max(widths[i + 1], DisplayWidth.of(row.values().get(i)));
            }
        }
        if (table.group() != null) {
            widen(table.group(), widths);
        }
        out.append('\n');
        if (table.title() != null) {
            out.append(table.title()).append('\n');
        }
        if (table.group() != null) {
            group(table.group(), widths, out);
        }
        out.append('|');
        for (int i = 0; i < widths.length; i++) {
            cell(header.get(i), widths[i], false, out);
        }
        out.append('\n');
        for (FlatTable.Row row : table.rows()) {
            out.append('|');
            cell(row.label(), widths[0], false, out);
            for (int i = 0; i < row.values().size(); i++) {
                cell(row.values().get(i), widths[i + 1], true, out);
            }
            out.append('\n');
        }
    }

    /** Widens the last column under a group heading if together they are narrower than the heading. */
    private static void widen(FlatTable.Group group, int[] widths) {
        int missing = DisplayWidth.of(group.label()) - spanWidth(group, widths);
        if (missing > 0) {
            widths[group.first() + group.count() - 1] += missing;
        }
    }

    /** The width inside the bars of the cell spanning the group's columns. */
    private static int spanWidth(FlatTable.Group group, int[] widths) {
        int width = 3 * (group.count() - 1);
        for (int i = group.first(); i < group.first() + group.count(); i++) {
            width += widths[i];
        }
        return width;
    }

    /** The line above the header: the group heading spanning its columns, the other cells empty. */
    private static void group(FlatTable.Group group, int[] widths, Appendable out) throws IOException {
        out.append('|');
        for (int i = 0; i < widths.length; i++) {
            if (i == group.first()) {
                cell(group.label(), spanWidth(group, widths), false, out);
                i += group.count() - 1;
            } else {
                cell("", widths[i], false, out);
            }
        }
        out.append('\n');
    }

    private static void cell(String text, int width, boolean right, Appendable out) throws IOException {
        int pad = width - DisplayWidth.of(text);
        out.append(' ');
        if (right) {
            spaces(pad, out);
        }
        out.append(text);
        if (!right) {
            spaces(pad, out);
        }
        out.append(" |");
    }

    private static void spaces(int count, Appendable out) throws IOException {
        for (int i = 0; i < count; i++) {
            out.append(' ');
        }
    }
}
