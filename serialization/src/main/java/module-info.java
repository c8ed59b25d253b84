/**
 * Exact, strict, canonical JSON for the 政府信息公开工作年度报告 with Jackson 3, a JSON Schema, and JSON Lines.
 * Provides {@link io.github.gongkai.json.GongkaiJacksonModule} to Jackson's module discovery.
 */
@SuppressWarnings("module") // the qualified export names a module that is not on the JSON module's module path
module io.github.gongkai.json {
    requires transitive io.github.gongkai.core;
    requires transitive tools.jackson.databind;

    exports io.github.gongkai.json;
    // The keyed problems (JsonProblem) and the exception they go in (JsonFailures), for the Jackson 2 module's own
    // errors in either language: for gongkai's own modules only, never public API.
    exports io.github.gongkai.json.internal to io.github.gongkai.jackson2;

    provides tools.jackson.databind.JacksonModule with io.github.gongkai.json.GongkaiJacksonModule;
}
