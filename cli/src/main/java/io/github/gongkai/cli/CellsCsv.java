package io.github.gongkai.cli;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.Provenance;
import java.io.PrintWriter;

/**
 * Tidy CSV, one row per cell: the shape researchers load into pandas, R or a spreadsheet. RFC 4180 quoting,
 * UTF-8, header row first.
 *
 * <p>Columns: {@code source, organ, year, edition, cell, label, kind, value, unit, raw}. {@code kind} is
 * {@code count}, {@code signed}, {@code amount}, {@code blank} or {@code na}; {@code value} is the number
 * (an amount in plain decimal notation, scale as printed), empty for blank and placeholder cells;
 * {@code unit} is 元 or 万元 for amounts whose unit is known; {@code raw} is the cell's text as printed on the
 * page, or the value's canonical text for a report read from JSON.
 */
final class CellsCsv {

    static final String HEADER = "source,organ,year,edition,cell,label,kind,value,unit,raw";

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
                    : value.toString();
            out.println(prefix + cell.ref() + "," + field(cell.ref().label(report.edition())) + "," + kind(value) + ","
                    + number(value) + "," + unit(value) + "," + field(raw));
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
        return value instanceof CellValue.NotApplicable ? "na" : "blank";
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

    /** Quotes a field when it holds a comma, quote or line break. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
