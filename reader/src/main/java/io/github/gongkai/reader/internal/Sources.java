package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourceFormat;

/**
 * Turns each source format into tokens: detects the format and hands the page to its source, {@link TextSource},
 * {@link MarkdownSource} or {@link HtmlSource}.
 */
final class Sources {

    /** How many lines of the page are kept for the header. */
    static final int HEAD_LINES = 80;
    private Sources() {
    }

    /**
     * Guesses the format of a page from its content ({@link FormatSniffer}).
     *
     * @param text the page
     * @return the format its content shows, HTML, MARKDOWN or TEXT
     */
    static SourceFormat detect(String text) {
        return FormatSniffer.sniff(text).format();
    }

    /**
     * A text page.
     *
     * @param text the page
     * @param keepTokens whether to lex it once and keep its tokens (see {@link Page})
     */
    static Page text(String text, boolean keepTokens) {
        return TextSource.INSTANCE.page(text, text.toCharArray(), keepTokens, text.indexOf('\t') >= 0);
    }

    /**
     * {@link #text(String, boolean)} of a page whose characters are at hand ({@code cs}, not to be changed), known
     * to hold a tab or not ({@code tabs}).
     */
    static Page text(String text, char[] cs, boolean keepTokens, boolean tabs) {
        return TextSource.INSTANCE.page(text, cs, keepTokens, tabs);
    }

    /**
     * A Markdown page.
     *
     * @param text the page
     * @param keepTokens whether to lex it once and keep its tokens (see {@link Page})
     */
    static Page markdown(String text, boolean keepTokens) {
        return MarkdownSource.INSTANCE.page(text, text.toCharArray(), keepTokens, text.indexOf('\t') >= 0);
    }

    /** {@link #text(String, char[], boolean, boolean)} of a Markdown page. */
    static Page markdown(String text, char[] cs, boolean keepTokens, boolean tabs) {
        return MarkdownSource.INSTANCE.page(text, cs, keepTokens, tabs);
    }

    static Page text(String text) {
        return text(text, true);
    }

    static Page markdown(String text) {
        return markdown(text, true);
    }

    /**
     * An HTML page (see {@link HtmlSource#html}).
     *
     * @param html the page
     * @param maxGridCells the largest number of grid cells accepted over its tables
     * @param keepTokens whether to walk it once and keep its tokens (see {@link Page})
     */
    static Page html(String html, int maxGridCells, boolean keepTokens) {
        return HtmlSource.html(html, maxGridCells, keepTokens);
    }

    static Page html(String html, int maxGridCells) {
        return HtmlSource.html(html, maxGridCells, true);
    }

    /**
     * Tells whether a line is a page number or page footer (see {@link LineSource#isPageNumberLine}).
     *
     * @param line the line
     * @return true for a footer
     */
    static boolean isPageNumberLine(String line) {
        return LineSource.isPageNumberLine(line);
    }
}
