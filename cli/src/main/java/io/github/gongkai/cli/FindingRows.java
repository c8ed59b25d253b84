package io.github.gongkai.cli;

import io.github.gongkai.core.Report;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.Suspect;
import io.github.gongkai.validation.ValidationResult;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The table of findings, one row per finding of every report checked: written as CSV ({@code check --format csv})
 * and as the workbook's {@code findings} sheet.
 *
 * <p>Columns: {@code source, organ, year, edition, rule, severity} ({@code ERROR}, {@code WARNING}, {@code INFO}),
 * {@code status} ({@code FAILED}, {@code NOT_ASSESSABLE}, or {@code UNREADABLE} for an input that could not be
 * read: its row has only {@code source} and {@code message}, the reason and what to do next), {@code subject},
 * {@code message} (in the {@code --lang} language), {@code cells} (the finding's cells, separated by spaces),
 * {@code suspect} (the strongest suspect cell, if the validator names one; {@code check --format json} lists
 * them all), {@code suggested} (its suggested value, in the cells table's {@code printed} form: {@code [0]}) and
 * {@code confidence} ({@code HIGH}, {@code MEDIUM}, {@code LOW}). A valid report without findings has no row.
 */
final class FindingRows {

    /** The columns, in order. */
    static final List<ExportColumn> COLUMNS = ExportColumn.reportAnd(
            ExportColumn.key("rule", "the rule's id, as `gongkai rules` lists them"),
            ExportColumn.key("severity", "the finding's severity", "ERROR", "WARNING", "INFO"),
            ExportColumn.key("status", "FAILED, NOT_ASSESSABLE, or UNREADABLE for an input that could not be read",
                    "FAILED", "NOT_ASSESSABLE", "UNREADABLE"),
            ExportColumn.text("subject", "what the rule checked (a row, a column, a group)"),
            ExportColumn.text("message", "the finding in the --lang language; for an unreadable input, the reason"),
            ExportColumn.key("cells", "the finding's cells, TABLE/ROW/COLUMN, separated by spaces"),
            ExportColumn.key("suspect", "the cell most likely wrong, if one can be named"),
            ExportColumn.text("suggested", "the suspect's suggested value, as the cells' printed column: [0]"),
            ExportColumn.key("confidence", "how sure the suggestion is", "HIGH", "MEDIUM", "LOW"));

    /** The CSV header row. */
    static final String HEADER = CsvTable.header(COLUMNS);

    private FindingRows() {
    }

    /**
     * Gives a row per finding of a checked report, in the validator's order ({@code year} an {@code Integer},
     * every other value a {@code String} or null).
     *
     * @param input the report and where it came from
     * @param result its findings
     * @param lang the language of the messages
     * @param sink receives each row
     */
    static void of(Loaded.Read input, ValidationResult result, Lang lang, Consumer<List<Object>> sink) {
        Report report = input.report();
        for (Finding finding : result.findings()) {
            Suspect suspect = finding.suspects().isEmpty() ? null : finding.suspects().get(0);
            sink.accept(Arrays.asList(input.source(), report.header().organName(), report.header().reportYear(),
                    report.edition().key(), finding.rule().toString(), finding.severity().name(),
                    finding.status().name(), finding.subject(), finding.message(lang.locale()),
                    finding.cells().stream().map(CellInvolvement::cell).map(Object::toString)
                            .collect(Collectors.joining(" ")),
                    suspect == null ? null : suspect.cell().toString(),
                    suspect == null ? null : CellRows.printed(suspect.suggested()),
                    suspect == null ? null : suspect.confidence().name()));
        }
    }

    /**
     * Gives the row of an input that could not be read: its source, status {@code UNREADABLE} and the reason with
     * what to do next as its message.
     *
     * @param input the input
     * @param lang the language of the words around the reason
     * @param sink receives the row
     */
    static void unreadable(Loaded.Unreadable input, Lang lang, Consumer<List<Object>> sink) {
        Object[] row = new Object[COLUMNS.size()];
        row[0] = input.source();
        row[6] = "UNREADABLE";
        row[8] = input.reason() + lang.t("；下一步：", "; next: ") + input.hint();
        sink.accept(Arrays.asList(row));
    }
}
