/**
 * The model of the 政府信息公开工作年度报告 (government information disclosure annual report): immutable
 * records for both editions of the national format, every cell addressable by a stable key and its
 * official Chinese label, and the format itself as data ({@link io.github.gongkai.core.ReportFormat}). No
 * runtime dependencies.
 */
@SuppressWarnings("module") // the qualified export names modules that are not on core's module path
module io.github.gongkai.core {
    exports io.github.gongkai.core;
    // Fast paths with an enum-ordinal layout, and the loader of message files: for gongkai's own modules only,
    // never public API.
    exports io.github.gongkai.core.internal to
            io.github.gongkai.reader, io.github.gongkai.validation, io.github.gongkai.json,
            io.github.gongkai.render;
}
