package io.github.gongkai.reader.pdf;

import io.github.gongkai.reader.pdf.internal.PdfLayout;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.DocumentReader;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.Objects;
import java.util.Set;

/**
 * Lays out a PDF's text layer for {@link io.github.gongkai.reader.ReportReader}, with Apache PDFBox. Found with
 * {@link java.util.ServiceLoader}; a user only puts {@code gongkai-reader-pdf} on the path and calls
 * {@code ReportReader.read(byte[])} or {@code read(Path)}.
 *
 * <p>What is laid out, page by page, top to bottom: each ruled table (its grid from the lines drawn, stroked or as
 * thin filled rectangles; grid units no line separates are one cell, spans counted) as a
 * {@link LaidOutDocument.Table}, each cell holding the characters whose centre lies in it, its lines joined; each run
 * of lines whose words stand in columns (a table printed without rules) as a table whose columns are where values
 * stand one above the other; every other line as text, the lines of a wrapped paragraph joined. Every piece is
 * positioned {@code SourcePosition.pageArea(page, x, y, width, height)} in PDF units from the top left of the page
 * as shown (a page turned by {@code /Rotate} is read turned). Characters drawn at a slant (watermarks, seals) or
 * off the page are not read; a character whose font does not say what it is, is U+FFFD.
 *
 * <p>Every failure is a {@link io.github.gongkai.reader.ReportReadException}: {@code PASSWORD_PROTECTED} for a
 * password to open (an empty user password is read), {@code NO_TEXT_LAYER} for pages without text (a scan),
 * {@code UNREADABLE_INPUT} for a damaged file or fonts that map most characters to nothing, {@code LIMIT_EXCEEDED}
 * past a {@link DocumentLimits} (pages, characters, decompressed content, time), naming the page; a file cut short
 * (no {@code %%EOF}, or objects of a later part after the last one; bytes that are no PDF after it do not count)
 * that fails to lay out is {@code UNREADABLE_INPUT} {@code PDF_CUT_SHORT},
 * naming what failed. No exception of PDFBox escapes.
 *
 * <p>Its remarks ({@link LaidOutDocument#remarks()}): {@code PDF_CUT_SHORT} for a file cut short whose pages laid
 * out (what was read may be incomplete; the report reader fails such a file that holds no report as
 * {@code PDF_CUT_SHORT} too), {@code TEXT_OVER_PAGE_IMAGES} for text that is an invisible layer over page images.
 * Stateless and thread-safe.
 */
public final class PdfDocumentReader implements DocumentReader {

    /** Creates the reader (for {@link java.util.ServiceLoader}). */
    public PdfDocumentReader() {
    }

    /**
     * Returns {@link SourceFormat#PDF}.
     *
     * @return the one format, never null
     */
    @Override
    public Set<SourceFormat> formats() {
        return Set.of(SourceFormat.PDF);
    }

    /**
     * Lays out a PDF.
     *
     * @throws IllegalArgumentException if the format is not {@code PDF}
     * @throws NullPointerException if an argument is null
     */
    @Override
    public LaidOutDocument read(byte[] document, SourceFormat format, DocumentLimits limits) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(limits, "limits");
        if (format != SourceFormat.PDF) {
            throw new IllegalArgumentException("reads PDF only, was asked for " + format);
        }
        return PdfLayout.read(document, limits);
    }
}
