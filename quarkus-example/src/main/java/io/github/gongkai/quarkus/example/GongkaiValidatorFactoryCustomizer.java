package io.github.gongkai.quarkus.example;

import io.github.gongkai.validation.jakarta.ReportConstraints;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Adds gongkai's XML constraint mapping to the {@code ValidatorFactory} that Quarkus builds, which puts
 * {@code @ValidReport} on {@code io.github.gongkai.core.Report}: with it, {@code validator.validate(report)} runs
 * gongkai's rules, each failed ERROR rule one violation whose finding {@code ReportConstraints.finding(violation)}
 * returns.
 *
 * <p>Quarkus applies every {@link ValidatorFactoryCustomizer} bean to its factory. {@link GongkaiStartupChecks}
 * verifies at startup that the mapping is in place.
 */
@Singleton
public final class GongkaiValidatorFactoryCustomizer implements ValidatorFactoryCustomizer {

    /** Creates the customizer; Quarkus instantiates it as a bean. */
    public GongkaiValidatorFactoryCustomizer() {
    }

    /**
     * Adds the mapping ({@code ReportConstraints.mapping()}, a stream the configuration closes).
     *
     * @param configuration Quarkus's Hibernate Validator configuration, before the factory is built
     */
    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.addMapping(ReportConstraints.mapping());
    }
}
