package io.github.gongkai.spring.boot;

import io.github.gongkai.json.GongkaiJacksonModule;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.jakarta.ReportConstraints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot 4 auto-configuration of gongkai, before Boot's Jackson and validation auto-configuration:
 *
 * <ul>
 *   <li>{@link ReportJson}, {@link ReportValidator} and {@link ReportReader} beans from {@link GongkaiProperties},
 *       each unless the application declares its own;</li>
 *   <li>{@link GongkaiJacksonModule} as a bean, which Boot adds to its {@code JsonMapper} (so controllers read and
 *       write {@code Report} in the format of {@code ReportJson}), and a check at startup that Boot's
 *       {@code JsonMapper} has it;</li>
 *   <li>the constraint mapping of {@link ReportConstraints} on Boot's Bean Validation validator, whose report
 *       constraint validators check with the {@code ReportValidator} bean, so that {@code @Valid Report} follows
 *       {@code gongkai.validation.*}, and a check at startup that every {@code Validator} bean has the mapping;</li>
 *   <li>in a servlet web application, {@link ReportProblemDetails}.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration"})
@EnableConfigurationProperties(GongkaiProperties.class)
@Import(GongkaiBeans.class)
public final class GongkaiAutoConfiguration {

    /** Creates the configuration; Spring Boot does. */
    public GongkaiAutoConfiguration() {
    }

    /** The Jackson 3 module, for Boot's {@code JsonMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JsonMapper.class)
    static class Jackson {

        @Bean
        @ConditionalOnMissingBean
        GongkaiJacksonModule gongkaiJacksonModule() {
            return new GongkaiJacksonModule();
        }

        @Bean
        static JsonMapperCheck gongkaiJsonMapperCheck(ObjectProvider<JsonMapper> mapper) {
            return new JsonMapperCheck(mapper);
        }
    }

    /** The constraint mapping and the report constraint validators, on Boot's validator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({jakarta.validation.Validator.class, ValidationConfigurationCustomizer.class})
    static class Validation {

        @Bean
        ValidationConfigurationCustomizer gongkaiConstraintMapping(ObjectProvider<ReportValidator> validator,
                ApplicationContext context) {
            return configuration -> GongkaiBeans.constrain(configuration, validator::getObject, context);
        }

        @Bean
        static ValidatorCheck gongkaiValidatorCheck(ObjectProvider<jakarta.validation.Validator> validators) {
            return new ValidatorCheck(validators);
        }
    }
}
