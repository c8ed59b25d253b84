/**
 * The service interface through which binary documents (PDF, Word) are read: a {@link
 * io.github.gongkai.reader.spi.DocumentReader} found with {@link java.util.ServiceLoader} lays a document out as
 * blocks of text and tables ({@link io.github.gongkai.reader.spi.LaidOutDocument}), and the reader interprets
 * them as it interprets an HTML page. Implemented by {@code gongkai-reader-pdf} and {@code gongkai-reader-word};
 * users of {@link io.github.gongkai.reader.ReportReader} do not need this package.
 */
package io.github.gongkai.reader.spi;
