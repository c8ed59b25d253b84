package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.LaidOutDocument;

/**
 * The implementation's entry: lays out a {@code .docx} ({@link DocxLayout}) or an OLE2 compound file
 * ({@link CompoundFiles}, a {@code .doc} laid out by {@link DocLayout}). Stateless.
 */
public final class WordFiles {

    private WordFiles() {
    }

    /**
     * Lays out a Word package.
     *
     * @param bytes the file
     * @param limits what it may cost
     * @return its blocks, never null
     * @throws io.github.gongkai.reader.ReportReadException if it cannot be read, is encrypted or exceeds a limit
     */
    public static LaidOutDocument docx(byte[] bytes, DocumentLimits limits) {
        return DocxLayout.read(bytes, limits);
    }

    /**
     * Lays out a compound file that should be a Word 97–2003 document.
     *
     * @param bytes the file
     * @param limits what it may cost
     * @return its blocks, never null
     * @throws io.github.gongkai.reader.ReportReadException if it is not a Word document, cannot be read, is
     *     encrypted or exceeds a limit
     */
    public static LaidOutDocument doc(byte[] bytes, DocumentLimits limits) {
        return CompoundFiles.read(bytes, limits);
    }
}
