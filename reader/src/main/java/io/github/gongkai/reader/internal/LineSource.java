package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourceFormat;

/**
 * A page read line by line, text or Markdown: lines are found and lexed in the page's characters, and a string
 * is made of a line only for the header, a pipe row or a possible page footer; pipe rows become table rows,
 * separator rows and page footers are dropped, other lines are lexed. What differs between the formats is
 * in {@link TextSource} and {@link MarkdownSource}.
 */
abstract class LineSource {

    /** The lines "0" to "9", a flattened table's commonest, shared rather than copied from the page. */
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private final SourceFormat format;
    /** Whether every line starts a table row for the lexer (Markdown), or only a pipe row does (text). */
    private final boolean linesStartRows;
    /** About how many characters of the page make one token, for the first guess of a token list's size. */
    private final int charsPerToken;
    /**
     * Whether the format is Markdown: a line's markup is blanked before it is lexed ({@link MarkdownMarkup}), and
     * a table may be printed without outer bars ({@code a | b} under {@code ---|---}).
     */
    private final boolean markdown;

    LineSource(SourceFormat format, boolean linesStartRows, int charsPerToken, boolean markdown) {
        this.format = format;
        this.linesStartRows = linesStartRows;
        this.charsPerToken = charsPerToken;
        this.markdown = markdown;
    }

    /**
     * Whether the line [from, to), trimmed to [b, e), has anything to read.
     *
     * @param cs the page
     * @param from the line's first character
     * @param to one past its last
     * @param b the first character trimming keeps
     * @param e one past the last
     * @return true unless the line is blank
     */
    abstract boolean isContent(char[] cs, int from, int to, int b, int e);

    /**
     * Whether the trimmed line [b, e) is a pipe-table row.
     *
     * @param cs the page
     * @param b the first character trimming keeps, before {@code e}
     * @param e one past the last
     * @return true for a row of cells
     */
    abstract boolean isPipe(char[] cs, int b, int e);

    /**
     * The page, read line by line for each pass; its characters are at hand ({@code cs}, not to be changed).
     *
     * @param text the page
     * @param cs its characters
     * @param keepTokens whether to lex it once and keep its tokens (see {@link Page})
     * @param tabs whether the page holds a tab: without one, no line is a row of cells separated by tabs
     * @return the page
     */
    final Page page(String text, char[] cs, boolean keepTokens, boolean tabs) {
        return new Page(format, (sink, head) -> walk(text, cs, tabs, sink, head), keepTokens,
                text.length() / charsPerToken + 16);
    }

    /**
     * Reads a page line by line: pipe rows become table rows, page-number lines are dropped, other lines are
     * lexed. The formats differ only in what counts as a pipe row and as a blank line ({@link #isPipe},
     * {@link #isContent}), and in how the lexer treats their lines ({@link #linesStartRows}).
     */
    final void walk(String text, char[] cs, boolean tabs, TokenSink sink, Page head) {
        int lineNo = 0;
        int i = 0;
        int n = text.length();
        boolean offer = sink.skipsLines();
        boolean bareTable = false; // in a Markdown table whose rows have no outer bars
        while (i <= n) {
            if (i < n && cs[i] == '\n') {
                // An empty line, every other line of a page copied from the web: nothing in it to look at.
                lineNo++;
                i++;
                bareTable = false;
                continue;
            }
            int end = Lines.lineEnd(cs, i, n);
            lineNo++;
            int b = Lines.trimStart(cs, i, end);
            int e = Lines.trimEnd(cs, b, end);
            if (isContent(cs, i, end, b, e)) {
                if (head != null) {
                    head.contentLine(lineNo);
                    if (!head.headFull()) {
                        head.keepHead(text, cs, b, e, lineNo);
                    }
                }
                // A row's bars may stand inside the spaces a converter leaves around it (no-break, ideographic).
                int frameB = Lines.frameStart(cs, b, e);
                int frameE = Lines.frameEnd(cs, frameB, e);
                boolean pipe = frameB < frameE && isPipe(cs, frameB, frameE);
                boolean bare = !pipe && isBareRow(cs, frameB, frameE, end, n, bareTable);
                boolean tabRow = tabs && !pipe && !bare && Lines.isTabRow(cs, i, end, b, e);
                // A separator row has no cells; a page footer is dropped.
                boolean footer = !pipe && !bare && !tabRow && mayBePageNumber(cs, b, e)
                        && isPageNumberLine(line(text, cs, i, end));
                bareTable = bare || bareTable && (pipe || footer); // a table goes on over a page's footer
                boolean dropped = pipe ? Lines.isSeparatorRow(cs, frameB, frameE)
                        : bare ? Lines.isBareSeparatorRow(cs, frameB, frameE) : footer;
                if (dropped && head != null) {
                    head.droppedLine(lineNo);
                } else if (!dropped && (!offer || !offered(cs, b, e, lineNo, pipe || bare, tabRow, sink))) {
                    lex(text, cs, i, end, lineNo, pipe, bare, tabRow, sink);
                }
            } else {
                bareTable = false;
            }
            if (end >= n) {
                break;
            }
            i = Lines.nextLine(cs, end, n);
        }
    }

    /**
     * Whether the line, framed to [b, e), is a row of a Markdown table printed without outer bars (as GitHub's
     * tables may be, and as some HTML-to-Markdown converters write them): a line with a bar in such a table, its
     * delimiter row ({@code ---|:--:}), or the header row just above that.
     *
     * @param end where the line ends in the page, to look at the next line
     * @param n the page's length
     * @param inTable whether the lines before are such a table's
     */
    private boolean isBareRow(char[] cs, int b, int e, int end, int n, boolean inTable) {
        if (!markdown || !Lines.hasBar(cs, b, e)) {
            return false;
        }
        if (inTable || Lines.isBareSeparatorRow(cs, b, e)) {
            return true;
        }
        if (end >= n) {
            return false;
        }
        int next = Lines.nextLine(cs, end, n);
        int nextEnd = Lines.lineEnd(cs, next, n);
        int nb = Lines.frameStart(cs, next, nextEnd);
        return Lines.isBareSeparatorRow(cs, nb, Lines.frameEnd(cs, nb, nextEnd));
    }

    /**
     * Lexes the line [from, to): a pipe row cell by cell (a bare one with its first and last cells at the line's
     * ends), a row of cells separated by tabs likewise, any other line from the page's characters (a string is
     * made only of each token kept); with its Markdown markup blanked first where the format has it.
     */
    private void lex(String text, char[] cs, int from, int to, int lineNo, boolean pipe, boolean bare,
            boolean tabs, TokenSink sink) {
        boolean markup = markdown && MarkdownMarkup.has(cs, from, to);
        if (pipe || bare || tabs) {
            String row = line(text, cs, from, to);
            row = markup ? MarkdownMarkup.blank(row) : row;
            if (tabs) {
                tabRow(row, lineNo, sink);
            } else {
                pipeRow(row, !bare, lineNo, sink);
            }
        } else if (markup) {
            char[] blanked = MarkdownMarkup.blank(cs, from, to);
            Lexer.lex(blanked, 0, blanked.length, lineNo, 1, null, linesStartRows, false, sink);
        } else {
            Lexer.lex(cs, from, to, lineNo, 1, null, linesStartRows, false, sink);
        }
    }

    /** The line [from, to) as a string; the lines "0" to "9" shared. */
    private static String line(String text, char[] cs, int from, int to) {
        return to - from == 1 && Text.isAsciiDigit(cs[from]) ? DIGITS[cs[from] - '0'] : text.substring(from, to);
    }

    /**
     * Offers a line to a sink that may take it without its tokens (see {@link TokenSink#skipLine}).
     *
     * @param b the first character of the line kept by trimming
     * @param e one past the last
     * @param pipe whether the line is a pipe-table row
     * @param tabs whether it is a row of cells separated by tabs
     * @return true if the sink took it
     */
    private boolean offered(char[] cs, int b, int e, int lineNo, boolean pipe, boolean tabs, TokenSink sink) {
        boolean plain = true;
        boolean numeric = true;
        int numbers = 0;
        boolean inNumber = false;
        for (int k = b; k < e && plain; k++) {
            char c = cs[k];
            if (c >= '0' && c <= '9') {
                numbers += inNumber ? 0 : 1;
                inNumber = true;
                continue;
            }
            inNumber = false;
            if (c != ' ' && c != '\t' && !(pipe && c == '|')) {
                numeric = false;
                // Folding maps full-width forms to ASCII and drops or blanks spaces; only NFKC can make an ideograph.
                plain = !Text.needsNfkc(c) && !Headings.mayStartKeyword(c);
            } else if (pipe && c == '|') {
                inNumber = false;
            }
        }
        return plain && (sink.skipsAllPlain()
                || sink.skipLine(cs, b, e, lineNo, null, numeric ? numbers : -1, pipe || tabs || linesStartRows));
    }

    /**
     * A cheap test before {@link #isPageNumberLine}: false when the line's first kept character is one that
     * folding leaves alone and no page number starts with (a CJK ideograph other than 第, an ASCII letter or
     * digit), which is most lines.
     */
    private static boolean mayBePageNumber(char[] s, int b, int e) {
        if (b >= e || e - b > 40) {
            return e - b <= 40;
        }
        char c = s[b];
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return c == '第';
        }
        if (isAsciiLetterOrDigit(c)) {
            return false;
        }
        // An ASCII first character stays first when folded, so only a dash-framed footer (— 5 —) can follow:
        // it cannot end in a letter or digit ("-5", a signed number, is no footer).
        return c >= '\u0080' || !isAsciiLetterOrDigit(s[e - 1]);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * Lexes a pipe row's cells: between its first and last bars if it is framed, else from the line's start to
     * its end (or to a last bar that ends it).
     */
    private static void pipeRow(String line, boolean framed, int lineNo, TokenSink tokens) {
        int first = framed ? line.indexOf('|') : -1;
        int last = line.lastIndexOf('|');
        int start = first + 1;
        boolean rowStart = true;
        int stop = last > first && (framed || line.strip().endsWith("|")) ? last : line.length();
        while (start <= stop) {
            int bar = line.indexOf('|', start);
            while (bar > 0 && line.charAt(bar - 1) == '\\') {
                bar = line.indexOf('|', bar + 1);
            }
            int end = bar < 0 || bar > stop ? stop : bar;
            String cell = line.substring(start, end).replace("\\|", "|");
            // A cell always makes a token (an empty one at least), so the row has started after the first.
            Lexer.lex(cell, lineNo, start + 1, null, rowStart, true, tokens);
            rowStart = false;
            if (end >= stop) {
                break;
            }
            start = end + 1;
        }
    }

    /**
     * Lexes a row of cells separated by tabs, each tab ending a cell: an empty cell is a token, so that a row
     * keeps its columns where cells are blank ({@code 30\t\t\t0}); tabs before the first character are empty
     * cells too, as a row whose first cell is blank is copied.
     */
    private static void tabRow(String line, int lineNo, TokenSink tokens) {
        int start = 0;
        boolean rowStart = true;
        while (true) {
            int tab = line.indexOf('\t', start);
            int end = tab < 0 ? line.length() : tab;
            Lexer.lex(line.substring(start, end), lineNo, start + 1, null, rowStart, true, tokens);
            rowStart = false;
            if (tab < 0) {
                return;
            }
            start = tab + 1;
        }
    }

    /**
     * Tells whether a line is a page number or page footer: {@code — 5 —}, {@code - 5 -}, {@code 第5页},
     * {@code 第 5 页 共 12 页}. A bare number is never taken for a page number.
     */
    static boolean isPageNumberLine(String line) {
        if (line.length() > 40) {
            return false;
        }
        String s = Text.fold(line).trim();
        int n = s.length();
        if (n < 3 || n > 24) {
            return false;
        }
        if (Text.isPlaceholderChar(s.charAt(0)) && Text.isPlaceholderChar(s.charAt(n - 1))) {
            boolean digit = false;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (Text.isAsciiDigit(c)) {
                    digit = true;
                } else if (!Text.isPlaceholderChar(c) && c != ' ') {
                    return false;
                }
            }
            return digit;
        }
        if (s.charAt(0) == '第' && s.indexOf('页') > 0) {
            for (int i = 1; i < n; i++) {
                char c = s.charAt(i);
                if (!Text.isAsciiDigit(c) && c != ' ' && c != '页' && c != '共' && c != '/' && c != ',') {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

}
