/**
 * Exact, strict, canonical JSON for the 政府信息公开工作年度报告 with Jackson 3, a JSON Schema, and JSON Lines.
 * Provides {@link io.github.gongkai.json.GongkaiJacksonModule} to Jackson's module discovery.
 */
module io.github.gongkai.json {
    requires transitive io.github.gongkai.core;
    requires transitive tools.jackson.databind;

    exports io.github.gongkai.json;

    provides tools.jackson.databind.JacksonModule with io.github.gongkai.json.GongkaiJacksonModule;
}
