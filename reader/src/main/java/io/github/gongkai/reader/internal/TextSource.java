package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourceFormat;

/**
 * A text page: a web page flattened to one table cell per line, or run-on text. A line is blank when it holds
 * only whitespace; a line framed by bars ({@code | a | b |}) inside the text is still read as a table row.
 */
final class TextSource extends LineSource {

    /** The one instance: it holds no state. */
    static final TextSource INSTANCE = new TextSource();

    private TextSource() {
        super(SourceFormat.TEXT, false, 8, false);
    }

    @Override
    boolean isContent(char[] cs, int from, int to, int b, int e) {
        return !Lines.isBlank(cs, from, to);
    }

    @Override
    boolean isPipe(char[] cs, int b, int e) {
        return Lines.isPipeRow(cs, b, e);
    }
}
