package io.github.gongkai.examples;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.jakarta.ReportConstraints;
import io.github.gongkai.validation.jakarta.ValidReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Jakarta Bean Validation in a plain Hibernate Validator bootstrap: a report with one wrong cell, validated
 * directly and as an {@code @Valid} field of an application's bean. Each violation's path ends at the cell,
 * its message is localized, and the full finding rides along as the dynamic payload.
 *
 * <p>Run it with {@code ./mvnw -B -q -DskipTests -pl examples -am package exec:java
 * -Dexample=io.github.gongkai.examples.BeanValidationExample}.
 */
public final class BeanValidationExample {

    private BeanValidationExample() {
    }

    /** An application's bean holding a report. */
    public static final class Submission {
        @Valid
        private final Report report;

        @ValidReport
        private final Report annotated;

        Submission(Report report) {
            this.report = report;
            this.annotated = report;
        }
    }

    /**
     * Validates the example report and prints the violations.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Locale.setDefault(Locale.ENGLISH);
        for (String line : run()) {
            System.out.println(line);
        }
    }

    /**
     * Validates a report whose 三 / 一、本年新收 / 自然人 was typed 15 instead of 0, directly and inside a bean.
     *
     * @return one line per violation: the property path, the rule and the message
     */
    static List<String> run() {
        Report report = BuildReportExample.liangshan2021()
                .with(CellRef.parse("T3/newlyReceived/naturalPerson"), CellValue.count(15));
        // One line of setup: the XML mapping that puts @ValidReport on Report (core knows nothing of Jakarta).
        try (ValidatorFactory factory = ReportConstraints.configure(Validation.byDefaultProvider().configure())
                .buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<Report>> direct = validator.validate(report);
            Set<ConstraintViolation<Submission>> inBean = validator.validate(new Submission(report));
            return java.util.stream.Stream.concat(direct.stream(), inBean.stream())
                    .map(v -> v.getPropertyPath() + "  " + ReportConstraints.finding(v).orElseThrow().rule() + "  "
                            + v.getMessage())
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }
}
