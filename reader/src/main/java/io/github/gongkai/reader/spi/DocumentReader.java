package io.github.gongkai.reader.spi;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import java.util.Set;

/**
 * Lays out a binary document (a PDF, a Word file) as text blocks and tables, for
 * {@link io.github.gongkai.reader.ReportReader} to interpret. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code provides io.github.gongkai.reader.spi.DocumentReader with ...} in a
 * module, or {@code META-INF/services} on the class path) or given to
 * {@link io.github.gongkai.reader.ReportReader.Builder#documentReader(DocumentReader)}.
 *
 * <p>The reader recognises the format from the content (a PDF's {@code %PDF-}, a Word file's package or
 * compound file) before it calls the implementation for that format; the implementation does not guess.
 *
 * <p>Contract: implementations are stateless and thread-safe, have a public no-argument constructor, never
 * repair or compute a number (they only say what text stands where), and keep within the {@link DocumentLimits}
 * they are given. Every failure is a {@link ReportReadException}: {@code UNREADABLE_INPUT} for a damaged
 * document, {@code PASSWORD_PROTECTED}, {@code NO_TEXT_LAYER} for a PDF of images, {@code LIMIT_EXCEEDED}, or
 * {@code UNSUPPORTED_FORMAT} for a variant it cannot read, each with a message naming the format and, where
 * there is one, the page or part.
 */
public interface DocumentReader {

    /**
     * Returns the formats this implementation reads.
     *
     * @return one or more of {@link SourceFormat#PDF}, {@link SourceFormat#DOCX} and {@link SourceFormat#DOC},
     *     never empty
     */
    Set<SourceFormat> formats();

    /**
     * Lays a document out.
     *
     * @param document the file's bytes, not changed
     * @param format its format, one of {@link #formats()}, as recognised from its content
     * @param limits what the document may cost
     * @return its text blocks and tables in reading order, never null
     * @throws ReportReadException if the document cannot be read, is protected or exceeds a limit
     */
    LaidOutDocument read(byte[] document, SourceFormat format, DocumentLimits limits);
}
