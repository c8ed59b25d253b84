package io.github.gongkai.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.jackson2.GongkaiJackson2Module;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Severity;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The beans, what the application's own beans replace, and the startups that must fail. */
class AutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(GongkaiBoot3AutoConfiguration.class, JacksonAutoConfiguration.class,
                    ValidationAutoConfiguration.class));

    @Test
    void theBeansAreThere() {
        runner.run(context -> {
            assertNotNull(context.getBean(ReportJson.class));
            assertNotNull(context.getBean(ReportReader.class));
            assertNotNull(context.getBean(ReportValidator.class));
            assertSame(context.getBean(ReportJson.class), context.getBean(GongkaiJackson2Module.class).json());
            assertFalse(context.containsBean("reportProblemDetails"), "not a web application");
        });
    }

    @Test
    void bootsValidatorChecksAReportDirectlyWithThePropertiesRules() {
        runner.run(context -> {
            Set<ConstraintViolation<Object>> violations = context.getBean(jakarta.validation.Validator.class)
                    .validate(TestApplication.wrongTotals());
            assertEquals(3, violations.size(), violations.toString());
        });
        runner.withPropertyValues("gongkai.validation.rule.T3.ROW_TOTAL.1=off").run(context ->
                assertEquals(Set.of(), context.getBean(jakarta.validation.Validator.class)
                        .validate(TestApplication.wrongTotals())));
    }

    @Configuration(proxyBeanMethods = false)
    static class Own {
        static final ReportJson JSON = ReportJson.builder().pretty(true).build();
        static final ReportValidator VALIDATOR = ReportValidator.builder().severity("T3.ROW_TOTAL", Severity.INFO)
                .build();

        @Bean
        ReportJson myJson() {
            return JSON;
        }

        @Bean
        ReportValidator myValidator() {
            return VALIDATOR;
        }
    }

    @Test
    void theApplicationsOwnBeansWinAndDecideValid() {
        runner.withUserConfiguration(Own.class).run(context -> {
            assertSame(Own.JSON, context.getBean(ReportJson.class));
            assertSame(Own.VALIDATOR, context.getBean(ReportValidator.class));
            assertEquals(Set.of(), context.getBean(jakarta.validation.Validator.class)
                    .validate(TestApplication.wrongTotals()), "the application's validator grades the rule INFO");
        });
    }

    @Test
    void aRuleSettingTheValidatorDoesNotUnderstandFailsTheStartup() {
        runner.withPropertyValues("gongkai.validation.rule.T3.NO_SUCH_RULE=off").run(context -> {
            assertNotNull(context.getStartupFailure());
            assertTrue(rootMessage(context.getStartupFailure()).contains("T3.NO_SUCH_RULE"),
                    rootMessage(context.getStartupFailure()));
        });
        runner.withPropertyValues("gongkai.validation.rule.T3.ROW_TOTAL=sometimes").run(context ->
                assertTrue(rootMessage(context.getStartupFailure()).contains("'sometimes' is not understood"),
                        rootMessage(context.getStartupFailure())));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnMapper {
        @Bean
        ObjectMapper plainMapper() {
            return new ObjectMapper();
        }
    }

    @Test
    void anObjectMapperWithoutTheModuleFailsTheStartupInsteadOfWritingAnEmptyBean() {
        runner.withUserConfiguration(OwnMapper.class).run(context -> {
            assertNotNull(context.getStartupFailure());
            assertTrue(rootMessage(context.getStartupFailure()).startsWith(
                    "this ObjectMapper writes and reads io.github.gongkai.core.Report without GongkaiJackson2Module"),
                    rootMessage(context.getStartupFailure()));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnValidator {
        @Bean
        org.springframework.validation.beanvalidation.LocalValidatorFactoryBean plainValidator() {
            return new org.springframework.validation.beanvalidation.LocalValidatorFactoryBean();
        }
    }

    @Test
    void aValidatorWithoutTheMappingFailsTheStartupInsteadOfPassingEveryReport() {
        runner.withUserConfiguration(OwnValidator.class).run(context -> {
            assertNotNull(context.getStartupFailure());
            assertTrue(rootMessage(context.getStartupFailure()).startsWith(
                    "this Validator has no constraint on io.github.gongkai.core.Report"),
                    rootMessage(context.getStartupFailure()));
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
