package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayDeque;
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

    static Page text(String text) {
        return lines(text, false);
    }

    static Page markdown(String text) {
        return lines(text, true);
    }

    /**
     * Reads a page line by line: pipe rows become table rows, page-number lines are dropped, other lines are
     * lexed. Markdown differs only in what counts as a pipe row (a line starting with {@code |}), in how
     * blank lines are told (trimmed of control characters), and in how the lexer treats its lines.
     */
    private static Page lines(String text, boolean markdown) {
        List<Token> tokens = new ArrayList<>(text.length() / (markdown ? 6 : 8) + 16);
        List<String> head = new ArrayList<>(HEAD_LINES);
        List<SourcePosition> headPos = new ArrayList<>(HEAD_LINES);
        int lineNo = 0;
        int i = 0;
        int n = text.length();
        // Scanned as an array, a substring made only for a line that is kept: half the lines of a copied page
        // are blank.
        char[] cs = text.toCharArray();
        while (i <= n) {
            int end = lineEnd(cs, i, n);
            lineNo++;
            int b = trimStart(cs, i, end);
            int e = trimEnd(cs, b, end);
            if (markdown ? b < e : !isBlank(cs, i, end)) {
                String line = end - i == 1 && Text.isAsciiDigit(cs[i]) ? DIGITS[cs[i] - '0'] : text.substring(i, end);
                keepHead(line, SourcePosition.line(lineNo, 1), head, headPos);
                if (markdown ? cs[b] == '|' : isPipeRow(cs, b, e)) {
                    if (!isSeparatorRow(cs, b, e)) {
                        pipeRow(line, lineNo, tokens);
                    }
                } else if (!mayBePageNumber(cs, b, e) || !isPageNumberLine(line)) {
                    Lexer.lex(line, lineNo, 1, null, markdown, false, tokens);
                }
            }
            if (end >= n) {
                break;
            }
            i = nextLine(cs, end, n);
        }
        return new Page(markdown ? SourceFormat.MARKDOWN : SourceFormat.TEXT, tokens, head, headPos);
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
        return !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
    }

    private static void pipeRow(String line, int lineNo, List<Token> tokens) {
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
            int size = tokens.size();
            Lexer.lex(cell, lineNo, start + 1, null, rowStart, true, tokens);
            if (tokens.size() > size) {
                rowStart = false;
            }
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

    private static void keepHead(String line, SourcePosition pos, List<String> head, List<SourcePosition> headPos) {
        if (head.size() < HEAD_LINES) {
            head.add(line.trim());
            headPos.add(pos);
        }
    }

    static Page html(String html, int maxGridCells) {
        Document doc = Jsoup.parse(html);
        HtmlWalker walker = new HtmlWalker(maxGridCells);
        String title = doc.title();
        if (!title.isBlank()) {
            walker.block(title);
        }
        walker.walk(doc.body());
        walker.flush();
        return new Page(SourceFormat.HTML, walker.tokens, walker.head, walker.headPos);
    }

    /** Walks an HTML body: text outside tables in blocks, tables as grids. */
    private static final class HtmlWalker {
        final List<Token> tokens = new ArrayList<>();
        final List<String> head = new ArrayList<>();
        final List<SourcePosition> headPos = new ArrayList<>();
        final StringBuilder buffer = new StringBuilder();
        final int maxGridCells;
        int blocks;
        int tables;
        int gridCells;

        HtmlWalker(int maxGridCells) {
            this.maxGridCells = maxGridCells;
        }

        /**
         * Walks the element's descendants in document order, without recursion: pages nested thousands
         * deep (jsoup keeps such trees) must not overflow the stack.
         */
        void walk(Element element) {
            if (element == null) {
                return;
            }
            ArrayDeque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(element, false));
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (frame.next >= frame.element.childNodeSize()) {
                    stack.pop();
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
                    } else if (e.isBlock()) {
                        flush();
                        stack.push(new Frame(e, true));
                    } else {
                        stack.push(new Frame(e, false));
                    }
                }
            }
        }

        /** An element being walked: the index of its next child, and whether to flush after its last. */
        private static final class Frame {
            final Element element;
            final boolean block;
            int next;

            Frame(Element element, boolean block) {
                this.element = element;
                this.block = block;
            }
        }

        void flush() {
            if (buffer.length() > 0) {
                String text = buffer.toString();
                buffer.setLength(0);
                if (!text.isBlank()) {
                    block(text);
                }
            }
        }

        void block(String text) {
            blocks++;
            SourcePosition pos = SourcePosition.block(blocks);
            keepHead(text, pos, head, headPos);
            if (!isPageNumberLine(text)) {
                Lexer.lex(text, 0, 0, pos, true, false, tokens);
            }
        }

        void table(Element table) {
            tables++;
            List<Element> rows = new ArrayList<>();
            collectRows(table, rows);
            List<boolean[]> occupied = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Element tr = rows.get(r);
                boolean rowStart = true;
                int col = 0;
                for (Element cell : tr.children()) {
                    String tag = cell.normalName();
                    if (!tag.equals("td") && !tag.equals("th")) {
                        continue;
                    }
                    while (isOccupied(occupied, r, col)) {
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
                    for (int dr = 0; dr < rowspan; dr++) {
                        for (int dc = 0; dc < colspan; dc++) {
                            occupy(occupied, r + dr, col + dc);
                        }
                    }
                    int size = tokens.size();
                    Lexer.lex(cell.text(), 0, 0, SourcePosition.tableCell(tables, r + 1, col + 1), rowStart, true,
                            tokens);
                    if (tokens.size() > size) {
                        rowStart = false;
                    }
                    col += colspan;
                }
            }
        }

        private static void collectRows(Element parent, List<Element> rows) {
            for (Element child : parent.children()) {
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

        private static boolean isOccupied(List<boolean[]> occupied, int r, int c) {
            if (r >= occupied.size()) {
                return false;
            }
            boolean[] row = occupied.get(r);
            return c < row.length && row[c];
        }

        private static void occupy(List<boolean[]> occupied, int r, int c) {
            while (occupied.size() <= r) {
                occupied.add(new boolean[16]);
            }
            boolean[] row = occupied.get(r);
            if (c >= row.length) {
                row = java.util.Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
                occupied.set(r, row);
            }
            row[c] = true;
        }
    }
}
