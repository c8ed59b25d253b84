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

/**
 * An HTML page: parsed once with jsoup; text outside tables in blocks, tables laid out on a grid so that
 * every cell has its table, row and column. A cell that holds a table is part of a page laid out in a table (an
 * older site's layout: navigation in one cell, the article with its tables in another): its content is read as the
 * page's, blocks as blocks and tables as tables, not as one cell's text, to {@link #MAX_LAYOUT_DEPTH} such tables
 * deep.
 */
final class HtmlSource {

    /** Largest rowspan or colspan honoured; larger spans are clamped. */
    static final int MAX_SPAN = 200;
    /**
     * How many layout tables deep a cell holding a table is read as part of the page; deeper, as one cell's text. A
     * site nests its layout a few tables deep; a hostile page nests them thousands deep, and each level is walked
     * by a call of its own.
     */
    static final int MAX_LAYOUT_DEPTH = 4;

    private HtmlSource() {
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
        /** How many layout cells ({@link #MAX_LAYOUT_DEPTH}) the walk is inside. */
        int layoutDepth;

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
            if (!LineSource.isPageNumberLine(text)) {
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
                        throw new ReportReadException(ReportReadException.Detail.HTML_GRID_TOO_LARGE,
                                List.of(Integer.toString(maxGridCells)),
                                SourcePosition.tableCell(tables, r + 1, col + 1), null);
                    }
                    if (col + colspan > until.length) {
                        int old = until.length;
                        until = java.util.Arrays.copyOf(until, Math.max(col + colspan, old * 2));
                        java.util.Arrays.fill(until, old, until.length, -1);
                    }
                    for (int dc = 0; dc < colspan; dc++) {
                        until[col + dc] = Math.max(until[col + dc], r + rowspan - 1);
                    }
                    if (layoutDepth < MAX_LAYOUT_DEPTH && holdsTable(cell)) {
                        layoutCell(cell);
                        // What follows in the row starts anew: it never joins the last row of a table inside.
                        rowStart = true;
                        col += colspan;
                        continue;
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
         * Whether a table stands anywhere inside the cell: a walk from node to node by their links, which makes
         * nothing (a table of a million numbers asks it a million times) and needs no stack (cells nest deep).
         */
        private static boolean holdsTable(Element cell) {
            Node node = cell.childNodeSize() == 0 ? null : cell.childNode(0);
            while (node != null) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("table")) {
                        return true;
                    }
                    if (e.childNodeSize() > 0) {
                        node = e.childNode(0);
                        continue;
                    }
                }
                while (node != cell && node.nextSibling() == null) {
                    node = node.parentNode();
                }
                node = node == cell ? null : node.nextSibling();
            }
            return false;
        }

        /** Reads a cell that holds a table as a part of the page: its blocks as blocks, its tables as tables. */
        private void layoutCell(Element cell) {
            flush();
            layoutDepth++;
            try {
                walk(cell);
                flush();
            } finally {
                layoutDepth--;
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
