package io.github.gongkai.testkit.junit;

import io.github.gongkai.core.Edition;
import io.github.gongkai.testkit.ReportSize;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds generated reports into a {@code @ParameterizedTest}. The test method's first parameter is a
 * {@link io.github.gongkai.core.Report} or a {@link io.github.gongkai.testkit.GeneratedReport}.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @GeneratedReports(count = 500, edition = Edition.V2021)
 * void myCodeAcceptsEveryValidReport(Report report) {
 *     assertTrue(myCode.accepts(report));
 * }
 * }</pre>
 *
 * <p>Each case is generated from its own seed, derived from {@link #seed()}, and its display name shows
 * that seed ({@code #17 seed 0x…}), so a failing case can be replayed with {@link #replay()}. A build log that
 * names cases by index ({@code method[17]}, as Maven's Surefire does by default) still shows the seed: a
 * failure's message ends with it and how to replay it ({@link SeedOnFailure}). The system
 * properties {@value GeneratedReportsProvider#SEED_PROPERTY}, {@value GeneratedReportsProvider#COUNT_PROPERTY}
 * and {@value GeneratedReportsProvider#REPLAY_PROPERTY} (a comma-separated list of case seeds) override the
 * annotation for a whole run, e.g. {@code ./mvnw verify -Dgongkai.testkit.count=100000}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(GeneratedReportsProvider.class)
@ExtendWith(SeedOnFailure.class)
public @interface GeneratedReports {

    /**
     * How many reports to generate.
     *
     * @return the count, 100 by default
     */
    int count() default 100;

    /**
     * The seed from which the case seeds are derived; fixed, so every run tests the same reports.
     *
     * @return the master seed
     */
    long seed() default 0x60_6B_41_20_21L;

    /**
     * The editions to generate; both (chosen per report) when empty.
     *
     * @return the editions
     */
    Edition[] edition() default {};

    /**
     * The size of the generated organs.
     *
     * @return the size, {@link ReportSize#REALISTIC} by default
     */
    ReportSize size() default ReportSize.REALISTIC;

    /**
     * The share of reports that leave their zero cells blank.
     *
     * @return a probability, 0.25 by default
     */
    double blankZeroProbability() default 0.25;

    /**
     * Case seeds to replay instead of generating {@link #count()} new cases: copy the seed printed in a
     * failing case's name here.
     *
     * @return the case seeds, none by default
     */
    long[] replay() default {};
}
