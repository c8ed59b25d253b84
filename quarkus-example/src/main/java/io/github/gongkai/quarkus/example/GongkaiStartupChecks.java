package io.github.gongkai.quarkus.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.jackson2.GongkaiJackson2Module;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.jakarta.ReportConstraints;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

/**
 * Fails the application's start unless Quarkus's {@code ObjectMapper} writes and reads {@code Report} with
 * {@link GongkaiJackson2Module} and Quarkus's {@code Validator} has gongkai's constraint mapping. Without these
 * checks a missing customizer fails nothing: the mapper writes a report as an empty bean
 * ({@code "activeDisclosure":{}}) and the validator passes every report. Also makes the application's
 * {@link ReportValidator} ({@link GongkaiValidatorProducer}), so that a {@code gongkai.validation.*} setting it does
 * not understand fails the start rather than the first request.
 */
@Singleton
public final class GongkaiStartupChecks {

    /** Creates the checks; Quarkus instantiates them as a bean. */
    public GongkaiStartupChecks() {
    }

    /**
     * Runs both checks when the application starts.
     *
     * @param event the startup event
     * @param mapper Quarkus's mapper
     * @param validator Quarkus's validator
     * @param rules the application's rule engine, made here from its settings
     * @throws IllegalStateException if either lacks gongkai's setup, naming what is missing
     */
    void check(@Observes StartupEvent event, ObjectMapper mapper, Validator validator, ReportValidator rules) {
        GongkaiJackson2Module.requireRegistered(mapper);
        ReportConstraints.requireMapping(validator);
        // The rule engine needs no check: a setting it does not understand has thrown when it was made, to be injected.
    }
}
