package io.github.gongkai.render.internal;

import io.github.gongkai.core.Report;
import java.io.IOException;

/**
 * Writes the flat layout as GitHub-flavoured Markdown: the title as a level-1 heading, each section's heading
 * at level 2, each table a pipe table (labels left, values right) with its title line above it. A pipe table has
 * one header row, so a group heading is written in front of each of its columns' ({@value #LEVEL} between).
 * Every text is escaped ({@link Escapes#markdown}).
 */
final class MarkdownWriter {

    /** Joins a column's heading to the group heading printed above it: 法人或其他组织：商业企业. */
    static final String LEVEL = "：";

    private MarkdownWriter() {
    }

    static void write(Report report, Appendable out) throws IOException {
        out.append("# ");
        Escapes.markdown(Writers.title(report), out);
        out.append('\n');
        for (FlatTable.Section section : FlatLayout.of(report)) {
            out.append("\n## ");
            Escapes.markdown(section.heading(), out);
            out.append('\n');
            for (FlatTable table : section.tables()) {
                table(table, out);
            }
        }
    }

    private static void table(FlatTable table, Appendable out) throws IOException {
        out.append('\n');
        if (table.title() != null) {
            Escapes.markdown(table.title(), out);
            out.append("\n\n");
        }
        out.append('|');
        for (int i = 0; i < table.header().size(); i++) {
            FlatTable.Group group = table.group();
            cell(group != null && group.spans(i) ? group.label() + LEVEL + table.header().get(i)
                    : table.header().get(i), out);
        }
        out.append("\n| :--- |");
        for (int i = 1; i < table.header().size(); i++) {
            out.append(" ---: |");
        }
        out.append('\n');
        for (FlatTable.Row row : table.rows()) {
            out.append('|');
            cell(row.label(), out);
            for (String value : row.values()) {
                cell(value, out);
            }
            out.append('\n');
        }
    }

    private static void cell(String text, Appendable out) throws IOException {
        out.append(' ');
        Escapes.markdown(text, out);
        out.append(" |");
    }
}
