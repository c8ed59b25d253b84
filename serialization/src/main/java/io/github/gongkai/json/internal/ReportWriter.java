package io.github.gongkai.json.internal;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportHeader;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * Writes a report to a {@link JsonGenerator} in canonical order, token by token: version 1 of the format, or
 * version 2 when a cell is unread ({@link UnreadCells}). Stateless and thread-safe.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes one report as a JSON object at the generator's current position.
     *
     * @param report the report
     * @param g the generator
     */
    public static void write(Report report, JsonGenerator g) {
        Objects.requireNonNull(report, "report");
        g.writeStartObject();
        g.writeName(Layout.N_FORMAT);
        g.writeString(Layout.FORMAT);
        g.writeName(Layout.N_VERSION);
        g.writeNumber(UnreadCells.version(report));
        g.writeName(Layout.N_EDITION);
        g.writeString(report.edition().key());
        writeHeader(report.header(), g);
        for (Layout.TablePlan table : Layout.plan(report.edition())) {
            g.writeName(table.name());
            g.writeStartObject();
            for (Layout.RowPlan row : table.rows()) {
                g.writeName(row.name());
                g.writeStartObject();
                for (Layout.ColumnPlan column : row.columns()) {
                    g.writeName(column.name());
                    writeValue(report.get(column.ref()), column, g);
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        writeNarrative(report.narrative(), g);
        g.writeEndObject();
    }

    /**
     * Returns the version of a report's document: 1, or 2 when a cell is unread.
     *
     * @param report the report
     * @return the version written
     */
    public static int version(Report report) {
        return UnreadCells.version(report);
    }

    private static void writeHeader(ReportHeader header, JsonGenerator g) {
        g.writeName(Layout.N_HEADER);
        g.writeStartObject();
        g.writeName(Layout.N_ORGAN_NAME);
        g.writeString(header.organName());
        g.writeName(Layout.N_REPORT_YEAR);
        g.writeNumber(header.reportYear());
        if (header.publicationDate().isPresent()) {
            g.writeName(Layout.N_PUBLICATION_DATE);
            g.writeString(header.publicationDate().get().toString());
        }
        writeOptional(Layout.N_SOURCE, header.source(), g);
        g.writeEndObject();
    }

    private static void writeNarrative(Narrative narrative, JsonGenerator g) {
        g.writeName(Layout.N_NARRATIVE);
        g.writeStartObject();
        writeOptional(Layout.N_OVERVIEW, narrative.overview(), g);
        writeOptional(Layout.N_PROBLEMS, narrative.problemsAndImprovements(), g);
        writeOptional(Layout.N_OTHER_MATTERS, narrative.otherMatters(), g);
        g.writeEndObject();
    }

    private static void writeOptional(SerializableString name, Optional<String> value, JsonGenerator g) {
        if (value.isPresent()) {
            g.writeName(name);
            g.writeString(value.get());
        }
    }

    private static void writeValue(CellValue value, Layout.ColumnPlan column, JsonGenerator g) {
        if (value instanceof CellValue.Count count) {
            g.writeNumber(count.value());
        } else if (value instanceof CellValue.Blank) {
            g.writeNull();
        } else if (value instanceof CellValue.Amount amount) {
            g.writeString(amount.value().toPlainString() + Layout.suffix(amount.unit(), column.column().headerUnit()));
        } else if (value instanceof CellValue.SignedCount signed) {
            g.writeNumber(signed.value());
        } else if (value instanceof CellValue.NotApplicable na) {
            g.writeStartObject();
            g.writeName(Layout.N_NA);
            g.writeString(na.placeholder());
            g.writeEndObject();
        } else if (value instanceof CellValue.Unread unread) {
            UnreadCells.write(unread, g);
        } else {
            throw new IllegalStateException("unknown cell value " + value);
        }
    }
}
