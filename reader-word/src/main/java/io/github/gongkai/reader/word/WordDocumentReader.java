package io.github.gongkai.reader.word;

import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.DocumentReader;
import io.github.gongkai.reader.spi.LaidOutDocument;
import io.github.gongkai.reader.word.internal.WordFiles;
import java.util.Objects;
import java.util.Set;

/**
 * Lays out a Word file for {@link io.github.gongkai.reader.ReportReader}, with Apache POI. Found with
 * {@link java.util.ServiceLoader}; a user only puts {@code gongkai-reader-word} on the path and calls
 * {@code ReportReader.read(byte[])} or {@code read(Path)}.
 *
 * <p>What is laid out: the main text's paragraphs, in document order, each line a
 * {@link LaidOutDocument.Text} positioned {@code SourcePosition.block(n)} (n counts the text blocks from 1), and
 * its tables, each cell's text with its paragraphs and runs joined without a break, a horizontal merge
 * ({@code gridSpan}) as its column span, a vertical merge ({@code vMerge}) as the row span of its first cell (the
 * cells it covers left out), positioned {@code SourcePosition.tableCell(table, row, gridColumn)}, all from 1, the
 * grid column counted after the spans to its left. A table nested in a cell is text of that cell. Tables and
 * paragraphs inside block content controls ({@code w:sdt}) are read. Headers, footers, footnotes, comments and
 * text boxes are not read: a report's tables are never there.
 *
 * <ul>
 *   <li>{@link SourceFormat#DOCX}: read with XWPF, after the package's ZIP entries are walked and counted so that a
 *       zip bomb fails before POI inflates it.</li>
 *   <li>{@link SourceFormat#DOC} (any OLE2 compound file): a Word 97–2003 document is read with HWPF, its tables
 *       recovered from paragraph flags (the grid from the cells' edges); a table HWPF cannot recover is given as
 *       its paragraphs' text. An Excel or PowerPoint file, a WPS (Kingsoft) document HWPF cannot read and a Word
 *       6/95 file are {@code UNSUPPORTED_FORMAT}; an encrypted {@code .doc} or Office Open XML file is
 *       {@code PASSWORD_PROTECTED}.</li>
 * </ul>
 *
 * <p>Every failure is a {@link io.github.gongkai.reader.ReportReadException} whose message names the format:
 * {@code UNREADABLE_INPUT} for a damaged file (and the part, where known), {@code LIMIT_EXCEEDED} past a
 * {@link DocumentLimits} (bytes expanded, characters of text, time, checked between paragraphs and table rows) or
 * for more than 4 000 ZIP entries or tables nested more than 16 deep. No exception of POI escapes. Stateless and
 * thread-safe; POI's process-wide settings ({@code ZipSecureFile}, {@code IOUtils}) are not changed.
 */
public final class WordDocumentReader implements DocumentReader {

    /** Creates the reader (for {@link java.util.ServiceLoader}). */
    public WordDocumentReader() {
    }

    /**
     * Returns {@link SourceFormat#DOCX} and {@link SourceFormat#DOC}.
     *
     * @return the two formats, never null
     */
    @Override
    public Set<SourceFormat> formats() {
        return Set.of(SourceFormat.DOCX, SourceFormat.DOC);
    }

    /**
     * Lays out a Word file.
     *
     * @throws IllegalArgumentException if the format is neither {@code DOCX} nor {@code DOC}
     * @throws NullPointerException if an argument is null
     */
    @Override
    public LaidOutDocument read(byte[] document, SourceFormat format, DocumentLimits limits) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(limits, "limits");
        return switch (Objects.requireNonNull(format, "format")) {
            case DOCX -> WordFiles.docx(document, limits);
            case DOC -> WordFiles.doc(document, limits);
            default -> throw new IllegalArgumentException("a Word file is DOCX or DOC, not " + format);
        };
    }
}
