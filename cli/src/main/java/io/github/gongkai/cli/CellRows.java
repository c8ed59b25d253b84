package io.github.gongkai.cli;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.Provenance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The tidy table of cells, one row per cell: the shape researchers load into pandas, R or a spreadsheet, written
 * as CSV ({@code convert --to cells}) and as the workbook's {@code cells} sheet.
 *
 * <p>Columns, in this order: {@code source, organ, year, edition, cell, label, kind, value, unit, raw, status,
 * reason} (as before issue 17, so that a tool reading the columns by position still finds them), then
 * {@code table, row, column, printed}:
 * <ul>
 * <li>{@code kind}: {@code count}, {@code signed}, {@code amount}, {@code blank}, {@code na} or {@code unread};
 * <li>{@code value}: the number (an amount in plain decimal notation, scale as printed), empty for blank,
 * placeholder and unread cells;
 * <li>{@code unit}: 元 or 万元 for an amount whose unit is known;
 * <li>{@code raw}: the cell's text as printed on the page, or for a report read from JSON the value's canonical
 * text (for an unread cell its run's digits or its total's value, else empty);
 * <li>{@code status}: {@code read} (a number), {@code blank}, {@code placeholder} or {@code unread};
 * {@code reason}: the unread cell's reason key, empty for the others;
 * <li>{@code table, row, column}: the three keys of the cell's reference ({@code T3}, {@code withheld.stateSecret},
 * {@code naturalPerson});
 * <li>{@code printed}: the value as the tables print it, without its unit, between square brackets:
 * {@code [0.00]}, {@code [12]}, {@code [+3]}, {@code [/]}, {@code [?]} for an unread cell, empty for a blank one.
 * </ul>
 *
 * <p>Why the brackets: pandas (and R, and a spreadsheet) reads a column whose values all look like numbers as
 * numbers, and {@code 0.00} becomes {@code 0.0}, the same as the count {@code 0}. pandas decides per block of
 * 262 144 rows, so a column that is text only because some row elsewhere holds text would change type from one
 * block to the next in a large corpus. A bracketed value is never a number, so {@code printed} is text in every
 * block, with no option: {@code printed.str[1:-1]} is the printed text, {@code "0.00"} apart from {@code "0"}.
 */
final class CellRows {

    /** The columns, in order. */
    static final List<ExportColumn> COLUMNS = ExportColumn.reportAnd(
            ExportColumn.key("cell", "the cell's reference TABLE/ROW/COLUMN"),
            ExportColumn.text("label", "the cell's official row and column labels"),
            ExportColumn.key("kind", "what the cell holds", "count", "signed", "amount", "blank", "na", "unread"),
            ExportColumn.number("value", ExportColumn.Type.NUMBER,
                    "the number, an amount with the scale printed; empty for blank, placeholder and unread cells"),
            ExportColumn.key("unit", "the unit of an amount whose unit is known", "元", "万元"),
            ExportColumn.text("raw", "the cell's text as printed on the page (from JSON: the value's canonical text)"),
            ExportColumn.key("status", "whether the cell was read", "read", "blank", "placeholder", "unread"),
            ExportColumn.key("reason", "why an unread cell was not read",
                    "ambiguous", "inconsistent", "notFound", "damaged", "merged"),
            ExportColumn.key("table", "the table's key", "T2", "T3", "T4", "S6"),
            ExportColumn.key("row", "the row's key (group.row in a group)"),
            ExportColumn.key("column", "the column's key"),
            ExportColumn.text("printed", "the value as printed, without unit, in square brackets so that it is "
                    + "always text: [0.00] apart from [0]; [?] unread; empty for a blank cell"));

    /** The CSV header row. */
    static final String HEADER = CsvTable.header(COLUMNS);

    private CellRows() {
    }

    /**
     * Gives the rows of a report's cells, in canonical order, one value per column: {@code year} an
     * {@code Integer}, {@code value} a {@code Long} for a count or a {@code BigDecimal} for an amount (or null),
     * every other value a {@code String} or null for an empty field.
     *
     * @param input the report and where it came from
     * @param sink receives each row
     */
    static void of(Loaded.Read input, Consumer<List<Object>> sink) {
        Report report = input.report();
        for (Cell cell : report.cells()) {
            CellRef ref = cell.ref();
            CellValue value = cell.value();
            String raw = input.reading().isPresent()
                    ? input.reading().get().provenance(ref).map(Provenance::raw).orElse("")
                    : value instanceof CellValue.Unread unread ? UnreadListing.printed(unread) : value.toString();
            List<Object> row = new ArrayList<>(Arrays.asList(input.source(), report.header().organName(),
                    report.header().reportYear(), report.edition().key(), ref.toString(),
                    ref.label(report.edition()), kind(value), number(value),
                    value instanceof CellValue.Amount amount ? empty(amount.unit().symbol()) : null, raw,
                    status(value), value instanceof CellValue.Unread unread ? unread.reason().key() : null,
                    ref.table().key(), ref.row().key(), ref.column().key(), printed(value)));
            sink.accept(row);
        }
    }

    private static String empty(String text) {
        return text.isEmpty() ? null : text;
    }

    static String kind(CellValue value) {
        if (value instanceof CellValue.Count) {
            return "count";
        }
        if (value instanceof CellValue.SignedCount) {
            return "signed";
        }
        if (value instanceof CellValue.Amount) {
            return "amount";
        }
        if (value instanceof CellValue.Unread) {
            return "unread";
        }
        return value instanceof CellValue.NotApplicable ? "na" : "blank";
    }

    /** Whether the cell was read: {@code read} (a number), {@code blank}, {@code placeholder} or {@code unread}. */
    private static String status(CellValue value) {
        if (value.isNumber()) {
            return "read";
        }
        if (value instanceof CellValue.Unread) {
            return "unread";
        }
        return value instanceof CellValue.NotApplicable ? "placeholder" : "blank";
    }

    /** The number: a {@code Long} for a count or signed count, a {@code BigDecimal} for an amount, else null. */
    private static Object number(CellValue value) {
        if (value instanceof CellValue.Count count) {
            return count.value();
        }
        if (value instanceof CellValue.SignedCount signed) {
            return signed.value();
        }
        return value instanceof CellValue.Amount amount ? amount.value() : null;
    }

    /**
     * The value as printed, without unit, in square brackets ({@code [0.00]}, {@code [+3]}, {@code [/]},
     * {@code [?]}); null for a blank cell.
     *
     * @param value the value
     * @return the bracketed text, or null
     */
    static String printed(CellValue value) {
        String text;
        if (value instanceof CellValue.Amount amount) {
            text = amount.value().toPlainString();
        } else if (value instanceof CellValue.Unread) {
            text = "?";
        } else {
            text = value.toString(); // a count's digits, a signed count's sign, a placeholder as printed
        }
        return text.isEmpty() ? null : "[" + text + "]";
    }
}
