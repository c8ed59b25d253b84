package io.github.gongkai.spring.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.jackson2.GongkaiJackson2Module;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.jakarta.ReportConstraints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Spring Boot 3 auto-configuration of gongkai, before Boot's Jackson and validation auto-configuration: the
 * same as {@code gongkai-spring-boot-starter}'s for Boot 4, with the Jackson 2 module.
 *
 * <ul>
 *   <li>{@link ReportJson}, {@link ReportValidator} and {@link ReportReader} beans from {@link GongkaiProperties},
 *       each unless the application declares its own;</li>
 *   <li>{@link GongkaiJackson2Module} as a bean, writing and reading with the {@code ReportJson} bean, which Boot
 *       adds to its {@code ObjectMapper} (so controllers read and write {@code Report} as {@code ReportJson}
 *       does, byte for byte), and a check at startup that every {@code ObjectMapper} bean has it;</li>
 *   <li>the constraint mapping of {@link ReportConstraints} on Boot's Bean Validation validator, whose report
 *       constraint validators check with the {@code ReportValidator} bean, so that {@code @Valid Report} follows
 *       {@code gongkai.validation.*}, and a check at startup that every {@code Validator} bean has the mapping;</li>
 *   <li>in a servlet web application, {@link ReportProblemDetails}.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
        "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration"})
@EnableConfigurationProperties(GongkaiProperties.class)
@Import(GongkaiBeans.class)
public final class GongkaiBoot3AutoConfiguration {

    /** Creates the configuration; Spring Boot does. */
    public GongkaiBoot3AutoConfiguration() {
    }

    /** The Jackson 2 module, for Boot's {@code ObjectMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObjectMapper.class)
    static class Jackson {

        @Bean
        @ConditionalOnMissingBean
        GongkaiJackson2Module gongkaiJackson2Module(ReportJson json) {
            return new GongkaiJackson2Module(json);
        }

        @Bean
        static ObjectMapperCheck gongkaiObjectMapperCheck(ObjectProvider<ObjectMapper> mapper) {
            return new ObjectMapperCheck(mapper);
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
