package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns each source format into tokens. */
final class Sources {

    /** How many lines of the page are kept for the header. */
    static final int HEAD_LINES = 80;
    /** Largest rowspan or colspan honoured; larger spans are clamped. */
    static final int MAX_SPAN = 200;

    /** The lines "0" to "9", a flattened table's commonest, shared rather than copied from the page. */
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private Sources() {
    }

    /**
     * Guesses the format of a page.
     *
     * @param text the page
     * @return HTML if it has table or html tags, MARKDOWN if it has pipe-table separator lines, else TEXT
     */
    static SourceFormat detect(String text) {
        int limit = Math.min(text.length(), 1 << 20);
        if (containsAnyTag(text, limit)) {
            return SourceFormat.HTML;
        }
        int bar = text.indexOf('|');
        if (bar < 0 || bar >= limit) {
            return SourceFormat.TEXT; // both kinds of Markdown line start with a bar
        }
        char[] cs = new char[limit];
        text.getChars(0, limit, cs, 0);
        int i = 0;
        int pipeRows = 0;
        while (i < limit) {
            int end = lineEnd(cs, i, limit);
            int b = trimStart(cs, i, end);
            int e = trimEnd(cs, b, end);
            if (isSeparatorRow(cs, b, e)) {
                return SourceFormat.MARKDOWN;
            }
            if (isPipeRow(cs, b, e) && ++pipeRows >= 3) {
                return SourceFormat.MARKDOWN;
            }
            i = nextLine(cs, end, limit);
        }
        return SourceFormat.TEXT;
    }

    /**
     * The index of the first line break at or after {@code from}, or {@code limit}: a plain loop for short lines.
     * {@code \n}, {@code \r\n} and a lone {@code \r} (old Mac files) are each one line break.
     */
    private static int lineEnd(char[] s, int from, int limit) {
        int i = from;
        while (i < limit && s[i] != '\n' && s[i] != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the line after the break at {@code end} ({@code \r\n} is one break). */
    private static int nextLine(char[] s, int end, int limit) {
        return end + 1 < limit && s[end] == '\r' && s[end + 1] == '\n' ? end + 2 : end + 1;
    }

    /** The first index in [from, to) of a character {@link String#trim} keeps, or {@code to}. */
    private static int trimStart(char[] s, int from, int to) {
        int i = from;
        while (i < to && s[i] <= ' ') {
            i++;
        }
        return i;
    }

    /** One past the last index in [from, to) of a character {@link String#trim} keeps, or {@code from}. */
    private static int trimEnd(char[] s, int from, int to) {
        int i = to;
        while (i > from && s[i - 1] <= ' ') {
            i--;
        }
        return i;
    }

    /** Whether [from, to) holds only whitespace, as {@link String#isBlank} tells it. */
    private static boolean isBlank(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Text.isWhitespace(s[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first {@code limit} characters have {@code <table}, {@code <html} or {@code <body}, in any case. */
    private static boolean containsAnyTag(String s, int limit) {
        for (int i = s.indexOf('<'); i >= 0 && i < limit; i = s.indexOf('<', i + 1)) {
            if (tagAt(s, i, "<table", limit) || tagAt(s, i, "<html", limit) || tagAt(s, i, "<body", limit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tagAt(String s, int i, String tag, int limit) {
        return i + tag.length() <= limit && s.regionMatches(true, i, tag, 0, tag.length());
    }

    /**
     * A text page.
     *
     * @param text the page
     * @param keepTokens whether to lex it once and keep its tokens (see {@link Page})
     */
    static Page text(String text, boolean keepTokens) {
        return lines(text, text.toCharArray(), false, keepTokens);
    }

    /** {@link #text(String, boolean)} of a page whose characters are at hand ({@code cs}, not to be changed). */
    static Page text(String text, char[] cs, boolean keepTokens) {
        return lines(text, cs, false, keepTokens);
    }

    /**
     * A Markdown page.
     *
     * @param text the page
     * @param keepTokens whether to lex it once and keep its tokens (see {@link Page})
     */
    static Page markdown(String text, boolean keepTokens) {
        return lines(text, text.toCharArray(), true, keepTokens);
    }

    /** {@link #markdown(String, boolean)} of a page whose characters are at hand ({@code cs}, not to be changed). */
    static Page markdown(String text, char[] cs, boolean keepTokens) {
        return lines(text, cs, true, keepTokens);
    }

    static Page text(String text) {
        return text(text, true);
    }

    static Page markdown(String text) {
        return markdown(text, true);
    }

    private static Page lines(String text, char[] cs, boolean markdown, boolean keepTokens) {
        // Scanned as an array, a substring made only for a line that is kept: half the lines of a copied page
        // are blank. One array for every pass.
        return new Page(markdown ? SourceFormat.MARKDOWN : SourceFormat.TEXT,
                (sink, head) -> lines(text, cs, markdown, sink, head), keepTokens,
                text.length() / (markdown ? 6 : 8) + 16);
    }

    /**
     * Reads a page line by line: pipe rows become table rows, page-number lines are dropped, other lines are
     * lexed. Markdown differs only in what counts as a pipe row (a line starting with {@code |}), in how
     * blank lines are told (trimmed of control characters), and in how the lexer treats its lines.
     */
    private static void lines(String text, char[] cs, boolean markdown, TokenSink sink, Page head) {
        int lineNo = 0;
        int i = 0;
        int n = text.length();
        boolean offer = sink.skipsLines();
        while (i <= n) {
            int end = lineEnd(cs, i, n);
            lineNo++;
            int b = trimStart(cs, i, end);
            int e = trimEnd(cs, b, end);
            if (markdown ? b < e : !isBlank(cs, i, end)) {
                String line = null;
                if (head != null && head.headLines().size() < HEAD_LINES) {
                    line = line(text, cs, i, end);
                    head.keepHead(line, SourcePosition.line(lineNo, 1));
                }
                boolean pipe = markdown ? cs[b] == '|' : isPipeRow(cs, b, e);
                if (pipe && isSeparatorRow(cs, b, e)) {
                    line = null; // no cells
                } else if (!pipe && mayBePageNumber(cs, b, e)
                        && isPageNumberLine(line != null ? line : (line = line(text, cs, i, end)))) {
                    line = null; // a page footer
                } else if (!offer || !offered(cs, b, e, lineNo, pipe, markdown, sink)) {
                    line = line != null ? line : line(text, cs, i, end);
                    if (pipe) {
                        pipeRow(line, lineNo, sink);
                    } else {
                        Lexer.lex(line, lineNo, 1, null, markdown, false, sink);
                    }
                }
            }
            if (end >= n) {
                break;
            }
            i = nextLine(cs, end, n);
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
     * @param markdown whether the page is Markdown, where every line starts a row
     * @return true if the sink took it
     */
    private static boolean offered(char[] cs, int b, int e, int lineNo, boolean pipe, boolean markdown,
            TokenSink sink) {
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
                || sink.skipLine(cs, b, e, lineNo, null, numeric ? numbers : -1, pipe || markdown));
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

    private static void pipeRow(String line, int lineNo, TokenSink tokens) {
        int first = line.indexOf('|');
        int last = line.lastIndexOf('|');
        int start = first + 1;
        boolean rowStart = true;
        int stop = last > first ? last : line.length();
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

    /** Whether the trimmed line [b, e) is a pipe-table row: {@code | a | b |}. */
    private static boolean isPipeRow(char[] s, int b, int e) {
        return e - b >= 3 && s[b] == '|' && s[e - 1] == '|';
    }

    /** Whether the trimmed line [b, e) is a pipe-table separator row: {@code |---|:--:|}. */
    private static boolean isSeparatorRow(char[] s, int b, int e) {
        if (e - b < 3 || s[b] != '|') {
            return false;
        }
        boolean dash = false;
        for (int i = b; i < e; i++) {
            char c = s[i];
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
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

    /**
     * An HTML page, parsed once; its document is walked again for each pass when its tokens are not kept.
     *
     * @param html the page
     * @param maxGridCells the largest number of grid cells accepted over its tables
     * @param keepTokens whether to walk it once and keep its tokens (see {@link Page})
     */
    static Page html(String html, int maxGridCells, boolean keepTokens) {
        Document doc = Jsoup.parse(html);
        return new Page(SourceFormat.HTML, (sink, head) -> {
            HtmlWalker walker = new HtmlWalker(maxGridCells, sink, head);
            String title = doc.title();
            if (!title.isBlank()) {
                walker.block(title);
            }
            walker.walk(doc.body());
            walker.flush();
        }, keepTokens, 64);
    }

    static Page html(String html, int maxGridCells) {
        return html(html, maxGridCells, true);
    }

    /** Walks an HTML body: text outside tables in blocks, tables as grids. */
    private static final class HtmlWalker {
        final TokenSink tokens;
        /** Where the head lines go, or null once they are kept. */
        final Page head;
        final StringBuilder buffer = new StringBuilder();
        final int maxGridCells;
        /** Whether the sink may take a block or cell without its tokens; then {@link #chars} holds its text. */
        final boolean offer;
        char[] chars = new char[64];
        int blocks;
        int tables;
        int gridCells;

        HtmlWalker(int maxGridCells, TokenSink tokens, Page head) {
            this.maxGridCells = maxGridCells;
            this.tokens = tokens;
            this.head = head;
            this.offer = tokens.skipsLines();
        }

        /**
         * Walks the element's descendants in document order, without recursion: pages nested thousands
         * deep (jsoup keeps such trees) must not overflow the stack. The frames are reused as the depth changes.
         */
        void walk(Element element) {
            if (element == null) {
                return;
            }
            List<Frame> stack = new ArrayList<>();
            int depth = 0;
            stack.add(new Frame());
            stack.get(0).set(element, false);
            depth = 1;
            while (depth > 0) {
                Frame frame = stack.get(depth - 1);
                if (frame.next >= frame.element.childNodeSize()) {
                    depth--;
                    frame.element = null;
                    if (frame.block) {
                        flush();
                    }
                    continue;
                }
                Node child = frame.element.childNode(frame.next++);
                if (child instanceof TextNode text) {
                    buffer.append(text.getWholeText());
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("table")) {
                        flush();
                        table(e);
                    } else if (tag.equals("br")) {
                        flush();
                    } else if (tag.equals("script") || tag.equals("style") || tag.equals("noscript")) {
                        continue;
                    } else {
                        boolean block = e.isBlock();
                        if (block) {
                            flush();
                        }
                        if (depth == stack.size()) {
                            stack.add(new Frame());
                        }
                        stack.get(depth++).set(e, block);
                    }
                }
            }
        }

        /** An element being walked: the index of its next child, and whether to flush after its last. */
        private static final class Frame {
            Element element;
            boolean block;
            int next;

            void set(Element e, boolean isBlock) {
                element = e;
                block = isBlock;
                next = 0;
            }
        }

        void flush() {
            int n = buffer.length();
            if (n == 0) {
                return;
            }
            if (offer && (head == null || head.headFull()) && offered(buffer, 0, blocks + 1, 0, true)) {
                blocks++;
                buffer.setLength(0);
                return;
            }
            String text = buffer.toString();
            buffer.setLength(0);
            if (!text.isBlank()) {
                block(text);
            }
        }

        void block(String text) {
            blocks++;
            SourcePosition pos = SourcePosition.block(blocks);
            if (head != null) {
                head.keepHead(text, pos);
            }
            if (!isPageNumberLine(text)) {
                Lexer.lex(text, 0, 0, pos, true, false, tokens);
            }
        }

        /**
         * Offers a block (or a cell) to a sink that may take it without its tokens, as a line is offered (see
         * {@link TokenSink#skipLine}): only text with nothing that folding or {@link #isPageNumberLine} could
         * make more of than a line of digits or plain text, and that is not blank (a blank block is no block).
         */
        private boolean offered(CharSequence text, int table, int row, int column, boolean rowStart) {
            int n = text.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            for (int i = 0; i < n; i++) {
                chars[i] = text.charAt(i);
            }
            int b = 0;
            while (b < n && Text.isWhitespace(chars[b])) {
                b++;
            }
            int e = n;
            while (e > b && Text.isWhitespace(chars[e - 1])) {
                e--;
            }
            if (b == e) {
                return false;
            }
            boolean numeric = true;
            int numbers = 0;
            boolean inNumber = false;
            for (int k = b; k < e; k++) {
                char c = chars[k];
                if (c >= '0' && c <= '9') {
                    numbers += inNumber ? 0 : 1;
                    inNumber = true;
                    continue;
                }
                inNumber = false;
                if (c != ' ' && c != '\t') {
                    numeric = false;
                    if (Text.needsFold(c) || Headings.mayStartKeyword(c) || Text.isPlaceholderChar(c) || c == '第') {
                        return false; // folding, a footer (— 5 —, 第 3 页) or a heading: lexed as usual
                    }
                }
            }
            if (tokens.skipsAllPlain()) {
                return true;
            }
            SourcePosition at = table == 0 ? SourcePosition.block(row) : SourcePosition.tableCell(table, row, column);
            return tokens.skipLine(chars, b, e, 0, at, numeric ? numbers : -1, rowStart);
        }

        void table(Element table) {
            tables++;
            List<Element> rows = new ArrayList<>();
            collectRows(table, rows);
            // For each column, the last row a cell (with its rowspan) covers: rows are laid out in order, so a
            // cell of row r is covered by an earlier span if and only if that span reaches row r.
            int[] until = new int[16];
            java.util.Arrays.fill(until, -1);
            for (int r = 0; r < rows.size(); r++) {
                Element tr = rows.get(r);
                boolean rowStart = true;
                int col = 0;
                for (int k = 0, m = tr.childNodeSize(); k < m; k++) {
                    if (!(tr.childNode(k) instanceof Element cell)) {
                        continue;
                    }
                    String tag = cell.normalName();
                    if (!tag.equals("td") && !tag.equals("th")) {
                        continue;
                    }
                    while (col < until.length && until[col] >= r) {
                        col++;
                    }
                    int rowspan = span(cell.attr("rowspan"));
                    int colspan = span(cell.attr("colspan"));
                    gridCells += rowspan * colspan;
                    if (gridCells > maxGridCells) {
                        throw new ReportReadException(ReportReadException.Reason.LIMIT_EXCEEDED,
                                "HTML tables have more than " + maxGridCells + " grid cells",
                                SourcePosition.tableCell(tables, r + 1, col + 1));
                    }
                    if (col + colspan > until.length) {
                        int old = until.length;
                        until = java.util.Arrays.copyOf(until, Math.max(col + colspan, old * 2));
                        java.util.Arrays.fill(until, old, until.length, -1);
                    }
                    for (int dc = 0; dc < colspan; dc++) {
                        until[col + dc] = Math.max(until[col + dc], r + rowspan - 1);
                    }
                    String text = cellText(cell);
                    int row = r + 1;
                    int column = col + 1;
                    if (!offer || !offered(text, tables, row, column, rowStart)) {
                        Lexer.lex(text, 0, 0, SourcePosition.tableCell(tables, row, column), rowStart, true, tokens);
                    }
                    // A cell always makes a token (an empty one at least), so the row has started after the first.
                    rowStart = false;
                    col += colspan;
                }
            }
        }

        /**
         * {@link Element#text()}: for a cell that holds one text without whitespace, that text itself, which
         * {@code text()} would copy.
         */
        private static String cellText(Element cell) {
            if (cell.childNodeSize() == 1 && cell.childNode(0) instanceof TextNode t) {
                String s = t.getWholeText();
                boolean plain = !s.isEmpty();
                for (int i = 0, n = s.length(); i < n && plain; i++) {
                    char c = s.charAt(i);
                    // jsoup's text() collapses whitespace (with U+00A0) and drops U+200B and U+00AD
                    plain = c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD';
                }
                if (plain) {
                    return s;
                }
            }
            return cell.text();
        }

        private static void collectRows(Element parent, List<Element> rows) {
            for (int k = 0, m = parent.childNodeSize(); k < m; k++) {
                if (!(parent.childNode(k) instanceof Element child)) {
                    continue;
                }
                String tag = child.normalName();
                if (tag.equals("tr")) {
                    rows.add(child);
                } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                    collectRows(child, rows);
                }
            }
        }

        private static int span(String attr) {
            if (attr.isEmpty()) {
                return 1;
            }
            int v = 0;
            for (int i = 0; i < attr.length() && i < 6; i++) {
                char c = attr.charAt(i);
                if (!Text.isAsciiDigit(c)) {
                    break;
                }
                v = v * 10 + (c - '0');
            }
            return Math.max(1, Math.min(v, MAX_SPAN));
        }
    }
}
