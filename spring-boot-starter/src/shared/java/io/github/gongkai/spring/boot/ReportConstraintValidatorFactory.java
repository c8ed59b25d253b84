package io.github.gongkai.spring.boot;

import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.jakarta.ReportConstraintValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Hands out {@link ReportConstraintValidator}s that check with the application's {@link ReportValidator} bean
 * (so {@code gongkai.validation.*} properties decide {@code @Valid} checks of reports too), and every other
 * constraint validator from the factory it wraps (Spring's, which autowires them). Immutable.
 */
final class ReportConstraintValidatorFactory implements ConstraintValidatorFactory {

    private final Supplier<ReportValidator> validator;
    private final ConstraintValidatorFactory others;

    /**
     * Creates the factory.
     *
     * @param validator gives the application's validator, asked when a constraint validator is first needed
     * @param others the factory of every other constraint validator
     */
    ReportConstraintValidatorFactory(Supplier<ReportValidator> validator, ConstraintValidatorFactory others) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.others = Objects.requireNonNull(others, "others");
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        if (key == ReportConstraintValidator.class) {
            return key.cast(new ReportConstraintValidator(validator.get()));
        }
        return others.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!(instance instanceof ReportConstraintValidator)) {
            others.releaseInstance(instance);
        }
    }
}
