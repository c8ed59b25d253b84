package io.github.gongkai.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void aRuleThresholdIsASettingAndAMisspeltKeyFailsTheStartup() {
        runner.withPropertyValues("gongkai.validation.rule.SET.YEAR_RATIO.factor=3",
                "gongkai.validation.rule.SET.YEAR_RATIO.minimum=20",
                "gongkai.validation.rule.SET.REPEATED_REPORT.similarity=0.9").run(context -> {
                    assertNull(context.getStartupFailure(), () -> rootMessage(context.getStartupFailure()));
                    ReportValidator validator = context.getBean(ReportValidator.class);
                    assertEquals(0, new java.math.BigDecimal("3").compareTo(validator.yearRatioFactor()));
                    assertEquals(0, new java.math.BigDecimal("20").compareTo(validator.yearRatioMinimum()));
                    assertEquals(0, new java.math.BigDecimal("0.9").compareTo(validator.repeatSimilarity()));
                });
        // Boot names a property left unbound in its canonical form: lower case, without underscores.
        String[][] misspelt = {{"gongkai.validation.fail-fsat=true", "gongkai.validation.fail-fsat"},
                {"gongkai.validation.rules.T3.ROW_TOTAL=off", "gongkai.validation.rules.t3.rowtotal"},
                {"gongkai.jsn.pretty=true", "gongkai.jsn.pretty"}};
        for (String[] key : misspelt) {
            runner.withPropertyValues(key[0]).run(context -> {
                assertNotNull(context.getStartupFailure(), key[0] + " was once ignored");
                assertTrue(allMessages(context.getStartupFailure()).contains(key[1]),
                        allMessages(context.getStartupFailure()));
            });
        }
        runner.withPropertyValues("gongkai.validation.rule.T3.ROW_TOTL=off").run(context -> {
            String messages = allMessages(context.getStartupFailure());
            assertTrue(messages.contains("gongkai.validation") && messages.contains("T3.ROW_TOTL"), messages);
        });
    }

    private static String allMessages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
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
