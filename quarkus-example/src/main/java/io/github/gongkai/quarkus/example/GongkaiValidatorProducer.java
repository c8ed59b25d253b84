package io.github.gongkai.quarkus.example;

import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.jakarta.ReportConstraintValidator;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * The application's {@link ReportValidator}, from the {@code gongkai.validation.*} entries of the application's
 * configuration (as the Spring Boot starters bind them), and the constraint validator that checks {@code @Valid}
 * reports with it.
 *
 * <p>Quarkus's Hibernate Validator asks the CDI container for each constraint validator class first and makes one
 * with its no-argument constructor only when there is no bean of that class; the {@link ReportConstraintValidator}
 * bean produced here is therefore the one every {@code @Valid Report} is checked with (Quarkus keeps constraint
 * validator beans that nothing injects). {@link GongkaiStartupChecks} asks for the validator at startup, so a setting
 * it does not understand fails the start.
 */
public final class GongkaiValidatorProducer {

    /** The prefix of the settings {@link ReportValidator.Builder#configure(Map)} reads. */
    static final String PREFIX = "gongkai.validation.";

    /** Creates the producer; Quarkus instantiates it. */
    public GongkaiValidatorProducer() {
    }

    /**
     * The rule engine: {@code ReportValidator.builder().configure(settings)} with every configuration entry whose
     * name begins with {@code gongkai.validation.}, such as {@code gongkai.validation.rule.T3.ROW_TOTAL=warning}.
     *
     * @param config the application's configuration
     * @return the validator
     * @throws IllegalArgumentException if a setting is not understood (a misspelt key or value)
     */
    @Produces
    @Singleton
    public ReportValidator reportValidator(Config config) {
        return ReportValidator.builder().configure(settings(config)).build();
    }

    /**
     * The constraint validator of {@code @ValidReport}, checking with the application's validator; one per
     * constraint, as Hibernate Validator asks for.
     *
     * @param validator the application's validator
     * @return a new constraint validator
     */
    @Produces
    @Dependent
    public ReportConstraintValidator reportConstraintValidator(ReportValidator validator) {
        return new ReportConstraintValidator(validator);
    }

    /** The entries under {@link #PREFIX}, by name. */
    static Map<String, String> settings(Config config) {
        Map<String, String> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name, value));
            }
        }
        return settings;
    }
}
