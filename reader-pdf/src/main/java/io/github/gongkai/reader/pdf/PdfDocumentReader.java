package io.github.gongkai.reader.pdf;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.DocumentReader;
import io.github.gongkai.reader.spi.LaidOutDocument;
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
        throw new ReportReadException(ReportReadException.Reason.UNSUPPORTED_FORMAT, "not yet", (Throwable) null);
    }
}
