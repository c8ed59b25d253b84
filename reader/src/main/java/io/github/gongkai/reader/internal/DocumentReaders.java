package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.DocumentReader;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@link DocumentReader}s a report reader uses, one per format: those given to its builder first, then those
 * found with {@link ServiceLoader} (through the thread's context class loader, as an application server or Spring
 * Boot's launcher expects, then through the reader's own). Immutable once made.
 */
public final class DocumentReaders {

    private final Map<SourceFormat, DocumentReader> byFormat;

    private DocumentReaders(Map<SourceFormat, DocumentReader> byFormat) {
        this.byFormat = byFormat;
    }

    /**
     * The readers given, then those found.
     *
     * @param given the readers given to the builder, in the order given
     * @return the readers, one per format
     */
    public static DocumentReaders of(List<DocumentReader> given) {
        Map<SourceFormat, DocumentReader> map = new EnumMap<>(SourceFormat.class);
        List<DocumentReader> all = new ArrayList<>(given);
        all.addAll(found());
        for (DocumentReader reader : all) {
            for (SourceFormat f : reader.formats()) {
                if (f.isDocument()) {
                    map.putIfAbsent(f, reader);
                }
            }
        }
        return new DocumentReaders(map);
    }

    /** The readers found last, and the context class loader they were found through. */
    private static volatile Found last;

    private record Found(WeakReference<ClassLoader> context, List<DocumentReader> readers) {
    }

    /**
     * The readers found through the thread's context class loader, the reader's own class loader and the module
     * layer, once per context class loader in a row (building a report reader must stay cheap).
     */
    private static List<DocumentReader> found() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Found f = last;
        if (f != null && f.context().get() == context) {
            return f.readers();
        }
        List<DocumentReader> readers = new ArrayList<>(2);
        if (context != null) {
            found(ServiceLoader.load(DocumentReader.class, context), readers);
        }
        found(ServiceLoader.load(DocumentReader.class, DocumentReader.class.getClassLoader()), readers);
        Module module = DocumentReader.class.getModule();
        found(ServiceLoader.load(module.getLayer() == null ? ModuleLayer.boot() : module.getLayer(),
                DocumentReader.class), readers);
        List<DocumentReader> copy = List.copyOf(readers);
        last = new Found(new WeakReference<>(context), copy);
        return copy;
    }

    private static void found(ServiceLoader<DocumentReader> loader, List<DocumentReader> into) {
        try {
            for (DocumentReader r : loader) {
                if (into.stream().noneMatch(k -> k.getClass() == r.getClass())) {
                    into.add(r);
                }
            }
        } catch (ServiceConfigurationError e) {
            // A broken provider on the path must not stop text and HTML reading; its format stays unsupported.
        }
    }

    /**
     * Lays out a document with the reader for its format.
     *
     * @param bytes the document
     * @param format its format, from its content
     * @param limits what it may cost
     * @param file the file's name, for a message, or empty
     * @return the laid-out document
     * @throws ReportReadException if no reader reads the format, or the reader fails
     */
    public LaidOutDocument read(byte[] bytes, SourceFormat format, DocumentLimits limits, String file) {
        DocumentReader reader = byFormat.get(format);
        if (reader == null) {
            String module = format == SourceFormat.PDF ? "gongkai-reader-pdf" : "gongkai-reader-word";
            throw new ReportReadException(ReportReadException.Detail.READER_NOT_PRESENT,
                    List.of(file, format.name(), module), null, null);
        }
        return reader.read(bytes, format, limits);
    }

    /**
     * Names the reader of each format, for logs.
     *
     * @return for example {@code {PDF=PdfDocumentReader}}
     */
    @Override
    public String toString() {
        Map<SourceFormat, String> names = new EnumMap<>(SourceFormat.class);
        byFormat.forEach((f, r) -> names.put(f, r.getClass().getSimpleName()));
        return names.toString();
    }
}
