package io.github.gongkai.reader.internal;


import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Headings.Sec;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

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

    /** Table headers are short: longer text (narrative) is not searched for edition markers. */
    static final int MARKER_TOKEN_CHARS = 300;
    /** Each section's numeral, as an error names it, in the order of {@link Sec}. */
    private static final String[] SECTION_NAMES = {"none", "一", "二", "三", "四", "五", "六"};
    /** The text of table 三 kept to find its header's words and detached labels in. */
    private static final int T3_TEXT_CHARS = 20_000;

    private final Page page;
    private final ReadSettings settings;
    private Edition edition;
    private Labels labels;
    /** The cells read, blank and ambiguous, with their provenance; made when the edition is known. */
    private Placement placement;
    /** The rows of tables 二, 三 and 四; made when the edition is known. */
    private TableRows rows;
    private final Warnings warnings = new Warnings();
    /** The narrative sections kept, and what was not read. */
    private final Narratives narratives;
    /** Section 六's fee figures printed after their words; made when the edition is known. */
    private FeeRuns fees;
    /** Section 六's fee figures stated only in sentences; made when the edition is known. */
    private ProseFees proseFees;

    private final EnumMap<Sec, SourcePosition> sectionStart = new EnumMap<>(Sec.class);


    // The walk.
    private Sec sec = Sec.NONE;
    private final LabelTexts label = new LabelTexts();
    /** Table 三's label columns, where a converter left a row's merged label cells empty. */
    private final LabelColumns columns = new LabelColumns();
    /** The line of the token being taken, which may end the run before it ({@link Run#endLine}). */
    private int nextLine;
    private EmptyLineCells lineCells;
    private final Run run = new Run();
    /** Table 三 has no heading and its first label has not been met yet. */
    private boolean t3FallbackPending;
    /** Where sections begin again after table 三 and a later one: a second report if table 三's rows follow. */
    private SourcePosition secondReport;
    private Sec secondReportAfter;

    /** The section headings in the texts, and whose narrative each part of a text is. */
    private final HeadingWalk headings;

    /** The text of table 三 read so far (bounded), for its header's words and detached labels. */
    private final StringBuilder t3Text = new StringBuilder(2048);

    private Interpreter(Page page, ReadSettings settings) {
        this.page = page;
        this.settings = settings;
        this.narratives = new Narratives(warnings, page.isControlFree());
        this.headings = new HeadingWalk(new HeadingWalk.Sections() {
            @Override
            public Sec current() {
                return sec;
            }

            @Override
            public void enter(Token at, int[] heading) {
                enterSection(at, heading);
            }

            @Override
            public void take(Token t, String key, boolean heading) {
                Interpreter.this.take(t, key, heading);
            }
        }, narratives);
    }

    /**
     * Reads a page.
     *
     * @param page the page
     * @param settings the reader's settings
     * @return the result
     * @throws ReportReadException if the page is not a report or lacks table 三
     */
    static ReadResult read(Page page, ReadSettings settings) {
        return new Interpreter(page, settings).run();
    }

    private ReadResult run() {
        Scan scan = new Scan();
        page.emit(scan);
        scan.requireTableThree();
        if (!scan.anyT3) {
            t3FallbackPending = true;
            warnings.add(ReadingWarning.of(ReadingWarning.Detail.TABLE_THREE_HEADING_MISSING, List.of(),
                    Optional.of(scan.t3Label), Optional.empty()));
        }

        HeaderReader.Header header = HeaderReader.read(page.head());
        Integer year = ResultAssembly.plausibleYear(header.year());
        if (year == null) {
            year = ResultAssembly.plausibleYear(header.periodYear());
        }
        edition = scan.edition(year, warnings);
        labels = Labels.of(edition);
        placement = new Placement(edition, settings, warnings, t3Text, columns);
        lineCells = new EmptyLineCells(page.adjacentLines(), page.linesOneApart(), page.droppedLines(), edition,
                labels.t3Order, t3Text);
        rows = new TableRows(edition, labels, placement, warnings, t3Text, this::beforeT3Row, lineCells, columns);
        fees = new FeeRuns(edition, placement);
        proseFees = new ProseFees(edition, placement, warnings);

        page.emit(this);
        headings.finish();
        nextLine = Integer.MAX_VALUE;
        endRun();
        rows.flushT4();
        rows.confirmDetached();
        rows.flushGroups();
        TableDecision.decide(placement, edition, warnings);
        proseFees.finish();
        narratives.reportIgnored();
        warnings.reportRepeated();
        if (!rows.t3Rows()) {
            SourcePosition at = sectionStart.get(Sec.T3);
            throw new ReportReadException(ReportReadException.Detail.TABLE_THREE_EMPTY, List.of(), at, null);
        }
        Narrative narrative = Narrative.of(narratives.text(Sec.ONE), narratives.text(Sec.FIVE), narratives.text(Sec.SIX));
        return new ResultAssembly(edition, page.format(), placement, warnings, sectionStart)
                .build(header, year, narrative);
    }

    // ---------------------------------------------------------------- walk

    @Override
    public void add(Token t) {
        nextLine = t.line;
        if (t.kind == Token.Kind.TEXT) {
            endRun();
            text(t);
            if (sec == Sec.T3) {
                columns.token(t);
            }
            return;
        }
        if (headings.pending()) {
            headings.notText();
        }
        if (t.rowStart) {
            endRun();
        }
        run.add(t);
        if (sec == Sec.SIX && !narratives.full(sec)) {
            proseFees.value(t);
        }
        if (sec != Sec.T2 && sec != Sec.T3 && sec != Sec.T4) {
            narratives.append(sec, t, false);
        } else if (sec == Sec.T4 && rows.t4Done() && t.kind == Token.Kind.VALUE) {
            narratives.ignore(sec, t.line, t.line > 0 ? null : t.position());
        }
        if (sec == Sec.T3) {
            columns.token(t);
        }
    }

    private void text(Token t) {
        int[] h = t.headings();
        boolean fallback = false;
        if (t3FallbackPending && t.key().contains(Headings.T3_FIRST_LABEL)) {
            // The first row label of a table 三 without heading starts it, before any heading in the same text.
            t3FallbackPending = false;
            fallback = h == null;
        }
        if (h == null && !fallback && !headings.pending() && t.brokenHeadingStart() < 0) {
            take(t, t.key(), false); // nearly every text: no heading in it, none about to begin
            narratives.append(sec, t, false);
            return;
        }
        headings.text(t, h, fallback);
    }

    /**
     * Takes a text token: as a label, as table 三's text and as section 六's fee sentences ({@link HeadingWalk}
     * puts it in the narrative).
     *
     * @param key its key, from its last heading on if it holds one
     * @param heading whether it holds a heading
     */
    private void take(Token t, String key, boolean heading) {
        label.add(key, t.line);
        if (sec == Sec.T3 && t3Text.length() < T3_TEXT_CHARS) {
            // Bounded: searched for every row printed without its label. A whole string is copied at once.
            int room = T3_TEXT_CHARS - t3Text.length();
            t3Text.append(key.length() <= room ? key : key.substring(0, room));
        }
        if (sec == Sec.SIX && !narratives.full(sec)) {
            proseFees.text(t, key, heading);
        }
    }

    /**
     * Enters the section of a heading: ends table 四 when it is left, notes where sections begin again after table 三
     * (a second report if table 三's rows follow), and starts a narrative section's text anew.
     *
     * @param t the token where the heading starts
     * @param h the heading ({@link Headings#find(String)})
     */
    private void enterSection(Token t, int[] h) {
        Sec next = Headings.SECTIONS[h[1]];
        if (secondReport == null && rows.t3Rows() && next.compareTo(Sec.T3) <= 0 && sec.compareTo(Sec.T3) > 0) {
            // Sections begin again after table 三 and a later section: a second report, if its table 三 has rows.
            secondReport = t.position();
            secondReportAfter = sec;
        }
        if (sec == Sec.T4 && next != Sec.T4) {
            rows.flushT4();
        }
        sec = next;
        sectionStart.putIfAbsent(sec, t.position());
        label.clear();
        if (sec == Sec.ONE || sec == Sec.FIVE || sec == Sec.SIX) {
            // A heading again (a table of contents, or a hostile page) starts the section's text anew.
            narratives.start(sec, t.position());
        }
    }

    /** Interprets the run of numbers that has ended, in the section it stands in. */
    private void endRun() {
        if (!run.isEmpty()) {
            interpretRun();
        } else if ((sec == Sec.T2 || sec == Sec.T3) && !label.isEmpty()
                && lineCells.mayBeEmptyRow(label.line(), nextLine)) {
            // No number between a label and the next text, but empty lines: a row printed blank, one a line?
            if (rows.emptyLineRow(sec, label.joined(), label.keys(), label.line(), nextLine)) {
                label.clear();
            }
        }
    }

    /** {@link #endRun} of a run that is not empty: apart, so that the check before it is compiled into its callers. */
    private void interpretRun() {
        run.labelLine = label.isEmpty() ? 0 : label.line();
        run.endLine = nextLine;
        // The label is joined only where rows are matched: prose sections have long keys and many numbers.
        switch (sec) {
            case T2 -> rows.t2Run(run, label.joined());
            case T3 -> rows.t3Run(run, label.joined(), label.keys(), label.inRowOf(run));
            case T4 -> rows.t4Run(run, label.joined());
            case SIX -> fees.run(run, label.joined(), label.keys());
            default -> {
            }
        }
        label.clear();
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
        if (headings.pending()) {
            return false;
        }
        if (kind == Token.Kind.TEXT) {
            if (!doneWithText()) {
                return false;
            }
            if (sec == Sec.ONE || sec == Sec.FIVE || sec == Sec.SIX) {
                narratives.ignore(sec, line, cell);
            }
            return true;
        }
        if (rowStart) {
            nextLine = line;
            endRun(); // as the token would
        }
        if (!doneWithValues()) {
            return false;
        }
        if (sec == Sec.ONE || sec == Sec.FIVE || sec == Sec.SIX || (sec == Sec.T4 && kind == Token.Kind.VALUE)) {
            narratives.ignore(sec, line, cell);
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
            case ONE, FIVE -> narratives.full(sec);
            case SIX -> narratives.full(sec) && fees.done();
            case T4 -> rows.t4Done();
            default -> false;
        };
    }

    /**
     * Whether a VALUE or EMPTY token would change nothing but be counted: where {@link #doneWithText}, and in
     * section 六 once its narrative is full for a run with no label before it, which can be no fee figure.
     */
    private boolean doneWithValues() {
        return doneWithText() || (sec == Sec.SIX && narratives.full(sec) && label.isEmpty());
    }

    /**
     * Takes a line without its tokens where {@link #skipToken} would take each of them, and a line of numbers
     * on a text page that continues a run already longer than any row (counted, and put in a narrative that is
     * not full).
     */
    @Override
    public boolean skipLine(char[] chars, int from, int to, int line, SourcePosition cell, int numbers,
            boolean rowStart) {
        if (headings.pending()) {
            return false;
        }
        if (numbers >= 0) {
            if (rowStart) {
                nextLine = line;
                endRun(); // as its first token would
            }
            if (doneWithValues()) {
                if (sec == Sec.ONE || sec == Sec.FIVE || sec == Sec.SIX || (sec == Sec.T4 && numbers > 0)) {
                    narratives.ignore(sec, line, cell);
                }
                return true;
            }
            if (rowStart || page.format() != SourceFormat.TEXT || !run.full() || sec == Sec.NONE) {
                return false;
            }
            // One VALUE token, the line's numbers (and spaces) trimmed, as the lexer makes it.
            run.addValueLine(line, numbers);
            if (sec != Sec.T2 && sec != Sec.T3 && sec != Sec.T4) {
                narratives.appendLine(sec, chars, from, to, line);
            }
            return true;
        }
        // Every token of a plain line is no heading; after table 四 its numbers are counted token by token.
        if (sec == Sec.T4 || !doneWithText()) {
            return false;
        }
        if (sec != Sec.NONE) {
            narratives.ignore(sec, line, cell);
        }
        return true;
    }

    /**
     * Called before a row of table 三 is placed: a row after the sections began again is a second report.
     *
     * @throws ReportReadException {@code MULTIPLE_REPORTS} if it is
     */
    private void beforeT3Row(Run run) {
        if (secondReport != null) {
            throw new ReportReadException(ReportReadException.Detail.SECOND_REPORT, List.of(
                    sectionStart.get(Sec.T3).toString(), SECTION_NAMES[secondReportAfter.ordinal()],
                    run.first().toString()), secondReport, null);
        }
    }
}
