package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import java.util.List;

/**
 * Tells a page's format from its content: one pass over a bounded prefix ({@link #PREFIX} characters), counting
 * HTML tags and Markdown pipe-table lines, making nothing but the verdict. Never throws; any text has a verdict.
 *
 * <p>The verdict is <em>conclusive</em> when the content leaves no doubt, and then overrides a format declared
 * by a file extension or a caller ({@link FormatChoice}):
 * <ul>
 *   <li>HTML: a document tag ({@code <!DOCTYPE html>}, {@code <html>}, {@code <head>}, {@code <body>}); a
 *       {@code <table>} tag with at least {@link #TABLE_CELLS} cell tags ({@code <td>}, {@code <th>}); at least
 *       {@link #FRAGMENT_CELLS} row and cell tags ({@code <tr>}, {@code <td>}, {@code <th>}), a table copied
 *       without its {@code <table>}; or markup dominating, at least {@link #DOMINATING_TAGS} tags and at least one
 *       for every two lines with text;</li>
 *   <li>Markdown: a pipe-table separator row ({@code |---|---|}), which no other kind of page has;</li>
 *   <li>text: neither any tag ({@code <} followed by a letter, {@code /} or {@code !}) nor any pipe-table row.</li>
 * </ul>
 * Weaker signs give an inconclusive verdict, used only when no format is declared (as {@code read(String)}
 * always detected): a lone {@code <table>} tag → HTML, three pipe-table rows without a separator → Markdown,
 * else text.
 */
public final class FormatSniffer {

    /** How many characters of a page are looked at. */
    public static final int PREFIX = 1 << 20;
    /** Cell tags that, with a {@code <table>} tag, make a page HTML. */
    static final int TABLE_CELLS = 2;
    /** Row and cell tags that make a page HTML without a {@code <table>} tag. */
    static final int FRAGMENT_CELLS = 8;
    /** Tags that make a page HTML when there is one for every two lines with text. */
    static final int DOMINATING_TAGS = 10;

    /** The verdict on a page with neither markup nor pipe-table rows. */
    private static final Verdict PLAIN = new Verdict(SourceFormat.TEXT, true, "no markup and no pipe-table row",
            ReadingWarning.Detail.FORMAT_BY_NO_MARKUP, List.of(), null);

    private FormatSniffer() {
    }

    /**
     * What the content shows.
     *
     * @param format the format the content shows (for an inconclusive verdict, the one detection would take)
     * @param conclusive whether the content leaves no doubt
     * @param evidence what was seen, in English ({@code "an <html> tag"})
     * @param detail the warning's detail that names the evidence, for a conclusive verdict; else null
     * @param values the values the detail names beyond the formats
     * @param at where the evidence stands in the page as given, or null when it is the whole prefix
     */
    public record Verdict(SourceFormat format, boolean conclusive, String evidence, ReadingWarning.Detail detail,
            List<String> values, SourcePosition at) {
    }

    /** Counts made in one pass. */
    private static final class Counts {
        int tags;
        int cellTags;
        int lines;
        int pipeRows;
        String docTagName;
        int docLine;
        int docColumn;
        boolean tableTag;
        int tableLine;
        int tableColumn;
        int firstCellLine;
        int firstCellColumn;
        int separatorLine;
        int separatorColumn;
    }

    /**
     * Looks at a page.
     *
     * @param text the page
     * @return the verdict, never null
     */
    public static Verdict sniff(String text) {
        int limit = Math.min(text.length(), PREFIX);
        if (!mayHaveMarkup(text, limit)) {
            return PLAIN; // most text pages, found with two searches the JIT makes fast
        }
        Counts c = count(text, limit);
        if (c.docTagName != null) {
            return new Verdict(SourceFormat.HTML, true, "an " + c.docTagName + " tag",
                    ReadingWarning.Detail.FORMAT_BY_DOCUMENT_TAG, List.of(c.docTagName),
                    SourcePosition.line(c.docLine, c.docColumn));
        }
        if (c.tableTag && c.cellTags >= TABLE_CELLS) {
            return new Verdict(SourceFormat.HTML, true, "a <table> tag and " + c.cellTags + " row and cell tags",
                    ReadingWarning.Detail.FORMAT_BY_TABLE_TAG, List.of(Integer.toString(c.cellTags)),
                    SourcePosition.line(c.tableLine, c.tableColumn));
        }
        if (c.cellTags >= FRAGMENT_CELLS) {
            return new Verdict(SourceFormat.HTML, true, c.cellTags + " table row and cell tags (<tr>, <td>, <th>)",
                    ReadingWarning.Detail.FORMAT_BY_CELL_TAGS, List.of(Integer.toString(c.cellTags)),
                    SourcePosition.line(c.firstCellLine, c.firstCellColumn));
        }
        if (c.tags >= DOMINATING_TAGS && 2L * c.tags >= c.lines) {
            return new Verdict(SourceFormat.HTML, true, "markup throughout (" + c.tags + " tags on " + c.lines
                    + " lines with text)", ReadingWarning.Detail.FORMAT_BY_MARKUP,
                    List.of(Integer.toString(c.tags), Integer.toString(c.lines)), null);
        }
        if (c.tableTag) {
            return new Verdict(SourceFormat.HTML, false, "a <table> tag", null, List.of(),
                    SourcePosition.line(c.tableLine, c.tableColumn));
        }
        if (c.separatorLine > 0) {
            return new Verdict(SourceFormat.MARKDOWN, true, "a pipe-table separator row (|---|)",
                    ReadingWarning.Detail.FORMAT_BY_PIPE_SEPARATOR, List.of(),
                    SourcePosition.line(c.separatorLine, c.separatorColumn));
        }
        if (c.pipeRows >= 3) {
            return new Verdict(SourceFormat.MARKDOWN, false, c.pipeRows + " pipe-table rows", null, List.of(), null);
        }
        if (c.tags == 0 && c.pipeRows == 0) {
            return PLAIN;
        }
        return new Verdict(SourceFormat.TEXT, false, "little markup", null, List.of(), null);
    }

    /** Whether the first {@code limit} characters hold a bar or a {@code <} that may begin a tag. */
    private static boolean mayHaveMarkup(String s, int limit) {
        int bar = s.indexOf('|');
        if (bar >= 0 && bar < limit) {
            return true;
        }
        for (int j = s.indexOf('<'); j >= 0 && j + 1 < limit; j = s.indexOf('<', j + 1)) {
            char next = s.charAt(j + 1);
            if (isAsciiLetter(next) || next == '!' || next == '/') {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts tags and pipe-table lines, line by line; lines are found with {@link String#indexOf} (a lone
     * {@code \r} is a line break only in a page that has one), and so are tags: linear in the prefix. Stops at
     * the first conclusive sign of HTML, which nothing later can overturn.
     */
    private static Counts count(String s, int limit) {
        Counts c = new Counts();
        boolean cr = s.indexOf('\r') >= 0 && s.indexOf('\r') < limit;
        int lt = s.indexOf('<');
        int line = 0;
        int i = 0;
        while (i < limit) {
            line++;
            int end = cr ? lineEnd(s, i, limit) : s.indexOf('\n', i);
            if (end < 0 || end > limit) {
                end = limit;
            }
            int b = i;
            while (b < end && s.charAt(b) <= ' ') {
                b++;
            }
            int e = end;
            while (e > b && s.charAt(e - 1) <= ' ') {
                e--;
            }
            if (b < e) {
                c.lines++;
                // A row's bars may stand inside a converter's no-break or ideographic spaces, as the sources read it.
                int pb = b;
                while (pb < e && Lines.isAroundFrame(s.charAt(pb))) {
                    pb++;
                }
                int pe = e;
                while (pe > pb && Lines.isAroundFrame(s.charAt(pe - 1))) {
                    pe--;
                }
                if (pb < pe) {
                    pipe(s, pb, pe, line, 1 + pb - i, c);
                }
            }
            while (lt >= 0 && lt < e) {
                if (lt >= b) {
                    tag(s, lt, e, line, lt - i + 1, c);
                }
                lt = s.indexOf('<', lt + 1);
            }
            if (c.docTagName != null || c.tableTag && c.cellTags >= TABLE_CELLS || c.cellTags >= FRAGMENT_CELLS) {
                break;
            }
            if (end >= limit) {
                break;
            }
            i = end + 1 < limit && s.charAt(end) == '\r' && s.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return c;
    }

    private static int lineEnd(String s, int from, int limit) {
        int end = from;
        while (end < limit && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    /**
     * Counts the trimmed line [b, e) if it is a pipe-table row, and notes the first separator row: framed
     * ({@code |---|---|}), or of a table printed without outer bars ({@code ---|---}).
     */
    private static void pipe(String s, int b, int e, int line, int column, Counts c) {
        char first = s.charAt(b);
        if (c.separatorLine == 0 && (first == '-' || first == ':') && e - b >= 3
                && Lines.isBareSeparatorRow(s.substring(b, e).toCharArray(), 0, e - b)) {
            c.separatorLine = line;
            c.separatorColumn = column;
            return;
        }
        if (first != '|' || e - b < 3) {
            return;
        }
        if (s.charAt(e - 1) == '|') {
            c.pipeRows++;
        }
        if (c.separatorLine > 0) {
            return;
        }
        boolean dash = false;
        for (int k = b; k < e; k++) {
            char ch = s.charAt(k);
            if (ch == '-') {
                dash = true;
            } else if (ch != '|' && ch != ':' && ch != ' ' && ch != '\t') {
                return;
            }
        }
        if (dash) {
            c.separatorLine = line;
            c.separatorColumn = column;
        }
    }

    /** Counts the tag at {@code j} ({@code s.charAt(j) == '<'}), if it is one, on a line ending at {@code e}. */
    private static void tag(String s, int j, int e, int line, int column, Counts c) {
        if (j + 1 >= e) {
            return;
        }
        char next = s.charAt(j + 1);
        boolean open = isAsciiLetter(next);
        if (!open && !(next == '!' || next == '/' && j + 2 < e && isAsciiLetter(s.charAt(j + 2)))) {
            return;
        }
        c.tags++;
        switch (open ? next | 0x20 : next) {
            case '!' -> {
                if (c.docTagName == null && s.regionMatches(true, j, "<!doctype html", 0, 14)) {
                    doc(c, "<!DOCTYPE html>", line, column);
                }
            }
            case 'h' -> {
                if (c.docTagName == null && named(s, j, e, "html")) {
                    doc(c, "<html>", line, column);
                } else if (c.docTagName == null && named(s, j, e, "head")) {
                    doc(c, "<head>", line, column);
                }
            }
            case 'b' -> {
                if (c.docTagName == null && named(s, j, e, "body")) {
                    doc(c, "<body>", line, column);
                }
            }
            case 't' -> {
                if (!c.tableTag && named(s, j, e, "table")) {
                    c.tableTag = true;
                    c.tableLine = line;
                    c.tableColumn = column;
                } else if ((named(s, j, e, "td") || named(s, j, e, "th") || named(s, j, e, "tr"))
                        && c.cellTags++ == 0) {
                    c.firstCellLine = line;
                    c.firstCellColumn = column;
                }
            }
            default -> {
            }
        }
    }

    private static void doc(Counts c, String name, int line, int column) {
        c.docTagName = name;
        c.docLine = line;
        c.docColumn = column;
    }

    /** Whether {@code <name} stands at {@code j}, in any case, followed by the end of the tag's name. */
    private static boolean named(String s, int j, int e, String name) {
        int after = j + 1 + name.length();
        if (after > e || !s.regionMatches(true, j + 1, name, 0, name.length())) {
            return false;
        }
        if (after == e) {
            return true;
        }
        char ch = s.charAt(after);
        return ch == '>' || ch == '/' || ch <= ' ';
    }

    private static boolean isAsciiLetter(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
    }
}
