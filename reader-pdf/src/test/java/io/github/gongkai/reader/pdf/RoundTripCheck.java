package io.github.gongkai.reader.pdf;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.reader.MissingCell;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReadingReport;
import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares what a reader read from a rendered PDF with what was printed, and lists every difference, the cells
 * first in canonical order (so the first problem names the first differing cell): every cell's value exactly
 * as the report holds it (a blank fee figure, which a sentence cannot print, may be not found); the header's
 * organ and year; no ambiguity, no cell unread or not found but those; and each cell's position a
 * {@link SourcePosition.PageArea} on the page it was printed on, holding the centre of the printed text and
 * lying within the printed cell (a blank cell: its centre within the cell).
 */
final class RoundTripCheck {

    /** How far, in points, a reported area may reach past the printed cell. */
    static final double SLACK = 3;

    private RoundTripCheck() {
    }

    /**
     * Lists the differences between a rendering and its reading.
     *
     * @param rendered what was printed
     * @param result what was read
     * @return the problems, empty if the reading is exact
     */
    static List<String> problems(PdfReports.Rendered rendered, ReadResult result) {
        return problems(rendered, result, false);
    }

    /**
     * Lists the wrong values and wrong positions of a reading that may leave cells unread (a table printed
     * without rules, where the layout alone cannot always tell which column a blank stands in): every cell read
     * must be exactly what was printed, where it was printed; a cell not read is no problem here.
     *
     * @param rendered what was printed
     * @param result what was read
     * @return the problems, empty if nothing read is wrong
     */
    static List<String> wrongValues(PdfReports.Rendered rendered, ReadResult result) {
        return problems(rendered, result, true);
    }

    private static List<String> problems(PdfReports.Rendered rendered, ReadResult result, boolean unreadAllowed) {
        Report printed = rendered.report();
        List<String> problems = new ArrayList<>();
        if (result.edition() != printed.edition()) {
            problems.add("read the " + result.edition().key() + " edition");
            return problems;
        }
        ReadingReport reading = result.reading();
        for (CellRef ref : ReportFormat.of(printed.edition()).cells()) {
            CellValue want = printed.get(ref);
            CellValue got = result.report().get(ref);
            PrintedCell cell = rendered.cells().get(ref);
            boolean unprinted = cell == null && want instanceof CellValue.Blank;
            if (unreadAllowed && got instanceof CellValue.Unread) {
                continue;
            }
            if (!want.equals(got) && !(unprinted && reading.isNotFound(ref))) {
                problems.add(ref + ": printed \"" + (cell == null ? "" : cell.printed()) + "\" (" + describe(want)
                        + "), read " + describe(got) + reading.provenance(ref).map(p -> " from " + p).orElse(""));
            }
        }
        for (MissingCell missing : reading.notFound()) {
            if (!unreadAllowed && rendered.cells().containsKey(missing.cell())) {
                problems.add("not found: " + missing);
            }
        }
        if (!unreadAllowed) {
            reading.ambiguities().forEach(a -> problems.add("ambiguous: " + a));
        }
        if (!printed.header().organName().equals(result.report().header().organName())
                || printed.header().reportYear() != result.report().header().reportYear()) {
            problems.add("header: printed " + printed.header().organName() + " " + printed.header().reportYear()
                    + ", read " + result.report().header().organName() + " " + result.report().header().reportYear());
        }
        for (PrintedCell cell : rendered.cells().values()) {
            if (!(unreadAllowed && result.report().get(cell.ref()) instanceof CellValue.Unread)) {
                position(cell, reading.provenance(cell.ref())).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** What is wrong with a cell's reported position, if anything. */
    private static Optional<String> position(PrintedCell cell, Optional<Provenance> provenance) {
        if (provenance.isEmpty()) {
            return Optional.of(cell.ref() + ": no provenance (printed " + cell + ")");
        }
        SourcePosition position = provenance.get().position();
        if (!(position instanceof SourcePosition.PageArea area)) {
            return Optional.of(cell.ref() + ": position " + position + " is not a page area");
        }
        Box read = new Box(area.x(), area.y(), area.width(), area.height());
        Box target = cell.text().orElse(cell.cell());
        boolean onPage = area.page() == cell.page();
        boolean holdsText = cell.text().isEmpty()
                || read.contains(target.centreX(), target.centreY(), 1);
        boolean inCell = cell.ref().table() == ReportTable.S6 ? true
                : cell.text().isEmpty() ? cell.cell().contains(read.centreX(), read.centreY(), SLACK)
                : within(read, cell.cell());
        if (onPage && holdsText && inCell) {
            return Optional.empty();
        }
        return Optional.of(cell.ref() + ": position " + area + " " + read + ", printed " + cell
                + (cell.text().isPresent() ? " in cell " + cell.cell() : ""));
    }

    private static boolean within(Box inner, Box outer) {
        return inner.x() >= outer.x() - SLACK && inner.y() >= outer.y() - SLACK
                && inner.x() + inner.width() <= outer.x() + outer.width() + SLACK
                && inner.y() + inner.height() <= outer.y() + outer.height() + SLACK;
    }

    private static String describe(CellValue value) {
        return value instanceof CellValue.Blank ? "blank" : value.getClass().getSimpleName() + " " + value;
    }
}
