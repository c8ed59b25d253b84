package io.github.gongkai.quarkus.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.jackson2.GongkaiJackson2Module;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.validation.jakarta.ReportConstraints;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

/**
 * Quarkus's own {@code ObjectMapper} and {@code Validator} have gongkai's setup, which is what
 * {@link GongkaiStartupChecks} checks at every start; and those checks do fail where the setup is missing.
 */
@QuarkusTest
class StartupChecksTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;

    @Test
    void quarkusMapperHasTheModule() throws Exception {
        assertSame(mapper, GongkaiJackson2Module.requireRegistered(mapper));
        assertEquals(ReportJson.standard().write(Reports.liangshan()), mapper.writeValueAsString(Reports.liangshan()));
    }

    @Test
    void quarkusValidatorHasTheMapping() {
        assertSame(validator, ReportConstraints.requireMapping(validator));
        assertTrue(validator.validate(Reports.liangshan()).isEmpty());
        assertEquals(3, validator.validate(Reports.wrongTotals()).size());
    }

    @Test
    void theChecksFailWithoutTheSetup() {
        assertThrows(IllegalStateException.class, () -> GongkaiJackson2Module.requireRegistered(new ObjectMapper()));
        try (ValidatorFactory plain = Validation.byDefaultProvider().configure().buildValidatorFactory()) {
            assertThrows(IllegalStateException.class, () -> ReportConstraints.requireMapping(plain.getValidator()));
        }
    }

    @Test
    void theDefaultFactoryIsQuarkusesWithTheMapping() {
        // Quarkus rewrites Validation.buildDefaultValidatorFactory() to return its own factory (closing it is a no-op).
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            ReportConstraints.requireMapping(factory.getValidator());
        }
    }
}
