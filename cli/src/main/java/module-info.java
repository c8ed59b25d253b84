/**
 * The {@code gongkai} command line. Its only API is {@link io.github.gongkai.cli.GongkaiCli}.
 */
module io.github.gongkai.cli {
    requires io.github.gongkai.reader;
    requires io.github.gongkai.validation;
    requires io.github.gongkai.json;
    requires io.github.gongkai.render;
    requires io.github.gongkai.render.docx;
    requires info.picocli;
    requires tools.jackson.databind;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;

    exports io.github.gongkai.cli;
    opens io.github.gongkai.cli to info.picocli;
}
