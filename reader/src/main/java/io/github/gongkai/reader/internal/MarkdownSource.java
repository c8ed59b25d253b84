package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourceFormat;

/**
 * A Markdown page from a PDF converter: every line starting with a bar is a table row, separator rows and
 * page footers ({@code — 5 —}, {@code 第 3 页}) are skipped, and a blank line is one that trimming (of
 * control characters too) empties. Every line starts a table row for the lexer. A converter's inline markup
 * (strong emphasis, {@code <br>} in a cell) is blanked before a line is lexed ({@link MarkdownMarkup}).
 */
final class MarkdownSource extends LineSource {

    /** The one instance: it holds no state. */
    static final MarkdownSource INSTANCE = new MarkdownSource();

    private MarkdownSource() {
        super(SourceFormat.MARKDOWN, true, 6, true);
    }

    @Override
    boolean isContent(char[] cs, int from, int to, int b, int e) {
        return b < e;
    }

    @Override
    boolean isPipe(char[] cs, int b, int e) {
        return cs[b] == '|';
    }
}
