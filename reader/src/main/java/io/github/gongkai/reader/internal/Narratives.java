package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.internal.Headings.Sec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/**
 * The text of sections 一, 五 and 六, kept up to {@link #NARRATIVE_CHARS} characters each, and what was not
 * read: narrative past its cap, numbers after table 四, text replaced by a section's heading again. One per
 * reading.
 */
final class Narratives {

    /** The narrative kept of each of sections 一, 五 and 六; what follows is ignored, with a warning. */
    static final int NARRATIVE_CHARS = 100_000;

    private final Warnings warnings;
    private final boolean controlFree;
    private final EnumMap<Sec, SectionText> narrative = new EnumMap<>(Sec.class);
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

    /**
     * Creates the narratives of a page.
     *
     * @param warnings where what was not read is reported
     * @param controlFree whether the page is known to hold no control character but TAB, LF and CR: then
     *     neither do its narratives, made of its characters (folded, which never makes one) and line feeds, and
     *     they are not searched for one
     */
    Narratives(Warnings warnings, boolean controlFree) {
        this.warnings = warnings;
        this.controlFree = controlFree;
    }

    /**
     * Starts a narrative section at its heading: a heading again (a table of contents, or a hostile page)
     * starts the section's text anew, and the text it replaces is counted as not read.
     *
     * @param s the section, 一, 五 or 六
     * @param heading where the heading stands
     */
    void start(Sec s, SourcePosition heading) {
        SectionText earlier = narrative.get(s);
        if (earlier == null) {
            narrative.put(s, new SectionText());
        } else if (earlier.length() > 0) {
            replaced(s, earlier, heading);
            earlier.clear();
        }
    }

    /**
     * Tells whether a section's narrative takes no more text: it is full, or the section has none.
     *
     * @param s the section
     * @return true if so
     */
    boolean full(Sec s) {
        SectionText sb = narrative.get(s);
        return sb == null || sb.length() > NARRATIVE_CHARS;
    }

    /**
     * Adds a token to a section's narrative, or counts it as not read when the narrative is full.
     *
     * @param s the section
     * @param t the token
     * @param heading whether the token is the section's heading
     */
    void append(Sec s, Token t, boolean heading) {
        if (!heading) {
            add(s, t, t.text);
        }
    }

    /**
     * Adds part of a token's text to a section's narrative, or counts the token as not read when the narrative is
     * full: the text before a heading in the token, or after the heading's title.
     *
     * @param s the section
     * @param t the token
     * @param from the first character of {@code t.text} taken (whitespace at either end is not)
     * @param to one past the last
     */
    void appendPart(Sec s, Token t, int from, int to) {
        String text = t.text;
        int b = from;
        int e = to;
        while (b < e && Text.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Text.isWhitespace(text.charAt(e - 1))) {
            e--; // a part ends where a heading begins, after the space before it
        }
        if (b < e) {
            add(s, t, b == 0 && e == text.length() ? text : text.substring(b, e));
        }
    }

    private void add(Sec s, Token t, String piece) {
        SectionText sb = narrative.get(s);
        if (sb == null) {
            return;
        }
        if (sb.length() > NARRATIVE_CHARS) {
            ignore(s, t.line, t.line > 0 ? null : t.position());
            return;
        }
        if (sb.length() > 0 && (t.rowStart || !sameLine(t))) {
            sb.lineBreak();
        }
        lastNarrativeLine = t.line;
        lastNarrativeCell = t.line > 0 ? null : t.position();
        if (sb.length() == 0) {
            narrativeFirst[s.ordinal()] = t.position();
        }
        narrativeLastLine[s.ordinal()] = t.line;
        narrativeLastCell[s.ordinal()] = lastNarrativeCell;
        sb.append(piece);
    }

    /** {@link #append} of the one token of a line of digits, from the page's characters. */
    void appendLine(Sec s, char[] chars, int from, int to, int line) {
        SectionText sb = narrative.get(s);
        if (sb == null) {
            return;
        }
        if (sb.length() > NARRATIVE_CHARS) {
            ignore(s, line, null);
            return;
        }
        if (sb.length() > 0 && lastNarrativeLine != line) {
            sb.lineBreak();
        }
        lastNarrativeLine = line;
        lastNarrativeCell = null;
        if (sb.length() == 0) {
            narrativeFirst[s.ordinal()] = SourcePosition.line(line, 1);
        }
        narrativeLastLine[s.ordinal()] = line;
        narrativeLastCell[s.ordinal()] = null;
        sb.append(new String(chars, from, to - from));
    }

    private boolean sameLine(Token t) {
        if (lastNarrativeLine > 0 && t.line > 0) {
            return lastNarrativeLine == t.line;
        }
        return lastNarrativeLine >= 0 && lastNarrativeLine == t.line && t.position().equals(lastNarrativeCell);
    }

    /** Counts a line (or a block or cell, at {@code cell}) whose content was not read. */
    void ignore(Sec s, int line, SourcePosition cell) {
        Ignored i = ignored.get(s);
        if (i == null) {
            i = new Ignored(warnings.size(), line > 0 ? SourcePosition.line(line, 1) : cell);
            ignored.put(s, i);
        }
        i.count(line, cell);
    }

    /** Counts the text of a narrative section that a later heading of the same section replaced. */
    private void replaced(Sec s, SectionText earlier, SourcePosition heading) {
        Ignored i = replacedText.get(s);
        if (i == null) {
            i = new Ignored(warnings.size(), narrativeFirst[s.ordinal()]);
            replacedText.put(s, i);
        }
        i.units += 1 + earlier.lineBreaks();
        i.lastLine = narrativeLastLine[s.ordinal()];
        i.lastCell = narrativeLastCell[s.ordinal()];
        i.heading = heading;
    }

    /** Adds the warnings for what was not read, where it was first met. */
    void reportIgnored() {
        List<Ignored> all = new ArrayList<>();
        ignored.forEach((s, i) -> {
            String units = Integer.toString(i.units);
            String last = i.last().toString();
            if (s == Sec.ONE || s == Sec.FIVE || s == Sec.SIX) {
                i.detail = ReadingWarning.Detail.SECTION_TOO_LONG;
                i.arguments = List.of(numeral(s), Integer.toString(NARRATIVE_CHARS), units, last);
            } else {
                i.detail = ReadingWarning.Detail.NUMBERS_AFTER_TABLE_FOUR;
                i.arguments = List.of(units, last);
            }
            all.add(i);
        });
        replacedText.forEach((s, i) -> {
            i.detail = ReadingWarning.Detail.SECTION_HEADING_REPEATED;
            i.arguments = List.of(numeral(s), i.heading.toString(), Integer.toString(i.units), i.last().toString());
            all.add(i);
        });
        all.sort((x, y) -> Integer.compare(y.warningIndex, x.warningIndex));
        for (Ignored i : all) {
            warnings.add(i.warningIndex, ReadingWarning.of(i.detail, i.arguments, Optional.of(i.first),
                    Optional.empty()));
        }
    }

    private static String numeral(Sec s) {
        return s == Sec.ONE ? "一" : s == Sec.FIVE ? "五" : "六";
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
        ReadingWarning.Detail detail;
        List<String> arguments;

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

    /** The narrative kept of a section, stripped; null if none. */
    String text(Sec sec) {
        SectionText sb = narrative.get(sec);
        if (sb == null) {
            return null;
        }
        // Core rejects control characters (but TAB, LF, CR) in a narrative: a page's NULs are not text.
        String joined = sb.toString();
        assert !controlFree || Characters.narrative(joined).equals(joined) : "a control-free page made " + joined;
        String s = (controlFree ? joined : Characters.narrative(joined)).strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * A section's text as the pieces it was put together from, joined once when it is asked for: the pieces
     * are the tokens' own strings, so the narrative, most of a page, is copied once (not grown in a builder,
     * widened at its first ideograph, copied again by {@code toString}). Short pieces (a hostile page of
     * one-character lines) are joined as they come, so that the references and string headers kept stay a few
     * bytes per character of text.
     */
    private static final class SectionText {
        /** Below this many pieces they are never joined early. */
        private static final int FEW = 256;
        /** At most one piece per this many characters is kept unjoined. */
        private static final int CHARS_PER_PIECE = 8;

        private final List<String> pieces = new ArrayList<>();
        private int length;

        int length() {
            return length;
        }

        void append(String piece) {
            if (piece.isEmpty()) {
                return; // an empty cell adds nothing, and must not count towards a join
            }
            pieces.add(piece);
            length += piece.length();
            if (pieces.size() > FEW && pieces.size() * CHARS_PER_PIECE > length) {
                // A join copies the text so far; before the next the text grows by a seventh of itself or more
                // (every piece holds a character), so the copying stays linear in the text.
                String joined = toString();
                pieces.clear();
                pieces.add(joined);
            }
        }

        void lineBreak() {
            append("\n");
        }

        /** How many line feeds the text holds (asked only when a heading again replaces it). */
        int lineBreaks() {
            int n = 0;
            for (String piece : pieces) {
                for (int i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) {
                    n++;
                }
            }
            return n;
        }

        void clear() {
            pieces.clear();
            length = 0;
        }

        @Override
        public String toString() {
            return String.join("", pieces);
        }
    }
}
