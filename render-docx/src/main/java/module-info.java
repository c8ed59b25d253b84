/**
 * Renders the official tables of a 政府信息公开工作年度报告 (tables 二, 三, 四 and section 六's fee figures) as a
 * Word {@code .docx} document, with Apache POI. Its only API package is {@link io.github.gongkai.render.docx};
 * its implementation package is not exported. Separate from {@code io.github.gongkai.render} so that HTML,
 * Markdown and text do not bring POI.
 */
module io.github.gongkai.render.docx {
    requires transitive io.github.gongkai.core;
    requires io.github.gongkai.render;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;

    exports io.github.gongkai.render.docx;
}
