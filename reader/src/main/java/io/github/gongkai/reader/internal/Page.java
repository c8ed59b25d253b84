package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A page ready to be turned into tokens, as often as the reader needs: a page of the size of a report is lexed
 * once and its tokens are kept; a larger one is lexed again for each pass, so that what the reader holds does
 * not grow with the page. Also keeps the first lines of text (or HTML title and blocks) for the header. Not
 * thread-safe.
 */
final class Page {

    /** Makes a page's tokens. */
    interface Source {
        /**
         * Gives the page's tokens to a sink, in page order.
         *
         * @param sink where the tokens go
         * @param head where to keep the first lines for the header, or null once they are kept
         */
        void emit(TokenSink sink, Page head);
    }

    private final SourceFormat format;
    private final Source source;
    private final boolean keepTokens;
    private final int expectedTokens;
    private List<Token> tokens;
    private boolean headRead;
    private final HeadLines head = new HeadLines();
    private boolean controlFree;
    private final BitSet droppedLines = new BitSet();
    private int lastContentLine;
    private int adjacentLines;
    private int linesOneApart;

    /**
     * Creates a page.
     *
     * @param format its format
     * @param source what makes its tokens
     * @param keepTokens whether to make the tokens once and keep them (for a page of ordinary size)
     * @param expectedTokens about how many tokens the page has, to size the list they are kept in
     */
    Page(SourceFormat format, Source source, boolean keepTokens, int expectedTokens) {
        this.format = format;
        this.source = source;
        this.keepTokens = keepTokens;
        this.expectedTokens = expectedTokens;
    }

    SourceFormat format() {
        return format;
    }

    /**
     * Records that the page's characters hold no control character but TAB, LF and CR (as its source's pass over
     * them found), so that the narratives made of them need not be searched for one.
     */
    void controlFree() {
        controlFree = true;
    }

    /**
     * Whether the page is known to hold no control character but TAB, LF and CR ({@link #controlFree()}); false
     * when it was not looked for.
     *
     * @return true if known free of them
     */
    boolean isControlFree() {
        return controlFree;
    }

    /** Whether the tokens are made once and kept, rather than made again for each pass. */
    boolean keepsTokens() {
        return keepTokens;
    }

    /**
     * Gives the page's tokens to a sink: the kept ones, or freshly made.
     *
     * @param sink where the tokens go
     */
    void emit(TokenSink sink) {
        if (keepTokens && tokens == null) {
            // The first pass takes each token as it is made, while it is at hand, and the page keeps it.
            List<Token> all = new ArrayList<>(expectedTokens);
            source.emit(t -> {
                all.add(t);
                sink.add(t);
            }, headRead ? null : this);
            headRead = true;
            tokens = all;
            return;
        }
        if (keepTokens) {
            List<Token> all = tokens;
            for (int i = 0, n = all.size(); i < n; i++) {
                sink.add(all.get(i));
            }
            return;
        }
        source.emit(sink, headRead ? null : this);
        headRead = true;
    }

    /**
     * Returns all the page's tokens; for a page whose tokens are not kept, made anew (for tests).
     *
     * @return the tokens in page order
     */
    List<Token> tokens() {
        if (tokens != null) {
            return tokens;
        }
        List<Token> all = new ArrayList<>(keepTokens ? expectedTokens : 16);
        source.emit(all::add, headRead ? null : this);
        headRead = true;
        if (keepTokens) {
            tokens = all;
        }
        return all;
    }

    /** Records a line the source dropped (a page footer, a separator row); called in the first pass only. */
    void droppedLine(int line) {
        droppedLines.set(line);
    }

    /**
     * Records a line with content, after the last one recorded: whether it stands next to it or one empty line
     * apart is counted (see {@link EmptyLineCells}); called in the first pass only.
     */
    void contentLine(int line) {
        int gap = line - lastContentLine;
        adjacentLines += gap == 1 ? 1 : 0;
        linesOneApart += gap == 2 ? 1 : 0;
        lastContentLine = line;
    }

    /** How many lines with content stand next to the one before: complete after the first pass. */
    int adjacentLines() {
        return adjacentLines;
    }

    /** How many lines with content stand one empty line after the one before: complete after the first pass. */
    int linesOneApart() {
        return linesOneApart;
    }

    /** The lines the source dropped: complete after the first pass. */
    BitSet droppedLines() {
        return droppedLines;
    }

    /** Keeps a head line, if fewer than {@link Sources#HEAD_LINES} are kept. */
    void keepHead(String line, SourcePosition position) {
        head.add(line, position);
    }

    /** Keeps a head line of a text page where it stands in the page's characters (see {@link HeadLines#add}). */
    void keepHead(String text, char[] cs, int b, int e, int lineNumber) {
        head.add(text, cs, b, e, lineNumber);
    }

    /** Whether all the head lines kept are kept. */
    boolean headFull() {
        return head.full();
    }

    /** The first lines as printed (trimmed), for the title and the date; complete after the first pass. */
    HeadLines head() {
        return head;
    }
}
