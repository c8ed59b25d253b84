package io.github.gongkai.quarkus.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.jackson2.GongkaiJackson2Module;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Registers {@link GongkaiJackson2Module} on the {@code ObjectMapper} that Quarkus builds, so that Quarkus REST
 * reads and writes every {@code Report} (request bodies, responses, reports inside the application's own types)
 * through gongkai's canonical {@code ReportJson}: the canonical bytes out, strict reading in, and an
 * {@code InvalidReportJsonException} naming the JSON Pointer for a body that is not a report's JSON.
 *
 * <p>Quarkus applies every {@link ObjectMapperCustomizer} bean to its mapper; nothing else needs configuring.
 * {@link GongkaiStartupChecks} verifies at startup that it was applied.
 */
@Singleton
public final class GongkaiObjectMapperCustomizer implements ObjectMapperCustomizer {

    /** Creates the customizer; Quarkus instantiates it as a bean. */
    public GongkaiObjectMapperCustomizer() {
    }

    /**
     * Registers the module with {@code ReportJson.standard()}: compact output, default limits.
     *
     * @param mapper Quarkus's mapper, being built
     */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new GongkaiJackson2Module());
    }
}
