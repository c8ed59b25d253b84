/**
 * The model of the 政府信息公开工作年度报告 (government information disclosure annual report): immutable
 * records for both editions of the national format, every cell addressable by a stable key and its
 * official Chinese label. No runtime dependencies.
 */
module io.github.gongkai.core {
    exports io.github.gongkai.core;
}
