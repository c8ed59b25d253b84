package io.github.gongkai.reader.internal;

import io.github.gongkai.core.Edition;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * The first pass over a page: which sections it has, which edition markers its tables' headers hold, and
 * where table 三's first row label stands if its heading is missing. Reads only TEXT tokens that may hold a
 * keyword (on a page whose tokens are not kept, the others are not even made); caches the
 * headings it finds on each token, for the second pass when the page's tokens are kept. Not thread-safe.
 */
final class Scan implements TokenSink {

    /** [0]: 2019 markers seen, [1]: 2021 markers seen (each distinct marker once). */
    final int[] markers = new int[2];
    private final boolean[] seen2021 = new boolean[Headings.MARKERS_2021.length];
    private final boolean[] seen2019 = new boolean[Headings.MARKERS_2019.length];
    /** Whether the heading of table 三 was found. */
    boolean anyT3;
    /** Whether any section heading was found. */
    boolean anyHeading;
    /** The position of the first text holding table 三's first label, while no heading of table 三 was seen. */
    SourcePosition t3Label;
    private int scanSec = Headings.Sec.NONE.ordinal();
    /**
     * The key of the last text if it may begin a heading broken over two texts ({@link Headings#brokenHeadingStart}):
     * while it is held, every token is asked for, so that the pass sees the same tokens kept or made anew.
     */
    private String brokenStart;
    /** Where in {@link #brokenStart} the heading may begin. */
    private int brokenAt;

    @Override
    public boolean skipsTokens() {
        return true;
    }

    /** Only TEXT tokens that may be headings are needed, and the token after a text that may begin one. */
    @Override
    public boolean skipToken(Token.Kind kind, boolean rowStart, int line, SourcePosition cell) {
        return brokenStart == null;
    }

    @Override
    public boolean skipsLines() {
        return true;
    }

    /** No heading, marker or label can stand in a plain line, unless it ends a broken heading. */
    @Override
    public boolean skipsAllPlain() {
        return brokenStart == null;
    }

    @Override
    public void add(Token t) {
        if (t.kind != Token.Kind.TEXT) {
            brokenStart = null;
            return;
        }
        String k = t.key();
        // Where edition markers count, one pass finds them with the heading keywords.
        boolean markerScan = Headings.isMarkerSection(scanSec) && k.length() <= Interpreter.MARKER_TOKEN_CHARS;
        long present = markerScan ? Headings.HEADING_AND_MARKER_WORDS.find(k) : Headings.HEADING_WORDS.find(k);
        int[] found = (present & Headings.HEADING_BITS) == 0 ? null : Headings.find(k, present);
        int candidate = Headings.brokenHeadingStart(k, present);
        t.scanned(found, candidate);
        if (found != null) {
            anyHeading = true;
            anyT3 |= found[2] == 1;
            scanSec = found[1];
        }
        int[] joined = brokenStart != null ? Headings.brokenHeading(brokenStart, brokenAt, k) : null;
        if (joined != null && found == null) {
            anyHeading = true;
            scanSec = joined[1]; // table 三's heading is never looked for broken; a heading of this text's own is later
        }
        // An end that may begin a heading broken over this text and the next: after any heading in it.
        int later = Headings.brokenAfter(k, candidate, Headings.SECTIONS[scanSec]);
        brokenAt = found != null && later <= found[0] ? -1 : later;
        brokenStart = brokenAt >= 0 ? k : null;
        if (!anyT3 && t3Label == null && (present & Headings.T3_LABEL_BIT) != 0) {
            t3Label = t.position();
        }
        if (!Headings.isMarkerSection(scanSec) || k.length() > Interpreter.MARKER_TOKEN_CHARS) {
            return;
        }
        long markersPresent = markerScan ? present >>> Headings.HEADING_WORD_COUNT : Headings.MARKER_WORDS.find(k);
        if (markersPresent != 0) {
            count(markersPresent);
        }
    }

    /**
     * Checks that the page is a report with a table 三: a heading of table 三, or its first label.
     *
     * @throws ReportReadException {@code NO_TABLE_THREE} if the page has other section headings but neither,
     *     {@code NO_REPORT_FOUND} if it has no heading either
     */
    void requireTableThree() {
        if (!anyT3 && t3Label == null) {
            throw new ReportReadException(anyHeading ? ReportReadException.Detail.NO_TABLE_THREE
                    : ReportReadException.Detail.NO_REPORT_FOUND, List.of(), null, null);
        }
    }

    /**
     * The edition the tables' headers tell by their markers; on a tie, the one prescribed for the report year, or
     * 2021's without one, with a warning.
     *
     * @param year the report year, or null if not known
     * @param warnings where the warning goes
     * @return the edition
     */
    Edition edition(Integer year, Warnings warnings) {
        if (markers[1] > markers[0]) {
            return Edition.V2021;
        }
        if (markers[0] > markers[1]) {
            return Edition.V2019;
        }
        warnings.add(year != null
                ? ReadingWarning.of(ReadingWarning.Detail.EDITION_BY_YEAR, List.of(Integer.toString(year)),
                        Optional.empty(), Optional.empty())
                : ReadingWarning.of(ReadingWarning.Detail.EDITION_ASSUMED, List.of(), Optional.empty(),
                        Optional.empty()));
        return year != null ? Edition.prescribedFor(year) : Edition.V2021;
    }

    /** Counts each edition marker present the first time it is seen. */
    private void count(long markersPresent) {
        for (int m = 0; m < seen2021.length; m++) {
            if (!seen2021[m] && (markersPresent & (1L << (Headings.MARKERS_2021_AT + m))) != 0) {
                seen2021[m] = true;
                markers[1]++;
            }
        }
        for (int m = 0; m < seen2019.length; m++) {
            if (!seen2019[m] && (markersPresent & (1L << (Headings.MARKERS_2019_AT + m))) != 0) {
                seen2019[m] = true;
                markers[0]++;
            }
        }
    }
}
