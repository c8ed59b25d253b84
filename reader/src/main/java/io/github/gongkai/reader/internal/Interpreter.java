package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.core.internal.CoreAccess;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.MissingCell;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReadingReport;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Headings.Sec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Interprets a page's tokens as a report: finds the sections, detects the edition, matches rows by label
 * and places their numbers. Two passes: a {@link Scan} of the page's text for its sections and edition, then
 * a walk that takes the tokens one by one as a {@link TokenSink} and keeps only what it needs (the label
 * before a run of numbers, the run's first {@link Run#LIMIT} tokens, capped narrative), so that what it holds
 * does not grow with the page. Single-use and not thread-safe; {@link #read} is the entry point.
 */
public final class Interpreter implements TokenSink {

    /** The organ name used when a page has no readable title and the caller gave none. */
    public static final String UNKNOWN_ORGAN = "未知机关";

    /** Pages of up to this many characters are lexed once and their tokens kept; larger ones once per pass. */
    public static final int KEPT_PAGE_CHARS = 1 << 18;

    private static final int LABEL_TOKENS = 8;
    private static final int T3_COLUMNS = ApplicantColumn.values().length;
    private static final int T4_COLUMNS = ReviewLitigationColumn.values().length;
    /** Table headers are short: longer text (narrative) is not searched for edition markers. */
    static final int MARKER_TOKEN_CHARS = 300;
    private static final int LABEL_CHARS = 400;
    /** The text of table 三 kept to find its header's words and detached labels in. */
    private static final int T3_TEXT_CHARS = 20_000;
    /** The narrative kept of each of sections 一, 五 and 六; what follows is ignored, with a warning. */
    static final int NARRATIVE_CHARS = 100_000;
    /** Warnings of one kind listed for a page; the rest are counted in one more. */
    static final int MAX_REPEATED_WARNINGS = 100;
    /** The longest raw text quoted in a warning or an ambiguity; longer is cut, saying how much was left out. */
    static final int MAX_RAW_CHARS = 1_000;

    /**
     * Reader settings passed down from the public reader.
     *
     * @param maxCandidates how many candidate readings an ambiguity lists at most
     * @param maxSplitSteps the search budget for one glued run
     * @param keptPageChars pages of up to this many characters are lexed once and their tokens kept
     */
    public record Settings(int maxCandidates, int maxSplitSteps, int keptPageChars) {

        /**
         * Settings that keep the tokens of pages up to {@link #KEPT_PAGE_CHARS} characters.
         *
         * @param maxCandidates how many candidate readings an ambiguity lists at most
         * @param maxSplitSteps the search budget for one glued run
         */
        public Settings(int maxCandidates, int maxSplitSteps) {
            this(maxCandidates, maxSplitSteps, KEPT_PAGE_CHARS);
        }
    }

    private final Page page;
    private final Settings settings;
    private Edition edition;
    /** Whether the edition has section 六's fee figures as cells. */
    private boolean hasFees;
    private Labels labels;

    private final CellValue[] values = new CellValue[Cells.SLOTS];
    private final List<Provenance> readList = new ArrayList<>(Cells.SLOTS);
    private final List<Provenance> blankList = new ArrayList<>();
    private boolean readInOrder = true;
    private boolean blankInOrder = true;
    private int lastReadSlot = -1;
    private int lastBlankSlot = -1;
    private final List<Ambiguity> ambiguities = new ArrayList<>();
    private final Ambiguity[] ambiguous = new Ambiguity[Cells.SLOTS];
    private final List<ReadingWarning> warnings = new ArrayList<>();
    private final EnumMap<Sec, SourcePosition> sectionStart = new EnumMap<>(Sec.class);
    private final EnumMap<Sec, StringBuilder> narrative = new EnumMap<>(Sec.class);

    // The walk.
    private Sec sec = Sec.NONE;
    private final List<String> labelKeys = new ArrayList<>(LABEL_TOKENS);
    private final Run run = new Run();
    /** Table 三 has no heading and its first label has not been met yet. */
    private boolean t3FallbackPending;
    /** The line (or, for a token not on a line, the position) of the last token put in a narrative. */
    private int lastNarrativeLine = -1;
    private SourcePosition lastNarrativeCell;
    /** What was not read, per section: narrative past its cap, numbers after table 四. */
    private final EnumMap<Sec, Ignored> ignored = new EnumMap<>(Sec.class);
    /** Narrative text replaced by a later heading of the same section. */
    private final EnumMap<Sec, Ignored> replacedText = new EnumMap<>(Sec.class);
    /** Per section (by ordinal): where its current narrative starts, and the line or cell it last took. */
    private final SourcePosition[] narrativeFirst = new SourcePosition[Headings.SECTIONS.length];
    private final int[] narrativeLastLine = new int[Headings.SECTIONS.length];
    private final SourcePosition[] narrativeLastCell = new SourcePosition[Headings.SECTIONS.length];
    /** Warnings beyond {@link #MAX_REPEATED_WARNINGS} of a code, counted. */
    private final EnumMap<ReadingWarning.Code, Repeated> repeated = new EnumMap<>(ReadingWarning.Code.class);

    /** Where sections begin again after table 三 and a later one: a second report if table 三's rows follow. */
    private SourcePosition secondReport;
    private Sec secondReportAfter;

    // Table 三 state.
    private final boolean[] t3Assigned = new boolean[ApplicationRow.values().length];
    private int t3LastOrder = -1;
    private final StringBuilder t3Text = new StringBuilder(2048);
    private boolean t3Rows;
    private boolean warnedSubtotalColumn;
    private final EnumMap<Sec, Boolean> warnedTrailing = new EnumMap<>(Sec.class);
    // Table 四 state.
    private final Run t4Pending = new Run();
    private int t4PendingPieces;
    private boolean t4Done;
    private final boolean[] t4Rows = new boolean[ReviewLitigationRow.values().length];
    // Table 二 state.
    private final boolean[] t2Assigned = new boolean[ActiveDisclosureRow.values().length];

    private Interpreter(Page page, Settings settings) {
        this.page = page;
        this.settings = settings;
    }

    /**
     * Reads a page.
     *
     * @param page the page
     * @param settings the reader's settings
     * @return the result
     * @throws ReportReadException if the page is not a report or lacks table 三
     */
    static ReadResult read(Page page, Settings settings) {
        return new Interpreter(page, settings).run();
    }

    private ReadResult run() {
        Scan scan = new Scan();
        page.emit(scan);
        if (!scan.anyT3 && scan.t3Label == null) {
            if (scan.anyHeading) {
                throw new ReportReadException(ReportReadException.Reason.NO_APPLICATIONS_TABLE,
                        "the page has report sections but no table 三 (收到和处理政府信息公开申请情况)", (SourcePosition) null);
            }
            throw new ReportReadException(ReportReadException.Reason.NOT_A_REPORT,
                    "no section or table of a 政府信息公开工作年度报告 was found", (SourcePosition) null);
        }
        if (!scan.anyT3) {
            t3FallbackPending = true;
            warnings.add(new ReadingWarning(ReadingWarning.Code.HEADING_MISSING,
                    "no heading 三、收到和处理政府信息公开申请情况; table 三 taken to start at its first row label",
                    Optional.of(scan.t3Label), Optional.empty()));
        }

        HeaderReader.Header header = HeaderReader.read(page.headLines(), page.headPositions());
        Integer year = plausibleYear(header.year());
        if (year == null) {
            year = plausibleYear(header.periodYear());
        }
        edition = detectEdition(scan.markers, year);
        labels = Labels.of(edition);
        hasFees = !ReportFormat.of(edition).cells(ReportTable.S6).isEmpty();

        page.emit(this);
        endRun();
        flushT4();
        reportIgnored();
        reportRepeated();
        if (!t3Rows) {
            SourcePosition at = sectionStart.get(Sec.T3);
            throw new ReportReadException(ReportReadException.Reason.NO_APPLICATIONS_TABLE,
                    "table 三 has no readable row", at);
        }
        return build(header, year);
    }

    private static Integer plausibleYear(Integer year) {
        return year != null && year >= ReportHeader.FIRST_REPORT_YEAR && year <= 2100 ? year : null;
    }

    private Edition detectEdition(int[] markers, Integer year) {
        if (markers[1] > markers[0]) {
            return Edition.V2021;
        }
        if (markers[0] > markers[1]) {
            return Edition.V2019;
        }
        Edition e = year != null ? Edition.prescribedFor(year) : Edition.V2021;
        warnings.add(new ReadingWarning(ReadingWarning.Code.EDITION_INFERRED,
                "the tables' headers do not tell the edition; " + (year != null
                        ? "took the one prescribed for report year " + year : "assumed the current (2021) edition"),
                Optional.empty(), Optional.empty()));
        return e;
    }

    // ---------------------------------------------------------------- walk

    @Override
    public void add(Token t) {
        if (t.kind == Token.Kind.TEXT) {
            endRun();
            text(t);
            return;
        }
        if (t.rowStart) {
            endRun();
        }
        run.add(t);
        if (sec != Sec.T2 && sec != Sec.T3 && sec != Sec.T4) {
            appendNarrative(sec, t, false);
        } else if (sec == Sec.T4 && t4Done && t.kind == Token.Kind.VALUE) {
            ignore(sec, t.line, t.line > 0 ? null : t.position());
        }
    }

    private void text(Token t) {
        int[] h = t.headings();
        if (t3FallbackPending && t.key().contains(Headings.T3_FIRST_LABEL)) {
            // The first row label of a table 三 without heading starts it, before any heading in the same text.
            t3FallbackPending = false;
            if (h == null) {
                h = new int[] {0, Sec.T3.ordinal(), 1};
            }
        }
        String key = t.key();
        if (h != null) {
            int[] last = h;
            Sec next = Headings.SECTIONS[last[1]];
            if (secondReport == null && t3Rows && next.compareTo(Sec.T3) <= 0 && sec.compareTo(Sec.T3) > 0) {
                // Sections begin again after table 三 and a later section: a second report, if its table 三 has rows.
                secondReport = t.position();
                secondReportAfter = sec;
            }
            if (sec == Sec.T4 && next != Sec.T4) {
                flushT4();
            }
            sec = next;
            sectionStart.putIfAbsent(sec, t.position());
            labelKeys.clear();
            key = key.substring(last[0]);
            if (sec == Sec.ONE || sec == Sec.FIVE || sec == Sec.SIX) {
                // A heading again (a table of contents, or a hostile page) starts the section's text anew.
                StringBuilder earlier = narrative.get(sec);
                if (earlier == null) {
                    narrative.put(sec, new StringBuilder(1024));
                } else if (earlier.length() > 0) {
                    replaced(sec, earlier, t.position());
                    earlier.setLength(0);
                }
            }
        }
        if (labelKeys.size() == LABEL_TOKENS) {
            labelKeys.remove(0);
        }
        labelKeys.add(key);
        if (sec == Sec.T3 && t3Text.length() < T3_TEXT_CHARS) {
            // Bounded: searched for every row printed without its label.
            t3Text.append(key, 0, Math.min(key.length(), T3_TEXT_CHARS - t3Text.length()));
        }
        appendNarrative(sec, t, h != null);
    }

    /** Interprets the run of numbers that has ended, in the section it stands in. */
    private void endRun() {
        if (run.isEmpty()) {
            return;
        }
        // The label is joined only where rows are matched: prose sections have long keys and many numbers.
        switch (sec) {
            case T2 -> t2Run(run, join(labelKeys));
            case T3 -> t3Run(run, join(labelKeys), labelKeys);
            case T4 -> t4Run(run, join(labelKeys));
            case SIX -> s6Run(run, join(labelKeys), labelKeys);
            default -> {
            }
        }
        labelKeys.clear();
        run.clear();
    }

    @Override
    public boolean skipsLines() {
        return !page.keepsTokens();
    }

    @Override
    public boolean skipsTokens() {
        return !page.keepsTokens();
    }

    /**
     * Takes a token without its being made where the walk would only count it as not read, or do nothing with
     * it (see {@link #doneWithText} and {@link #doneWithValues}).
     */
    @Override
    public boolean skipToken(Token.Kind kind, boolean rowStart, int line, SourcePosition cell) {
        if (kind == Token.Kind.TEXT) {
            if (!doneWithText()) {
                return false;
            }
            if (sec == Sec.ONE || sec == Sec.FIVE || sec == Sec.SIX) {
                ignore(sec, line, cell);
            }
            return true;
        }
        if (rowStart) {
            endRun(); // as the token would
        }
        if (!doneWithValues()) {
            return false;
        }
        if (sec == Sec.ONE || sec == Sec.FIVE || sec == Sec.SIX || (sec == Sec.T4 && kind == Token.Kind.VALUE)) {
            ignore(sec, line, cell);
        }
        return true;
    }

    /**
     * Whether a TEXT token that is no heading would change nothing but be counted as not read: before the first
     * section; in sections 一 and 五 once their narrative is full, in 六 once it is full and its fee figures are
     * read; after table 四 once it is read.
     */
    private boolean doneWithText() {
        return switch (sec) {
            case NONE -> true;
            case ONE, FIVE -> narrativeFull(sec);
            case SIX -> narrativeFull(sec) && feesDone();
            case T4 -> t4Done;
            default -> false;
        };
    }

    /**
     * Whether a VALUE or EMPTY token would change nothing but be counted: where {@link #doneWithText}, and in
     * section 六 once its narrative is full for a run with no label before it, which can be no fee figure.
     */
    private boolean doneWithValues() {
        return doneWithText() || (sec == Sec.SIX && narrativeFull(sec) && labelKeys.isEmpty());
    }

    /**
     * Takes a line without its tokens where {@link #skipToken} would take each of them, and a line of numbers
     * on a text page that continues a run already longer than any row (counted, and put in a narrative that is
     * not full).
     */
    @Override
    public boolean skipLine(char[] chars, int from, int to, int line, SourcePosition cell, int numbers,
            boolean rowStart) {
        if (numbers >= 0) {
            if (rowStart) {
                endRun(); // as its first token would
            }
            if (doneWithValues()) {
                if (sec == Sec.ONE || sec == Sec.FIVE || sec == Sec.SIX || (sec == Sec.T4 && numbers > 0)) {
                    ignore(sec, line, cell);
                }
                return true;
            }
            if (rowStart || page.format() != SourceFormat.TEXT || !run.full() || sec == Sec.NONE) {
                return false;
            }
            // One VALUE token, the line's numbers (and spaces) trimmed, as the lexer makes it.
            run.addValueLine(line, numbers);
            if (sec != Sec.T2 && sec != Sec.T3 && sec != Sec.T4) {
                appendNarrativeLine(sec, chars, from, to, line);
            }
            return true;
        }
        // Every token of a plain line is no heading; after table 四 its numbers are counted token by token.
        if (sec == Sec.T4 || !doneWithText()) {
            return false;
        }
        if (sec != Sec.NONE) {
            ignore(sec, line, cell);
        }
        return true;
    }

    private boolean narrativeFull(Sec s) {
        StringBuilder sb = narrative.get(s);
        return sb == null || sb.length() > NARRATIVE_CHARS;
    }

    /** The slots of section 六's fee figures. */
    private static final int[] FEE_SLOTS = feeSlots();

    private static int[] feeSlots() {
        FeeColumn[] columns = FeeColumn.values();
        int[] slots = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            slots[i] = Cells.slot(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, columns[i]));
        }
        return slots;
    }

    /** Whether section 六 can place no more fee figures. */
    private boolean feesDone() {
        if (!hasFees) {
            return true;
        }
        for (int slot : FEE_SLOTS) {
            if (values[slot] == null && ambiguous[slot] == null) {
                return false;
            }
        }
        return true;
    }

    private void appendNarrative(Sec s, Token t, boolean heading) {
        StringBuilder sb = narrative.get(s);
        if (sb == null) {
            return;
        }
        if (sb.length() > NARRATIVE_CHARS) {
            if (!heading) {
                ignore(s, t.line, t.line > 0 ? null : t.position());
            }
            return;
        }
        if (heading) {
            return;
        }
        if (sb.length() > 0 && (t.rowStart || !sameLine(t))) {
            sb.append('\n');
        }
        lastNarrativeLine = t.line;
        lastNarrativeCell = t.line > 0 ? null : t.position();
        if (sb.length() == 0) {
            narrativeFirst[s.ordinal()] = t.position();
        }
        narrativeLastLine[s.ordinal()] = t.line;
        narrativeLastCell[s.ordinal()] = lastNarrativeCell;
        sb.append(t.text);
    }

    /** {@link #appendNarrative} of the one token of a line of digits, from the page's characters. */
    private void appendNarrativeLine(Sec s, char[] chars, int from, int to, int line) {
        StringBuilder sb = narrative.get(s);
        if (sb == null) {
            return;
        }
        if (sb.length() > NARRATIVE_CHARS) {
            ignore(s, line, null);
            return;
        }
        if (sb.length() > 0 && lastNarrativeLine != line) {
            sb.append('\n');
        }
        lastNarrativeLine = line;
        lastNarrativeCell = null;
        if (sb.length() == 0) {
            narrativeFirst[s.ordinal()] = SourcePosition.line(line, 1);
        }
        narrativeLastLine[s.ordinal()] = line;
        narrativeLastCell[s.ordinal()] = null;
        sb.append(chars, from, to - from);
    }

    private boolean sameLine(Token t) {
        if (lastNarrativeLine > 0 && t.line > 0) {
            return lastNarrativeLine == t.line;
        }
        return lastNarrativeLine >= 0 && lastNarrativeLine == t.line && t.position().equals(lastNarrativeCell);
    }

    /** Counts a line (or a block or cell, at {@code cell}) whose content was not read. */
    private void ignore(Sec s, int line, SourcePosition cell) {
        Ignored i = ignored.get(s);
        if (i == null) {
            i = new Ignored(warnings.size(), line > 0 ? SourcePosition.line(line, 1) : cell);
            ignored.put(s, i);
        }
        i.count(line, cell);
    }

    /** Counts the text of a narrative section that a later heading of the same section replaced. */
    private void replaced(Sec s, StringBuilder earlier, SourcePosition heading) {
        Ignored i = replacedText.get(s);
        if (i == null) {
            i = new Ignored(warnings.size(), narrativeFirst[s.ordinal()]);
            replacedText.put(s, i);
        }
        int lines = 1;
        for (int k = 0, n = earlier.length(); k < n; k++) {
            lines += earlier.charAt(k) == '\n' ? 1 : 0;
        }
        i.units += lines;
        i.lastLine = narrativeLastLine[s.ordinal()];
        i.lastCell = narrativeLastCell[s.ordinal()];
        i.heading = heading;
    }

    /** Adds the warnings for what was not read, where it was first met. */
    private void reportIgnored() {
        List<Ignored> all = new ArrayList<>();
        ignored.forEach((s, i) -> {
            i.what = switch (s) {
                case ONE -> "section 一's text is longer than the " + NARRATIVE_CHARS + " characters kept";
                case FIVE -> "section 五's text is longer than the " + NARRATIVE_CHARS + " characters kept";
                case SIX -> "section 六's text is longer than the " + NARRATIVE_CHARS + " characters kept";
                default -> "numbers follow table 四, which was already read, and no later section heading";
            };
            all.add(i);
        });
        replacedText.forEach((s, i) -> {
            i.what = "the heading of section " + (s == Sec.ONE ? "一" : s == Sec.FIVE ? "五" : "六")
                    + " appears again (the last time " + i.heading + ") and its text starts anew";
            all.add(i);
        });
        all.sort((x, y) -> Integer.compare(y.warningIndex, x.warningIndex));
        for (Ignored i : all) {
            warnings.add(i.warningIndex, new ReadingWarning(ReadingWarning.Code.CONTENT_IGNORED, i.what + "; "
                    + i.units + (i.first instanceof SourcePosition.Line ? " line(s)" : " block(s) or cell(s)")
                    + " from here to " + i.last() + " were not read", Optional.of(i.first), Optional.empty()));
        }
    }

    /** Content not read in one section: where it starts and ends, and how many lines (or blocks, cells). */
    private static final class Ignored {
        final int warningIndex;
        final SourcePosition first;
        int units;
        private int lastLine = -1;
        private SourcePosition lastCell;
        /** For a replaced text, where the heading that replaced it last stands. */
        SourcePosition heading;
        String what;

        Ignored(int warningIndex, SourcePosition first) {
            this.warningIndex = warningIndex;
            this.first = first;
        }

        void count(int line, SourcePosition cell) {
            if (line > 0 ? line != lastLine : !cell.equals(lastCell)) {
                units++;
                lastLine = line;
                lastCell = cell;
            }
        }

        SourcePosition last() {
            return lastLine > 0 ? SourcePosition.line(lastLine, 1) : lastCell;
        }
    }

    /** The keys joined, keeping only the last {@link #LABEL_CHARS} characters (and copying only those). */
    private static String join(List<String> keys) {
        int n = keys.size();
        if (n == 1) {
            String k = keys.get(0);
            return k.length() > LABEL_CHARS ? k.substring(k.length() - LABEL_CHARS) : k;
        }
        int first = n;
        int length = 0;
        while (first > 0 && length < LABEL_CHARS) {
            first--;
            length += keys.get(first).length();
        }
        StringBuilder sb = new StringBuilder(Math.min(length, LABEL_CHARS));
        for (int k = first; k < n; k++) {
            String key = keys.get(k);
            int skip = length - LABEL_CHARS;
            if (skip > 0) {
                int drop = Math.min(skip, key.length());
                length -= drop;
                sb.append(key, drop, key.length());
            } else {
                sb.append(key);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- table 二

    private void t2Run(Run run, String label) {
        Labels.Alias alias = Labels.suffix(labels.t2, label);
        if (alias == null) {
            unplaced(run, "table 二");
            return;
        }
        ActiveDisclosureRow row = (ActiveDisclosureRow) alias.target();
        if (emptyShort(run, row.columns(edition).size())) {
            return;
        }
        if (t2Assigned[row.ordinal()]) {
            duplicate(run, row.qualifiedLabel(edition), CellRef.of(row, row.columns(edition).get(0)));
            return;
        }
        t2Assigned[row.ordinal()] = true;
        place(cells(row), run, false, Sec.T2, null);
    }

    private List<CellRef> cells(io.github.gongkai.core.TableRow row) {
        return Cells.of(row, edition);
    }

    // ---------------------------------------------------------------- table 三

    private void t3Run(Run run, String label, List<String> labelKeys) {
        if (emptyShort(run, T3_COLUMNS)) {
            return;
        }
        Labels.Alias alias = Labels.suffix(labels.t3, label);
        if (alias != null && !(alias.target() instanceof ApplicationRow)) {
            if (run.hasNumbers()) {
                repeatable(ReadingWarning.Code.SUBTOTAL_ROW_SKIPPED, run, () -> "subtotal row '" + alias.key() + "' ('"
                        + rawOf(run) + "') is not part of the model; skipped", null);
            }
            return;
        }
        ApplicationRow row = alias == null ? null : (ApplicationRow) alias.target();
        String note = null;
        if (row == null) {
            row = byFragment(labelKeys);
            if (row != null) {
                note = "row label recognised from the fragment '" + labelKeys.get(labelKeys.size() - 1) + "'";
                warnings.add(new ReadingWarning(ReadingWarning.Code.LABEL_FRAGMENT,
                        "numbers '" + rawOf(run) + "' placed in row " + row.qualifiedLabel() + ": " + note,
                        Optional.of(run.first()),
                        Optional.of(CellRef.of(row, ApplicantColumn.NATURAL_PERSON))));
            }
        }
        if (row == null && labelKeys.isEmpty()) {
            row = byDetachedLabel();
            if (row != null) {
                note = "row printed without its label; the label of the next row in printed order stands detached"
                        + " nearby";
                warnings.add(new ReadingWarning(ReadingWarning.Code.DETACHED_LABEL,
                        "numbers '" + rawOf(run) + "' placed in row " + row.qualifiedLabel() + ": " + note,
                        Optional.of(run.first()),
                        Optional.of(CellRef.of(row, ApplicantColumn.NATURAL_PERSON))));
            }
        }
        PieceList pieces = row == null ? null : pieces(run);
        if (row == null || !plausibleRow(pieces, T3_COLUMNS)) {
            unplaced(run, "table 三");
            return;
        }
        if (secondReport != null) {
            throw new ReportReadException(ReportReadException.Reason.MULTIPLE_REPORTS, "the page holds more than one"
                    + " report: after table 三 (" + sectionStart.get(Sec.T3) + ") and section " + name(secondReportAfter)
                    + ", the sections begin again here and table 三's rows follow (" + run.first()
                    + "); split the page and read each report", secondReport);
        }
        if (t3Assigned[row.ordinal()]) {
            duplicate(run, row.qualifiedLabel(), CellRef.of(row, ApplicantColumn.NATURAL_PERSON));
            return;
        }
        t3Assigned[row.ordinal()] = true;
        t3LastOrder = Math.max(t3LastOrder, labels.t3Order[row.ordinal()]);
        t3Rows = true;
        place(cells(row), run, pieces, false, Sec.T3, note);
    }

    /** A row whose label text is a fragment of exactly the next unread rows' labels. */
    private ApplicationRow byFragment(List<String> labelKeys) {
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        for (int k = labelKeys.size() - 1; k >= 0; k--) {
            String frag = Text.stripMarkers(labelKeys.get(k));
            if (frag.length() < 4) {
                continue;
            }
            ApplicationRow first = null;
            ApplicationRow after = null;
            for (int r = 0; r < rows.size(); r++) {
                ApplicationRow row = rows.get(r);
                if (t3Assigned[row.ordinal()] || !labels.t3Full[row.ordinal()].contains(frag)) {
                    continue;
                }
                if (first == null) {
                    first = row;
                }
                if (after == null && r > t3LastOrder) {
                    after = row;
                }
            }
            if (after != null || first != null) {
                return after != null ? after : first;
            }
        }
        return null;
    }

    /** The next row in printed order, if its full label stands in the table's text without numbers. */
    private ApplicationRow byDetachedLabel() {
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        int next = t3LastOrder + 1;
        if (next >= rows.size()) {
            return null;
        }
        ApplicationRow row = rows.get(next);
        String full = labels.t3Full[row.ordinal()];
        if (t3Assigned[row.ordinal()] || full.length() < 4 || t3Text.indexOf(full) < 0) {
            return null;
        }
        return row;
    }

    // ---------------------------------------------------------------- table 四

    private void t4Run(Run run, String label) {
        if (t4Done || emptyShort(run, T4_COLUMNS)) {
            return; // numbers after table 四 were counted as ignored as they came (add)
        }
        Labels.Alias alias = t4Pending.isEmpty() ? Labels.suffix(labels.t4, label) : null;
        if (alias != null) {
            ReviewLitigationRow row = (ReviewLitigationRow) alias.target();
            PieceList pieces = pieces(run);
            if (!plausibleRow(pieces, T4_COLUMNS)) {
                unplaced(run, "table 四");
                return;
            }
            if (t4Rows[row.ordinal()]) {
                duplicate(run, row.qualifiedLabel(), CellRef.of(row, ReviewLitigationColumn.UPHELD));
                return;
            }
            t4Rows[row.ordinal()] = true;
            place(cells(row), run, pieces, false, Sec.T4, null);
            return;
        }
        if (!run.hasNumbers()) {
            return;
        }
        boolean glued = run.extraGluable;
        for (Token t : run.tokens) {
            t4PendingPieces += pieceCount(t);
            glued |= t.gluable;
        }
        t4PendingPieces += run.extraPieces;
        t4Pending.addAll(run);
        if (t4PendingPieces >= 15 || glued) {
            flushT4();
        }
    }

    private void flushT4() {
        if (t4Pending.isEmpty() || t4Done) {
            return;
        }
        t4Done = true;
        List<CellRef> refs = new ArrayList<>(15);
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            if (t4Rows[row.ordinal()]) {
                continue;
            }
            refs.addAll(cells(row));
        }
        Run pending = t4Pending.copy();
        t4Pending.clear();
        if (!refs.isEmpty()) {
            place(refs, pending, true, Sec.T4, null);
        }
    }

    // ---------------------------------------------------------------- section 六

    private void s6Run(Run run, String label, List<String> labelKeys) {
        if (!hasFees) {
            return;
        }
        PieceList pieces = pieces(run);
        if (pieces.isEmpty()) {
            return;
        }
        int count = pieces.size() + pieces.unlisted;
        String l = label;
        while (!l.isEmpty() && "为是:,".indexOf(l.charAt(l.length() - 1)) >= 0) {
            l = l.substring(0, l.length() - 1);
        }
        FeeColumn column;
        if (count == 3 && l.contains("发出收费通知") && l.contains("实际收取")) {
            placeFees(pieces, List.of(FeeColumn.values()));
            return;
        }
        if (l.endsWith("发出收费通知的件数") || l.endsWith("发出收费通知件数") || l.endsWith("收费通知的件数")) {
            column = FeeColumn.NOTICES_ISSUED;
        } else if (l.endsWith("实际收取的总金额") || l.endsWith("实际收取总金额") || l.endsWith("实际收取的金额")
                || l.endsWith("实际收取金额")) {
            column = FeeColumn.AMOUNT_COLLECTED;
        } else if (l.endsWith("总金额") && labelKeys.size() > 0) {
            column = FeeColumn.AMOUNT_NOTICED;
        } else {
            return;
        }
        placeFees(pieces.subList(0, 1), List.of(column));
    }

    private void placeFees(List<Piece> pieces, List<FeeColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            CellRef ref = CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, columns.get(i));
            if (values[Cells.slot(ref)] != null || ambiguous[Cells.slot(ref)] != null) {
                continue;
            }
            setParsed(ref, pieces.get(i), null);
        }
    }

    // ---------------------------------------------------------------- placing numbers

    /** One printed number (or empty cell), with where it stands. */
    record Piece(String text, String raw, SourcePosition position, boolean gluable) {
    }

    /** How many pieces (cells, or numbers separated by spaces) a token holds. */
    static int pieceCount(Token t) {
        if (t.kind == Token.Kind.EMPTY) {
            return 1;
        }
        int count = 0;
        boolean in = false;
        for (int i = 0; i < t.text.length(); i++) {
            boolean space = t.text.charAt(i) == ' ' || t.text.charAt(i) == '\t';
            if (!space && !in) {
                count++;
            }
            in = !space;
        }
        return count;
    }

    /** The most pieces of a run made; the rest are counted ({@link PieceList#unlisted}). */
    static final int MAX_PIECES = 256;

    /**
     * The pieces of a run, in order: the first {@link #MAX_PIECES} made, the rest counted. A row has at most 16
     * cells, so a run with pieces not made is never placed.
     */
    static final class PieceList extends ArrayList<Piece> {
        private static final long serialVersionUID = 1L;
        /** Pieces after those made (of long tokens, and of the run's tokens past {@link Run#LIMIT}). */
        int unlisted;
        /** Empty cells at the very end of the run, made or not. */
        int tail;

        PieceList(int capacity) {
            super(capacity);
        }
    }

    static PieceList pieces(Run run) {
        PieceList out = pieces(run.tokens, run.size() > 1);
        if (run.overflowed()) {
            out.unlisted += run.extraPieces;
            out.tail = run.extraTrailingEmpty == run.extraTokens ? out.tail + run.extraTrailingEmpty
                    : run.extraTrailingEmpty;
        }
        return out;
    }

    static List<Piece> pieces(List<Token> run) {
        return pieces(run, run.size() > 1);
    }

    /**
     * The pieces of tokens.
     *
     * @param several whether the run has more than one token: lone numbers on lines of their own are cells of a
     *     flattened table, and when a row has several, a short row means a lost cell, not glued numbers
     */
    private static PieceList pieces(List<Token> run, boolean several) {
        PieceList out = new PieceList(Math.min(run.size(), MAX_PIECES) + 4);
        for (Token t : run) {
            if (out.size() >= MAX_PIECES) {
                out.unlisted += pieceCount(t);
                out.tail = t.kind == Token.Kind.EMPTY ? out.tail + 1 : 0;
                continue;
            }
            boolean gluable = t.gluable && !(several && t.lineAlone);
            if (t.kind == Token.Kind.EMPTY) {
                out.add(new Piece("", "", t.position(), false));
                out.tail++;
                continue;
            }
            out.tail = 0;
            String s = t.text;
            // A value's text is trimmed, so a space can only stand between two characters.
            if (s.length() < 3 || !hasSpaceOrTab(s)) {
                out.add(new Piece(s, t.raw(), t.position(), gluable));
                continue;
            }
            int i = 0;
            while (i < s.length()) {
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    i++;
                }
                int j = i;
                while (j < s.length() && s.charAt(j) != ' ' && s.charAt(j) != '\t') {
                    j++;
                }
                if (j > i && out.size() >= MAX_PIECES) {
                    out.unlisted++; // a huge run of spaced numbers: counted, not made
                } else if (j > i) {
                    String p = s.substring(i, j);
                    String raw = t.raw().length() == s.length() ? t.raw().substring(i, j) : p;
                    SourcePosition pos = t.line > 0 && i > 0 ? SourcePosition.line(t.line, t.column + i)
                            : t.position();
                    if (!out.isEmpty() && isUnitOnly(p)) {
                        Piece prev = out.remove(out.size() - 1);
                        out.add(new Piece(prev.text + p, prev.raw + " " + raw, prev.position, prev.gluable));
                    } else {
                        out.add(new Piece(p, raw, pos, gluable));
                    }
                }
                i = j;
            }
        }
        return out;
    }

    private static boolean hasSpaceOrTab(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnitOnly(String p) {
        return p.equals("件") || p.equals("元") || p.equals("万元") || p.equals("个") || p.equals("项")
                || p.equals("条") || p.equals("次") || p.equals("人次");
    }

    /**
     * Tells whether a run can be a row of {@code cells} cells: nearly as many pieces (a cell or two lost),
     * or glued digits enough for every cell. A number or two after a row label in prose ("重复申请 3 件")
     * is not a row, and does not use the row up.
     */
    private static boolean plausibleRow(PieceList pieces, int cells) {
        if (pieces.size() + pieces.unlisted >= cells - 2) {
            return true;
        }
        int digits = 0;
        boolean glued = false;
        for (Piece p : pieces) {
            glued |= p.gluable;
            for (int i = 0; i < p.text.length(); i++) {
                if (Text.isAsciiDigit(p.text.charAt(i))) {
                    digits++;
                }
            }
        }
        return glued && digits >= cells;
    }

    /**
     * Tells whether a run holds only empty cells, fewer than a row has: header padding, not a row printed
     * empty.
     */
    private static boolean emptyShort(Run run, int cells) {
        return !run.hasNumbers() && run.size() < cells;
    }

    private void place(List<CellRef> refs, Run run, boolean severalRows, Sec sec, String note) {
        place(refs, run, pieces(run), severalRows, sec, note);
    }

    /**
     * Places a run whose {@link #pieces} were already taken; {@code pieces} is modified. Pieces of a run past
     * {@link Run#LIMIT} tokens are counted, never placed: such a run is far too long for any row.
     */
    private void place(List<CellRef> refs, Run run, PieceList pieces, boolean severalRows, Sec sec,
            String note) {
        int n = refs.size();
        int unlisted = pieces.unlisted;
        if (pieces.size() + unlisted > n) {
            // Empty cells that end a run are dropped while there are too many pieces, counted ones first.
            int trailing = Math.min(Math.min(pieces.tail, unlisted), pieces.size() + unlisted - n);
            unlisted -= trailing;
            while (unlisted == 0 && pieces.size() > n && pieces.get(pieces.size() - 1).text.isEmpty()) {
                pieces.remove(pieces.size() - 1);
                trailing++;
            }
            if (trailing > 0 && warnedTrailing.putIfAbsent(sec, Boolean.TRUE) == null) {
                warnings.add(new ReadingWarning(ReadingWarning.Code.TRAILING_EMPTY_CELLS,
                        "empty cells after the last column of a row were ignored (first seen here)",
                        Optional.of(run.first()), Optional.of(refs.get(0))));
            }
        }
        if (unlisted > 0) {
            ambiguity(refs, rawOf(pieces, unlisted), pieces.isEmpty() ? run.first() : pieces.get(0).position,
                    "the row has " + (pieces.size() + unlisted) + " values for " + n + " cells", List.of(), 0, false);
            return;
        }
        if (sec == Sec.T3 && n == 7 && pieces.size() == 8) {
            int drop = subtotalColumn(pieces);
            if (drop >= 0) {
                pieces.remove(drop);
            }
        }
        if (pieces.size() == n) {
            for (int i = 0; i < n; i++) {
                setParsed(refs.get(i), pieces.get(i), note);
            }
            return;
        }
        String raw = rawOf(pieces);
        SourcePosition at = pieces.isEmpty() ? run.first() : pieces.get(0).position;
        if (pieces.size() > n) {
            ambiguity(refs, raw, at, "the row has " + pieces.size() + " values for " + n + " cells", List.of(), 0,
                    false);
            return;
        }
        boolean gluable = false;
        for (Piece p : pieces) {
            gluable |= p.gluable && p.text.length() > 1;
        }
        List<ValueKind> kinds = new ArrayList<>(n);
        for (CellRef r : refs) {
            kinds.add(r.column().valueKind());
        }
        if (!gluable) {
            lostCells(refs, pieces, kinds, raw, at);
            return;
        }
        List<Splitter.Piece> sp = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            sp.add(new Splitter.Piece(p.text, p.gluable));
        }
        Splitter.Identities identities = Splitter.Identities.among(edition, refs);
        Splitter.Result result = Splitter.split(sp, kinds, identities, settings.maxCandidates(),
                settings.maxSplitSteps());
        String rule = identities.isEmpty() ? "the only way to cut it into " + n + " numbers"
                : severalRows ? "the only split in which each group's total equals the sum of its cells"
                : "the only split in which the total equals the sum of the other cells";
        if (result.fittingCount() == 1 && !result.exhausted()) {
            List<String> parts = result.fitting().get(0);
            String splitNote = "split from glued run '" + raw + "': " + rule
                    + (note == null ? "" : "; " + note);
            for (int i = 0; i < n; i++) {
                setParsed(refs.get(i), new Piece(parts.get(i), parts.get(i), at, true), splitNote);
            }
            warnings.add(new ReadingWarning(ReadingWarning.Code.GLUED_ROW_SPLIT,
                    "glued run '" + raw + "' split as " + String.join("/", parts) + ": " + rule,
                    Optional.of(at), Optional.of(refs.get(0))));
            return;
        }
        List<List<String>> shown = result.fittingCount() > 0 ? result.fitting() : result.others();
        String reason;
        if (result.fittingCount() > 1) {
            reason = "glued run has " + result.fittingCount() + (result.exhausted() ? "+" : "")
                    + (identities.isEmpty() ? " possible splits and the table has no identity to choose"
                            : " splits consistent with the identity");
        } else if (result.exhausted()) {
            reason = "glued run is too long to split within the search limit";
        } else if (result.otherCount() > 0) {
            reason = "no split of the glued run satisfies the identity";
        } else {
            reason = "the glued run cannot be cut into " + n + " numbers";
        }
        List<List<CellValue>> candidates = new ArrayList<>(shown.size());
        for (List<String> parts : shown) {
            List<CellValue> c = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                c.add(Values.parse(parts.get(i), kinds.get(i)).value());
            }
            candidates.add(c);
        }
        int count = result.fittingCount() > 0 ? result.fittingCount() : result.otherCount();
        ambiguity(refs, raw, at, reason, candidates, count, result.exhausted());
    }

    /** A row with fewer cells than columns and nothing glued: list where the printed values could go. */
    private void lostCells(List<CellRef> refs, List<Piece> pieces, List<ValueKind> kinds, String raw,
            SourcePosition at) {
        int n = refs.size();
        int k = pieces.size();
        List<List<CellValue>> candidates = new ArrayList<>();
        int[] count = new int[1];
        if (k > 0 && n - k <= 3) {
            choose(0, 0, new int[k], n, pieces, kinds, candidates, count);
        }
        ambiguity(refs, raw, at, "the row has " + k + " value(s) for " + n + " cells: a cell was lost, and which one"
                + " cannot be told", candidates, Math.max(count[0], candidates.size()), false);
    }

    private void choose(int piece, int from, int[] slots, int n, List<Piece> pieces, List<ValueKind> kinds,
            List<List<CellValue>> out, int[] count) {
        if (piece == slots.length) {
            List<CellValue> c = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                c.add(CellValue.blank());
            }
            for (int p = 0; p < slots.length; p++) {
                Values.Parsed parsed = Values.parse(pieces.get(p).text, kinds.get(slots[p]));
                if (!parsed.ok()) {
                    return;
                }
                c.set(slots[p], parsed.value());
            }
            count[0]++;
            if (out.size() < settings.maxCandidates()) {
                out.add(c);
            }
            return;
        }
        for (int s = from; s <= n - (slots.length - piece); s++) {
            slots[piece] = s;
            choose(piece + 1, s + 1, slots, n, pieces, kinds, out, count);
        }
    }

    /** Finds the 法人或其他组织 subtotal among eight values, from the header or by its sum. */
    private int subtotalColumn(List<Piece> pieces) {
        int fromHeader = -1;
        int sub = Math.max(t3Text.indexOf("小计"), t3Text.indexOf("合计"));
        if (sub >= 0) {
            int legal = t3Text.indexOf("法律服务机构");
            int commercial = t3Text.indexOf("商业企业");
            fromHeader = commercial >= 0 && sub < commercial ? 1 : 6;
            if (legal >= 0 && sub > legal) {
                fromHeader = 6;
            }
        }
        int byIdentity = -1;
        long[] v = new long[8];
        boolean numeric = true;
        for (int i = 0; i < 8; i++) {
            CellValue value = Values.parse(pieces.get(i).text, ValueKind.COUNT).value();
            if (value instanceof CellValue.Count c) {
                v[i] = c.value();
            } else {
                numeric = false;
            }
        }
        if (numeric) {
            if (v[6] == v[1] + v[2] + v[3] + v[4] + v[5]) {
                byIdentity = 6;
            } else if (v[1] == v[2] + v[3] + v[4] + v[5] + v[6]) {
                byIdentity = 1;
            }
        }
        int drop = fromHeader >= 0 ? fromHeader : byIdentity;
        if (drop >= 0 && !warnedSubtotalColumn) {
            warnedSubtotalColumn = true;
            warnings.add(new ReadingWarning(ReadingWarning.Code.SUBTOTAL_COLUMN_SKIPPED,
                    "table 三 has a 法人或其他组织 subtotal column (position " + (drop + 1) + " of 8"
                            + (fromHeader >= 0 ? ", named in the header" : ", found by its sum")
                            + "); it is not part of the model and was skipped",
                    Optional.of(pieces.get(drop).position), Optional.empty()));
        }
        return drop;
    }

    private void setParsed(CellRef ref, Piece piece, String note) {
        Values.Parsed parsed = Values.parse(piece.text, ref.column().valueKind());
        if (!parsed.ok()) {
            ambiguity(List.of(ref), piece.text, piece.position, parsed.error(), List.of(), 0, false);
            warnings.add(new ReadingWarning(ReadingWarning.Code.UNREADABLE_VALUE, parsed.error(),
                    Optional.of(piece.position), Optional.of(ref)));
            return;
        }
        CellValue value = parsed.value();
        if (value instanceof CellValue.NotApplicable && !piece.raw.isBlank() && piece.raw.indexOf('|') < 0) {
            value = CellValue.notApplicable(piece.raw.strip());
        }
        Provenance p = new Provenance(ref, piece.raw, piece.position, Optional.ofNullable(note));
        int slot = Cells.slot(ref);
        values[slot] = value;
        // Slots increase in the order of CellRef.compareTo (CellsTest), so the lists' order is known as they grow.
        if (value instanceof CellValue.Blank) {
            blankInOrder &= slot > lastBlankSlot;
            lastBlankSlot = slot;
            blankList.add(p);
        } else {
            readInOrder &= slot > lastReadSlot;
            lastReadSlot = slot;
            readList.add(p);
        }
    }

    private void ambiguity(List<CellRef> refs, String raw, SourcePosition at, String reason,
            List<List<CellValue>> candidates, int count, boolean exhausted) {
        Ambiguity a = new Ambiguity(refs, raw, at, reason, candidates, count, exhausted);
        ambiguities.add(a);
        for (CellRef r : refs) {
            ambiguous[Cells.slot(r)] = a;
        }
    }

    private void unplaced(Run run, String table) {
        if (!run.hasNumbers()) {
            return;
        }
        repeatable(ReadingWarning.Code.UNPLACED_NUMBERS, run,
                () -> "numbers '" + rawOf(run) + "' in " + table + " belong to no recognised row; not used", null);
    }

    private void duplicate(Run run, String label, CellRef first) {
        repeatable(ReadingWarning.Code.DUPLICATE_ROW, run,
                () -> "row " + label + " printed again with '" + rawOf(run) + "'; the first was kept", first);
    }

    /**
     * Adds a warning of a kind a hostile page could repeat for every line: the first
     * {@link #MAX_REPEATED_WARNINGS} are listed, the rest counted in one more at the end ({@link #reportRepeated}).
     */
    private void repeatable(ReadingWarning.Code code, Run run, Supplier<String> message, CellRef cell) {
        Repeated r = repeated.computeIfAbsent(code, c -> new Repeated());
        if (++r.count <= MAX_REPEATED_WARNINGS) {
            warnings.add(new ReadingWarning(code, message.get(), Optional.of(run.first()), Optional.ofNullable(cell)));
        } else {
            r.last = run.first();
        }
    }

    /** How many warnings of one kind were given, and where the last one not listed stands. */
    private static final class Repeated {
        int count;
        SourcePosition last;
    }

    private void reportRepeated() {
        repeated.forEach((code, r) -> {
            if (r.count > MAX_REPEATED_WARNINGS) {
                warnings.add(new ReadingWarning(code, (r.count - MAX_REPEATED_WARNINGS) + " more warnings like the "
                        + MAX_REPEATED_WARNINGS + " above were not listed; the last here", Optional.of(r.last),
                        Optional.empty()));
            }
        });
    }

    private static String rawOf(Run run) {
        return rawOf(run.tokens, run.extraTokens);
    }

    private static String rawOf(List<?> items) {
        return rawOf(items, 0);
    }

    /**
     * The raw texts of tokens or pieces, joined with {@code " | "}: at most {@link #MAX_RAW_CHARS} characters
     * of them, then how many characters, and how many more values ({@code more}), were left out.
     */
    private static String rawOf(List<?> items, int more) {
        StringBuilder sb = new StringBuilder();
        long left = 0;
        for (Object o : items) {
            String s = o instanceof Token t ? t.raw() : ((Piece) o).raw;
            String sep = sb.length() > 0 ? " | " : "";
            if (left == 0 && sb.length() + sep.length() + s.length() <= MAX_RAW_CHARS) {
                sb.append(sep).append(s);
                continue;
            }
            int room = left > 0 ? 0 : Math.max(0, MAX_RAW_CHARS - sb.length() - sep.length());
            if (room > 0 && Character.isHighSurrogate(s.charAt(room - 1))) {
                room--; // never half a pair
            }
            if (room > 0) {
                sb.append(sep).append(s, 0, room);
                left += s.length() - room;
            } else {
                left += sep.length() + s.length();
            }
        }
        if (left > 0) {
            sb.append("… (").append(left).append(" more characters)");
        }
        if (more > 0) {
            sb.append(" | … (").append(more).append(" more values)");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- result

    private ReadResult build(HeaderReader.Header header, Integer year) {
        Report.Builder b = Report.builder(edition);
        // Core accepts no control character in a name; what the title holds besides is the organ's name.
        String organ = withoutControls(header.organ(), "the organ name", header.titlePosition());
        if (organ != null && organ.isBlank()) {
            organ = null;
        }
        if (organ == null) {
            organ = UNKNOWN_ORGAN;
            warnings.add(new ReadingWarning(ReadingWarning.Code.HEADER_INFERRED,
                    "no title naming the organ was found; organ set to " + UNKNOWN_ORGAN, Optional.empty(),
                    Optional.empty()));
        }
        int reportYear;
        if (year != null) {
            reportYear = year;
            if (plausibleYear(header.year()) == null) {
                warnings.add(new ReadingWarning(ReadingWarning.Code.HEADER_INFERRED,
                        "no title with the year; report year " + year + " taken from the statistics period",
                        Optional.empty(), Optional.empty()));
            }
        } else if (header.date() != null && plausibleYear(header.date().getYear() - 1) != null) {
            reportYear = header.date().getYear() - 1;
            warnings.add(new ReadingWarning(ReadingWarning.Code.HEADER_INFERRED,
                    "no title with the year; report year taken as the year before publication, " + reportYear,
                    Optional.empty(), Optional.empty()));
        } else {
            reportYear = edition.firstReportYear();
            warnings.add(new ReadingWarning(ReadingWarning.Code.HEADER_INFERRED,
                    "no year found anywhere; report year set to the edition's first year, " + reportYear,
                    Optional.empty(), Optional.empty()));
        }
        b.organName(organ).reportYear(reportYear).publicationDate(header.date());
        String source = withoutControls(header.source(), "the source address", header.sourcePosition());
        if (source != null && !source.isBlank()) {
            b.source(source);
        }
        b.narrative(Narrative.of(text(Sec.ONE), text(Sec.FIVE), text(Sec.SIX)));
        // One array per table in the builder's layout, which is the slots' layout from the table's base.
        CellValue[][] tables = new CellValue[ReportTable.values().length][];
        for (ReportTable table : ReportTable.values()) {
            tables[table.ordinal()] = new CellValue[table.rows().size() * table.columns().size()];
        }
        List<MissingCell> missing = new ArrayList<>();
        int[] slots = Cells.allSlots(edition);
        for (int k = 0; k < slots.length; k++) {
            int slot = slots[k];
            CellValue v = values[slot];
            if (v != null) {
                ReportTable table = Cells.tableOf(slot);
                tables[table.ordinal()][slot - Cells.base(table)] = v;
            } else if (ambiguous[slot] == null) {
                missing.add(missing(CellRef.all(edition).get(k)));
            }
        }
        for (ReportTable table : ReportTable.values()) {
            CoreAccess.setAll(b, table, tables[table.ordinal()]);
        }
        ReadingReport reading = new ReadingReport(page.format(), edition, sorted(readList, readInOrder),
                sorted(blankList, blankInOrder),
                ambiguities, missing, warnings);
        return new ReadResult(b.build(), reading);
    }

    /** The text without control characters, with a warning if it had some; null for null. */
    private String withoutControls(String text, String what, SourcePosition at) {
        if (text == null) {
            return null;
        }
        String clean = Characters.withoutControls(text);
        if (!clean.equals(text)) {
            warnings.add(new ReadingWarning(ReadingWarning.Code.CONTROL_CHARACTERS_REMOVED,
                    "control characters removed from " + what + (clean.isBlank() ? ", which left nothing" : ""),
                    Optional.ofNullable(at), Optional.empty()));
        }
        return clean;
    }

    /** The list sorted by cell, in place (stable), unless its cells were placed in order, as they mostly are. */
    private static List<Provenance> sorted(List<Provenance> list, boolean inOrder) {
        if (!inOrder) {
            list.sort((a, b) -> a.cell().compareTo(b.cell()));
        }
        return list;
    }

    private String text(Sec sec) {
        StringBuilder sb = narrative.get(sec);
        if (sb == null) {
            return null;
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private MissingCell missing(CellRef ref) {
        Sec sec = switch (ref.table()) {
            case T2 -> Sec.T2;
            case T3 -> Sec.T3;
            case T4 -> Sec.T4;
            case S6 -> Sec.SIX;
        };
        SourcePosition at = sectionStart.get(sec);
        String where = ref.table() == ReportTable.S6 ? "section 六" : "table " + tableName(ref.table());
        String reason = at == null ? where + " was not found"
                : ref.table() == ReportTable.S6 ? "the figure is not stated in section 六"
                : "row " + ref.row().qualifiedLabel(edition) + " was not found in " + where;
        return new MissingCell(ref, reason, Optional.ofNullable(at));
    }

    private static String name(Sec s) {
        return switch (s) {
            case NONE -> "none";
            case ONE -> "一";
            case T2 -> "二";
            case T3 -> "三";
            case T4 -> "四";
            case FIVE -> "五";
            case SIX -> "六";
        };
    }

    private static String tableName(ReportTable t) {
        return switch (t) {
            case T2 -> "二";
            case T3 -> "三";
            case T4 -> "四";
            case S6 -> "六";
        };
    }
}
