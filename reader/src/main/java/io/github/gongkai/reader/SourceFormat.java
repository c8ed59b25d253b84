package io.github.gongkai.reader;

/**
 * The kinds of page the reader understands.
 *
 * <p>{@link ReportReader#read(String)} detects the format from the content; pass one with
 * {@link ReportReader#read(String, SourceFormat)} when it is known. A format given (or declared by a file's
 * extension) is used unless the content clearly shows another, which is then read with a
 * {@link ReadingWarning.Code#FORMAT_FROM_CONTENT} warning; {@link ReportReader.Builder#formatFromContent(boolean)}
 * turns that off. {@link ReadingReport#format()} is the format the page was read in.
 */
public enum SourceFormat {
    /**
     * Plain text: a web page flattened to one table cell per line (blank lines between cells are
     * ignored), or run-on text in which a converter glued each row's numbers together
     * ({@code 713000074} for 71/3/0/0/0/0/74). Both may mix on one page; a line written as a pipe-table
     * row ({@code | 规章 | 0 | 0 | 0 |}) is read as a table row.
     */
    TEXT,
    /**
     * Markdown produced by a PDF converter: pipe tables ({@code | 规章 | 0 | 0 | 0 |}) mixed with lines of
     * text, tables split across pages with page-number lines, repeated or shifted header rows, and row
     * labels broken over several lines.
     */
    MARKDOWN,
    /**
     * An HTML page with real tables, including rowspan/colspan group labels, cells holding
     * {@code &nbsp;}, {@code <p>} and {@code <span>}, and Word-exported markup. Parsed with jsoup.
     */
    HTML,
    /**
     * A PDF file with a text layer (as WPS and Word export it): the text's glyphs with their positions, tables
     * laid out from their ruling lines. Read by {@code gongkai-reader-pdf}, found on the class or module path;
     * each cell's position is its page and box ({@link SourcePosition.PageArea}).
     */
    PDF,
    /**
     * A Word {@code .docx} file (Office Open XML): its paragraphs and real table cells, merged cells included.
     * Read by {@code gongkai-reader-word}, found on the class or module path.
     */
    DOCX,
    /**
     * A legacy Word {@code .doc} file (Word 97–2003 binary), where its tables can be recovered. Read by
     * {@code gongkai-reader-word}, found on the class or module path.
     */
    DOC;

    /**
     * Tells whether the format is a binary document read through a {@link io.github.gongkai.reader.spi.DocumentReader}
     * rather than a page of text.
     *
     * @return true for PDF, DOCX and DOC
     */
    public boolean isDocument() {
        return this == PDF || this == DOCX || this == DOC;
    }
}
