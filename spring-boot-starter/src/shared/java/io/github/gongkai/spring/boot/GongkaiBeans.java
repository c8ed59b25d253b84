package io.github.gongkai.spring.boot;

import io.github.gongkai.json.ReportJson;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.jakarta.ReportConstraints;
import jakarta.validation.Configuration;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

/**
 * The beans both starters declare alike, imported by each one's auto-configuration: {@link ReportJson},
 * {@link ReportValidator} and {@link ReportReader} from the {@code gongkai.*} properties, each replaced by an
 * application's own, and the {@link ReportProblemDetails} of a servlet web application. What differs between Spring
 * Boot 3 and 4 (the Jackson module, and the package of Boot's validation customizer) stays in each starter.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public final class GongkaiBeans {

    /** Creates the configuration; Spring does. */
    public GongkaiBeans() {
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

    /**
     * Puts the report constraint mapping on a Bean Validation configuration, with constraint validators that check
     * with the application's {@link ReportValidator}: what each starter's validation customizer does.
     *
     * @param configuration Boot's Bean Validation configuration
     * @param validator the application's rule engine
     * @param context the application context, for Spring's own constraint validators
     */
    public static void constrain(Configuration<?> configuration, Supplier<ReportValidator> validator,
            ApplicationContext context) {
        ReportConstraints.configure(configuration);
        configuration.constraintValidatorFactory(new ReportConstraintValidatorFactory(validator,
                new SpringConstraintValidatorFactory(context.getAutowireCapableBeanFactory())));
    }

    /** The problem details of a report that breaks rules. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
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
