/**
 * A Jackson 2 module for the 政府信息公开工作年度报告: {@code Report} read and written through gongkai's
 * canonical {@code ReportJson}, for Spring Boot 3, Quarkus and other Jackson 2 applications. Provides
 * {@link io.github.gongkai.jackson2.GongkaiJackson2Module} to Jackson's module discovery.
 *
 * <p>At run time only Jackson 3's streaming jar ({@code tools.jackson.core:jackson-core}) is used, through
 * {@code ReportJson}; Jackson 3's databind is required by the serialization module's descriptor but never
 * loaded, so an older {@code jackson-annotations} (2.17, Boot 3.5's 2.19) is enough.
 */
@SuppressWarnings("module") // "jackson2" ends in a digit, on purpose: it names the Jackson major version
module io.github.gongkai.jackson2 {
    requires transitive io.github.gongkai.json;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.gongkai.jackson2;

    provides com.fasterxml.jackson.databind.Module with io.github.gongkai.jackson2.GongkaiJackson2Module;
}
