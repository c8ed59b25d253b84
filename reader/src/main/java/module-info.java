/**
 * Reads published 政府信息公开工作年度报告 pages into the {@code io.github.gongkai.core} model: flattened
 * text (one cell per line), run-on text whose numbers were glued together, Markdown pipe tables from PDF
 * converters and HTML pages, and PDF and Word files through a {@link io.github.gongkai.reader.spi.DocumentReader}
 * found on the module path ({@code gongkai-reader-pdf}, {@code gongkai-reader-word}). Deterministic, with the provenance of every cell and an honest account of
 * what could not be read. Entry point: {@link io.github.gongkai.reader.ReportReader}.
 */
module io.github.gongkai.reader {
    requires transitive io.github.gongkai.core;
    requires org.jsoup;

    exports io.github.gongkai.reader;
    exports io.github.gongkai.reader.spi;

    uses io.github.gongkai.reader.spi.DocumentReader;
}
