/**
 * Reads 政府信息公开工作年度报告 PDF files for {@code io.github.gongkai.reader}, with Apache PDFBox: the glyphs of the
 * text layer with their positions and the tables' ruling lines become text blocks and table cells, each with its
 * page and box. Provides {@link io.github.gongkai.reader.spi.DocumentReader}; a user only puts it on the path.
 */
@SuppressWarnings("requires-automatic") // PDFBox 3 names its module in its manifest only
module io.github.gongkai.reader.pdf {
    requires transitive io.github.gongkai.reader;
    requires org.apache.pdfbox;
    requires java.desktop; // PDFBox's graphics callbacks take java.awt.geom points

    exports io.github.gongkai.reader.pdf;

    provides io.github.gongkai.reader.spi.DocumentReader with io.github.gongkai.reader.pdf.PdfDocumentReader;
}
