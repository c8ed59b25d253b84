package io.github.gongkai.spring.boot;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fails the startup when the application's {@code JsonMapper} would write a {@link Report} as a bean (as a
 * {@code JsonMapper} the application built itself, without {@code findAndAddModules()} or the module, does):
 * it writes a small report and looks for the format's first member. Immutable.
 */
final class JsonMapperCheck implements SmartInitializingSingleton {

    private static final Report PROBE = Report.builder(Edition.V2021).organName("gongkai").reportYear(2021).build();

    private final ObjectProvider<JsonMapper> mapper;

    JsonMapperCheck(ObjectProvider<JsonMapper> mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public void afterSingletonsInstantiated() {
        mapper.orderedStream().forEach(JsonMapperCheck::check);
    }

    /**
     * Checks one mapper.
     *
     * @param mapper the mapper
     * @throws IllegalStateException if it does not write a report in the gongkai format
     */
    static void check(JsonMapper mapper) {
        String written = mapper.writeValueAsString(PROBE);
        if (!written.replaceAll("\\s", "").startsWith("{\"format\":\"gongkai.report\"")) {
            throw new IllegalStateException("the JsonMapper bean writes io.github.gongkai.core.Report without"
                    + " GongkaiJacksonModule, as " + written.substring(0, Math.min(60, written.length()))
                    + "…: build it with findAndAddModules() or addModule(new GongkaiJacksonModule()), or let"
                    + " Spring Boot build it");
        }
    }
}
