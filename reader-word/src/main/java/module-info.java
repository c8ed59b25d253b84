/**
 * Reads 政府信息公开工作年度报告 Word files ({@code .docx}, and {@code .doc} where HWPF recovers its tables) for
 * {@code io.github.gongkai.reader}, with Apache POI. Provides {@link io.github.gongkai.reader.spi.DocumentReader};
 * a user only puts it on the path. Its implementation package is not exported.
 */
module io.github.gongkai.reader.word {
    requires transitive io.github.gongkai.reader;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.scratchpad;
    requires java.xml;

    exports io.github.gongkai.reader.word;

    provides io.github.gongkai.reader.spi.DocumentReader with io.github.gongkai.reader.word.WordDocumentReader;
}
