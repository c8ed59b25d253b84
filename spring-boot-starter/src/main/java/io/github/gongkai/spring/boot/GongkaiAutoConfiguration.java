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
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;
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
public final class GongkaiAutoConfiguration {

    /** Creates the configuration; Spring Boot does. */
    public GongkaiAutoConfiguration() {
    }

    /**
     * The canonical writer and strict reader, from {@code gongkai.json.*}.
     *
     * @param properties the properties
     * @return the instance
     */
    @Bean
    @ConditionalOnMissingBean
    public ReportJson reportJson(GongkaiProperties properties) {
        return properties.json().toReportJson();
    }

    /**
     * The rule engine, from {@code gongkai.validation.*}.
     *
     * @param properties the properties
     * @return the validator
     * @throws IllegalArgumentException if a rule setting is not understood, which fails the startup
     */
    @Bean
    @ConditionalOnMissingBean
    public ReportValidator reportValidator(GongkaiProperties properties) {
        return properties.validation().toValidator();
    }

    /**
     * The reader of published reports, from {@code gongkai.reader.*}.
     *
     * @param properties the properties
     * @return the reader
     */
    @Bean
    @ConditionalOnMissingBean
    public ReportReader reportReader(GongkaiProperties properties) {
        return properties.reader().toReportReader();
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
            return configuration -> {
                ReportConstraints.configure(configuration);
                configuration.constraintValidatorFactory(new ReportConstraintValidatorFactory(validator::getObject,
                        new SpringConstraintValidatorFactory(context.getAutowireCapableBeanFactory())));
            };
        }

        @Bean
        static ValidatorCheck gongkaiValidatorCheck(ObjectProvider<jakarta.validation.Validator> validators) {
            return new ValidatorCheck(validators);
        }
    }

    /** The problem details of a report that breaks rules. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    static class Web {

        @Bean
        @ConditionalOnMissingBean
        ReportProblemDetails reportProblemDetails() {
            return new ReportProblemDetails();
        }
    }
}
