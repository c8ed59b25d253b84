package io.github.gongkai.reader.pdf;

import io.github.gongkai.reader.pdf.internal.PdfLayout;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.DocumentReader;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.Objects;
import java.util.Set;

/**
 * Lays out a PDF's text layer for {@link io.github.gongkai.reader.ReportReader}. Found with
 * {@link java.util.ServiceLoader}; a user does not call it.
 */
public final class PdfDocumentReader implements DocumentReader {

    /** Creates the reader (for {@link java.util.ServiceLoader}). */
    public PdfDocumentReader() {
    }

    @Override
    public Set<SourceFormat> formats() {
        return Set.of(SourceFormat.PDF);
    }

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
