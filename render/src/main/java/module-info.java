/**
 * Renders the official tables of a 政府信息公开工作年度报告 (tables 二, 三, 四 and section 六's fee figures) as
 * HTML, Markdown or aligned text. Its only API package is {@link io.github.gongkai.render}.
 */
module io.github.gongkai.render {
    requires transitive io.github.gongkai.core;

    exports io.github.gongkai.render;
}
