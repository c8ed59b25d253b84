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
            int end = Lines.lineEnd(cs, i, limit);
            int b = Lines.trimStart(cs, i, end);
            int e = Lines.trimEnd(cs, b, end);
            if (Lines.isSeparatorRow(cs, b, e)) {
                return SourceFormat.MARKDOWN;
            }
            if (Lines.isPipeRow(cs, b, e) && ++pipeRows >= 3) {
                return SourceFormat.MARKDOWN;
            }
            i = Lines.nextLine(cs, end, limit);
        }
        return SourceFormat.TEXT;
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
        return TextSource.INSTANCE.page(text, text.toCharArray(), keepTokens);
    }

    /** {@link #text(String, boolean)} of a page whose characters are at hand ({@code cs}, not to be changed). */
    static Page text(String text, char[] cs, boolean keepTokens) {
        return TextSource.INSTANCE.page(text, cs, keepTokens);
    }

    /**
     * A Markdown page.
     *
     * @param text the page
     * @param keepTokens whether to lex it once and keep its tokens (see {@link Page})
     */
    static Page markdown(String text, boolean keepTokens) {
        return MarkdownSource.INSTANCE.page(text, text.toCharArray(), keepTokens);
    }

    /** {@link #markdown(String, boolean)} of a page whose characters are at hand ({@code cs}, not to be changed). */
    static Page markdown(String text, char[] cs, boolean keepTokens) {
        return MarkdownSource.INSTANCE.page(text, cs, keepTokens);
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
