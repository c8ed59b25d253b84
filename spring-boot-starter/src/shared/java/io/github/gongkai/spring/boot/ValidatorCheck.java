package io.github.gongkai.spring.boot;

import io.github.gongkai.validation.jakarta.ReportConstraints;
import jakarta.validation.Validator;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails the startup when a Bean Validation {@code Validator} bean lacks the report constraint mapping (one the
 * application built itself, which Boot's customizers do not reach), since it would pass every report:
 * {@link ReportConstraints#requireMapping(Validator)} on each. Immutable.
 */
final class ValidatorCheck implements SmartInitializingSingleton {

    private final ObjectProvider<Validator> validators;

    ValidatorCheck(ObjectProvider<Validator> validators) {
        this.validators = Objects.requireNonNull(validators, "validators");
    }

    @Override
    public void afterSingletonsInstantiated() {
        validators.orderedStream().forEach(ReportConstraints::requireMapping);
    }
}
