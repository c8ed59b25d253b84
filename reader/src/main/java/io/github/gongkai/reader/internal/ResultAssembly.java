package io.github.gongkai.reader.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.core.internal.CoreAccess;
import io.github.gongkai.reader.MissingCell;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReadingReport;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Headings.Sec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/**
 * The result of a reading: the header (organ, year and source, inferred with a warning where the page does
 * not say), the cells set table by table in core's slot layout, and the reading report, with every cell of
 * the edition read, blank, ambiguous or missing (and why). A cell not read is {@linkplain CellValue.Unread
 * unread} in the model, with its reason: never blank, never zero.
 */
final class ResultAssembly {

    private static final CellValue NOT_FOUND = CellValue.unread(UnreadReason.NOT_FOUND);

    private final Edition edition;
    private final SourceFormat format;
    private final Placement placement;
    private final Warnings warnings;
    private final EnumMap<Sec, SourcePosition> sectionStart;

    ResultAssembly(Edition edition, SourceFormat format, Placement placement, Warnings warnings,
            EnumMap<Sec, SourcePosition> sectionStart) {
        this.edition = edition;
        this.format = format;
        this.placement = placement;
        this.warnings = warnings;
        this.sectionStart = sectionStart;
    }

    static Integer plausibleYear(Integer year) {
        return year != null && year >= ReportHeader.FIRST_REPORT_YEAR && year <= 2100 ? year : null;
    }

    /**
     * Builds the report and its reading report.
     *
     * @param header what the page's head says
     * @param year the report year found, or null
     * @param narrative the narrative sections kept
     * @return the result
     */
    ReadResult build(HeaderReader.Header header, Integer year, Narrative narrative) {
        // Core accepts no control character in a name; what the title holds besides is the organ's name.
        String organ = withoutControls(header.organ(), "ORGAN_NAME", header.titlePosition());
        if (organ != null && organ.isBlank()) {
            organ = null;
        }
        if (organ == null) {
            organ = Interpreter.UNKNOWN_ORGAN;
            warnings.add(ReadingWarning.of(ReadingWarning.Detail.ORGAN_NOT_FOUND, List.of(Interpreter.UNKNOWN_ORGAN),
                    Optional.empty(), Optional.empty()));
        }
        int reportYear = reportYear(header, year);
        String source = withoutControls(header.source(), "SOURCE", header.sourcePosition());
        ReportHeader reportHeader = new ReportHeader(organ, reportYear, edition, Optional.ofNullable(header.date()),
                source == null || source.isBlank() ? Optional.empty() : Optional.of(source));
        // One array per table in core's slot layout, which is the reader's slots' layout from the table's base.
        CellValue[][] tables = new CellValue[ReportTable.values().length][];
        for (ReportTable table : ReportTable.values()) {
            tables[table.ordinal()] = new CellValue[CoreAccess.slots(table)];
        }
        List<MissingCell> missing = new ArrayList<>();
        int[] slots = Cells.allSlots(edition);
        List<CellRef> cells = ReportFormat.of(edition).cells();
        for (int k = 0; k < slots.length; k++) {
            int slot = slots[k];
            CellValue v = placement.value(slot);
            if (v == null) {
                // Nothing printed where the cell should be: not found, which is neither blank nor zero.
                v = NOT_FOUND;
                missing.add(missing(cells.get(k)));
            }
            ReportTable table = Cells.tableOf(slot);
            tables[table.ordinal()][slot - Cells.base(table)] = v;
        }
        // Every cell of the edition holds a value: core takes the arrays as the tables' own, with no builder.
        Report report = CoreAccess.report(reportHeader, narrative, tables);
        ReadingReport reading = new ReadingReport(format, edition, placement.read(), placement.blank(),
                placement.ambiguities(), missing, warnings.list());
        return new ReadResult(report, reading);
    }

    /** The report year: found, or taken from the publication date or the edition, with a warning. */
    private int reportYear(HeaderReader.Header header, Integer year) {
        int reportYear;
        if (year != null) {
            reportYear = year;
            if (plausibleYear(header.year()) == null) {
                inferred(ReadingWarning.Detail.YEAR_FROM_PERIOD, year);
            }
        } else if (header.date() != null && plausibleYear(header.date().getYear() - 1) != null) {
            reportYear = header.date().getYear() - 1;
            inferred(ReadingWarning.Detail.YEAR_BEFORE_PUBLICATION, reportYear);
        } else {
            reportYear = edition.firstReportYear();
            inferred(ReadingWarning.Detail.YEAR_OF_EDITION, reportYear);
        }
        return reportYear;
    }

    private void inferred(ReadingWarning.Detail detail, int year) {
        warnings.add(ReadingWarning.of(detail, List.of(Integer.toString(year)), Optional.empty(), Optional.empty()));
    }

    /**
     * The text without control characters, with a warning if it had some; null for null. {@code what} names the
     * text as the warning's detail does ({@code ORGAN_NAME}, {@code SOURCE}).
     */
    private String withoutControls(String text, String what, SourcePosition at) {
        if (text == null) {
            return null;
        }
        String clean = Characters.withoutControls(text);
        if (!clean.equals(text)) {
            warnings.add(ReadingWarning.of(clean.isBlank() ? ReadingWarning.Detail.CONTROLS_REMOVED_LEAVING_NOTHING
                    : ReadingWarning.Detail.CONTROLS_REMOVED, List.of(what), Optional.ofNullable(at),
                    Optional.empty()));
        }
        return clean;
    }

    /** The list sorted by cell, in place (stable), unless its cells were placed in order, as they mostly are. */
    private MissingCell missing(CellRef ref) {
        Sec sec = switch (ref.table()) {
            case T2 -> Sec.T2;
            case T3 -> Sec.T3;
            case T4 -> Sec.T4;
            case S6 -> Sec.SIX;
        };
        SourcePosition at = sectionStart.get(sec);
        if (at == null) {
            return MissingCell.of(ref, ref.table() == ReportTable.S6 ? MissingCell.Code.SECTION_NOT_FOUND
                    : MissingCell.Code.TABLE_NOT_FOUND, Optional.empty());
        }
        if (ref.table() == ReportTable.S6) {
            return MissingCell.of(ref, MissingCell.Code.FIGURE_NOT_STATED, Optional.of(at));
        }
        return new MissingCell(ref, MissingCell.Code.ROW_NOT_FOUND, List.of(ref.row().qualifiedLabel(edition)),
                Optional.of(at));
    }
}
