/**
 * Renders a 政府信息公开工作年度报告: its official tables (二, 三, 四 and section 六's fee figures) as HTML, Markdown
 * or aligned text, a checked report as an HTML page with its wrong cells marked, and the index of a batch of
 * checked reports. Its only API package is {@link io.github.gongkai.render}; its implementation package is
 * exported to {@code io.github.gongkai.render.docx} alone, which renders the same tables as {@code .docx}.
 */
@SuppressWarnings("module") // the qualified export names a module that is not on render's module path
module io.github.gongkai.render {
    requires transitive io.github.gongkai.core;
    requires transitive io.github.gongkai.validation;

    exports io.github.gongkai.render;
    // The cells' printed text and the title, shared with the .docx renderer; never public API.
    exports io.github.gongkai.render.internal to io.github.gongkai.render.docx;
}
