package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.SourceFormat;

/** The one entry point the public reader calls: source format to tokens to result. */
public final class Engine {

    private Engine() {
    }

    /**
     * Detects the format of a page.
     *
     * @param text the page
     * @return the format
     */
    public static SourceFormat detect(String text) {
        return Sources.detect(text);
    }

    /**
     * Reads a page.
     *
     * @param text the page
     * @param format its format
     * @param settings the reader's settings
     * @param maxGridCells the largest number of HTML grid cells accepted
     * @return the result
     */
    public static ReadResult read(String text, SourceFormat format, Interpreter.Settings settings, int maxGridCells) {
        // A page of the size of a report is lexed once; a larger one once per pass, so that memory stays flat.
        boolean keep = text.length() <= settings.keptPageChars();
        Page page = switch (format) {
            case TEXT -> Sources.text(text, keep);
            case MARKDOWN -> Sources.markdown(text, keep);
            case HTML -> Sources.html(text, maxGridCells, keep);
        };
        return Interpreter.read(page, settings);
    }
}
