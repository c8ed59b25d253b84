package io.github.gongkai.reader.word;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.DocumentReader;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.Set;

/**
 * Lays out a Word file for {@link io.github.gongkai.reader.ReportReader}. Found with
 * {@link java.util.ServiceLoader}; a user does not call it.
 */
public final class WordDocumentReader implements DocumentReader {

    /** Creates the reader (for {@link java.util.ServiceLoader}). */
    public WordDocumentReader() {
    }

    @Override
    public Set<SourceFormat> formats() {
        return Set.of(SourceFormat.DOCX, SourceFormat.DOC);
    }

    @Override
    public LaidOutDocument read(byte[] document, SourceFormat format, DocumentLimits limits) {
        throw new ReportReadException(ReportReadException.Reason.UNSUPPORTED_FORMAT, "not yet", (Throwable) null);
    }
}
