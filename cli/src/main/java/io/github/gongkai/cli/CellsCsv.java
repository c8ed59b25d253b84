package io.github.gongkai.cli;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.Provenance;
import java.io.PrintWriter;
import java.util.regex.Pattern;

/**
 * Tidy CSV, one row per cell: the shape researchers load into pandas, R or a spreadsheet. RFC 4180 quoting,
 * UTF-8, header row first.
 *
 * <p>Columns: {@code source, organ, year, edition, cell, label, kind, value, unit, raw, status, reason}.
 * {@code kind} is {@code count}, {@code signed}, {@code amount}, {@code blank}, {@code na} or {@code unread};
 * {@code value} is the number (an amount in plain decimal notation, scale as printed), empty for blank,
 * placeholder and unread cells; {@code unit} is 元 or 万元 for amounts whose unit is known; {@code raw} is the
 * cell's text as printed on the page, or for a report read from JSON the value's canonical text (for an unread
 * cell, its run's digits or its total's value, else empty). {@code status} says whether the cell was read:
 * {@code read} (a number), {@code blank}, {@code placeholder} or {@code unread}; {@code reason} is the unread
 * cell's reason key ({@code ambiguous}, {@code inconsistent}, {@code notFound}, {@code damaged}, {@code merged}),
 * empty for the others. The two were added last, so that a tool reading the columns by position still finds
 * the first ten where they were.
 *
 * <p>Text fields ({@code source, organ, label, raw}) are guarded against formula injection as OWASP
 * advises: a field that a spreadsheet would take for a formula — it starts with {@code = + - @}, a tab or a
 * carriage return, possibly after single quotes — gets one more single quote in front
 * ({@code =HYPERLINK(…)} is written {@code '=HYPERLINK(…)}). A plain number ({@code -3}, {@code +5},
 * {@code 1.50}) is not a formula and is written as it is. To recover the text, drop one leading quote from a
 * field that starts with quotes followed by one of those characters.
 */
final class CellsCsv {

    static final String HEADER = "source,organ,year,edition,cell,label,kind,value,unit,raw,status,reason";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private final PrintWriter out;

    CellsCsv(PrintWriter out) {
        this.out = out;
        out.println(HEADER);
    }

    void write(Loaded.Read input) {
        Report report = input.report();
        String prefix = field(input.source()) + "," + field(report.header().organName()) + ","
                + report.header().reportYear() + "," + report.edition().key() + ",";
        for (Cell cell : report.cells()) {
            CellValue value = cell.value();
            String raw = input.reading().isPresent()
                    ? input.reading().get().provenance(cell.ref()).map(Provenance::raw).orElse("")
                    : value instanceof CellValue.Unread unread ? UnreadListing.printed(unread) : value.toString();
            out.println(prefix + cell.ref() + "," + field(cell.ref().label(report.edition())) + "," + kind(value) + ","
                    + number(value) + "," + unit(value) + "," + field(raw) + "," + status(value) + ","
                    + (value instanceof CellValue.Unread unread ? unread.reason().key() : ""));
        }
    }

    private static String kind(CellValue value) {
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

    private static String number(CellValue value) {
        if (value instanceof CellValue.Count count) {
            return Long.toString(count.value());
        }
        if (value instanceof CellValue.SignedCount signed) {
            return Long.toString(signed.value());
        }
        if (value instanceof CellValue.Amount amount) {
            return amount.value().toPlainString();
        }
        return "";
    }

    private static String unit(CellValue value) {
        return value instanceof CellValue.Amount amount ? amount.unit().symbol() : "";
    }

    /** A text field: guarded against formula injection, then quoted when it holds a comma, quote or line break. */
    static String field(String text) {
        String guarded = guard(text);
        if (guarded.indexOf(',') < 0 && guarded.indexOf('"') < 0 && guarded.indexOf('\n') < 0
                && guarded.indexOf('\r') < 0) {
            return guarded;
        }
        return '"' + guarded.replace("\"", "\"\"") + '"';
    }

    /** Prefixes a single quote to text a spreadsheet would run as a formula (OWASP CSV injection). */
    static String guard(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length() || "=+-@\t\r".indexOf(text.charAt(i)) < 0) {
            return text;
        }
        return i == 0 && PLAIN_NUMBER.matcher(text).matches() ? text : "'" + text;
    }

}
