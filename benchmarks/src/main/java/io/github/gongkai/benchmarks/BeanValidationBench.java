package io.github.gongkai.benchmarks;

import io.github.gongkai.core.Report;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import io.github.gongkai.validation.jakarta.ReportConstraints;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Bean Validation ({@code Validator.validate(report)}, Hibernate Validator) against the engine alone. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BeanValidationBench {

    private ValidatorFactory factory;
    private Validator beanValidator;
    private ReportValidator engine;
    private Report report;

    /** Builds the validator factory with the report's constraint mapping. */
    @Setup
    public void setUp() {
        factory = ReportConstraints.buildDefaultValidatorFactory();
        beanValidator = factory.getValidator();
        engine = ReportValidator.standard();
        report = Fixtures.report2021();
        if (!beanValidator.validate(report).isEmpty()) {
            throw new IllegalStateException("the benchmark report must be valid");
        }
    }

    /** Closes the factory. */
    @TearDown
    public void tearDown() {
        factory.close();
    }

    /**
     * Bean Validation of the report.
     *
     * @return the violations
     */
    @Benchmark
    public Set<ConstraintViolation<Report>> beanValidation() {
        return beanValidator.validate(report);
    }

    /**
     * The baseline: the engine that Bean Validation calls.
     *
     * @return the result
     */
    @Benchmark
    public ValidationResult engineBaseline() {
        return engine.validate(report);
    }
}
