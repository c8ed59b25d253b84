package io.github.gongkai.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a table the CLI exports (the cells and findings CSV, their sheets in the workbook): its name,
 * its Table Schema type, whether it holds free text (which the CSV guards against formula injection) and what it
 * means. The same list writes the CSV header, the {@code datapackage.json} schema and the workbook's header row.
 *
 * @param name the column's name in the header
 * @param type its Table Schema type
 * @param text whether it holds text from the page, a file name or a message (guarded in CSV)
 * @param description what it holds, for the data package
 * @param values the only values it may hold besides the empty one, or empty for any
 */
record ExportColumn(String name, Type type, boolean text, String description, List<String> values) {

    ExportColumn {
        values = List.copyOf(values);
    }

    /** The Table Schema types the exports use. */
    enum Type {
        /** Any text. */
        STRING,
        /** A whole number, in decimal digits with an optional sign. */
        INTEGER,
        /** A decimal number in plain notation. */
        NUMBER;

        /** The type's name in a Table Schema. */
        String schemaName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A column of free text. */
    static ExportColumn text(String name, String description) {
        return new ExportColumn(name, Type.STRING, true, description, List.of());
    }

    /** A column of keys the CLI writes itself (never page text). */
    static ExportColumn key(String name, String description, String... values) {
        return new ExportColumn(name, Type.STRING, false, description, List.of(values));
    }

    /** A column of numbers of the given type. */
    static ExportColumn number(String name, Type type, String description) {
        return new ExportColumn(name, type, false, description, List.of());
    }

    /**
     * The columns that name the report a row belongs to, first in every table the CLI exports (cells, findings),
     * followed by the table's own.
     *
     * @param own the table's own columns, in order
     * @return all the columns, in order
     */
    static List<ExportColumn> reportAnd(ExportColumn... own) {
        List<ExportColumn> all = new ArrayList<>(List.of(
                text("source", "the input file, or file:line for a line of a JSON Lines file"),
                text("organ", "the reporting organ's name"),
                number("year", Type.INTEGER, "the year reported on"),
                key("edition", "the edition of the format", "2019", "2021")));
        all.addAll(List.of(own));
        return List.copyOf(all);
    }

    /** The header line's names, in order. */
    static List<String> names(List<ExportColumn> columns) {
        return columns.stream().map(ExportColumn::name).toList();
    }
}
