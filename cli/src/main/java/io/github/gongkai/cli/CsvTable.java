package io.github.gongkai.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a table as CSV (RFC 4180): a header row, then one line per row, fields separated by commas and quoted
 * ({@code "…"}, a quote doubled) when they hold a comma, a quote or a line break. UTF-8.
 *
 * <p>Plain, it ends lines with {@code \n} and writes no byte order mark: what pandas, R and Unix tools read. With
 * {@code excel}, it begins with the UTF-8 byte order mark (EF BB BF), without which Excel on a Chinese system
 * opens a UTF-8 file as GBK and garbles every Chinese character, and ends lines with {@code \r\n}, as RFC 4180
 * prescribes and Excel writes (Excel also reads {@code \n}; the BOM is what matters).
 *
 * <p>A row is a list of values, one per column: a {@code String}, a {@code Long} or {@code Integer}, a
 * {@code BigDecimal} (written in plain notation, scale kept) or null for an empty field. The text of a
 * {@linkplain ExportColumn#text() text column} is guarded against formula injection (OWASP): a field a spreadsheet
 * would take for a formula — it starts with {@code = + - @}, a tab or a carriage return, possibly after single
 * quotes — gets one more single quote in front ({@code =HYPERLINK(…)} is written {@code '=HYPERLINK(…)}). A plain
 * number ({@code -3}, {@code +5}, {@code 1.50}) is not a formula and is written as it is. To recover the text,
 * drop one leading quote from a field that starts with quotes followed by one of those characters.
 */
final class CsvTable {

    /** The UTF-8 byte order mark, as the one character a writer encodes into EF BB BF. */
    static final char BOM = '\uFEFF';

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private final PrintWriter out;
    private final List<ExportColumn> columns;
    private final String lineEnd;

    /**
     * Starts a table: writes the byte order mark if asked, then the header row.
     *
     * @param out where to write
     * @param columns the columns
     * @param excel whether to write for Excel: a byte order mark and {@code \r\n} line ends
     */
    CsvTable(PrintWriter out, List<ExportColumn> columns, boolean excel) {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.lineEnd = excel ? "\r\n" : "\n";
        if (excel) {
            out.print(BOM);
        }
        out.print(String.join(",", ExportColumn.names(columns)) + lineEnd);
    }

    /** The header row of a table with the given columns. */
    static String header(List<ExportColumn> columns) {
        return String.join(",", ExportColumn.names(columns));
    }

    /**
     * Writes a row.
     *
     * @param values one value per column
     * @throws IllegalArgumentException if the row has not one value per column
     */
    void row(List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values.get(i);
            String text = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            line.append(quote(columns.get(i).text() ? guard(text) : text));
        }
        out.print(line.append(lineEnd));
    }

    /** Quotes a field when it holds a comma, a quote or a line break. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
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
