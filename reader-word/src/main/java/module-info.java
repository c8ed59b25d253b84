/**
 * Reads 政府信息公开工作年度报告 Word files for {@code io.github.gongkai.reader}, with Apache POI. Provides
 * {@link io.github.gongkai.reader.spi.DocumentReader}; a user only puts it on the path.
 */
module io.github.gongkai.reader.word {
    requires transitive io.github.gongkai.reader;

    exports io.github.gongkai.reader.word;

    provides io.github.gongkai.reader.spi.DocumentReader with io.github.gongkai.reader.word.WordDocumentReader;
}
