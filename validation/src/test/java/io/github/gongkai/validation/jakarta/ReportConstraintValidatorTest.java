package io.github.gongkai.validation.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.TestReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ReportConstraintValidator}: the property path of every table, and null reports. */
class ReportConstraintValidatorTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void bootstrap() {
        factory = Validation.byProvider(HibernateValidator.class).configure().defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    record Filing(@ValidReport(warnings = true) Report report) {
    }

    @Test
    void pathsNameTheReportComponentOfEachTable() {
        assertEquals("activeDisclosure", ReportConstraintValidator.property(ReportTable.T2));
        assertEquals("applications", ReportConstraintValidator.property(ReportTable.T3));
        assertEquals("reviewLitigation", ReportConstraintValidator.property(ReportTable.T4));
        assertEquals("fees", ReportConstraintValidator.property(ReportTable.S6));

        Report good = TestReports.consistent(Edition.V2021);
        Report bad = TestReports.with(good, "T2/rules/inForce", 0)
                .with(CellRef.parse("S6/informationProcessingFees/amountCollected"), CellValue.amount("999"));
        List<String> paths = validator.validate(new Filing(bad)).stream()
                .map(v -> v.getPropertyPath().toString()).sorted().toList();
        assertEquals(List.of("report.activeDisclosure[T2/rules/inForce]",
                "report.fees[S6/informationProcessingFees/amountCollected]"), paths);
    }

    /** A factory handing out validators configured by the application, as the Spring Boot starter's does. */
    private static Validator configuredBy(ReportValidator rules) {
        ValidatorFactory base = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
        ConstraintValidatorFactory instances = new ConstraintValidatorFactory() {
            @Override
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                return key == ReportConstraintValidator.class ? key.cast(new ReportConstraintValidator(rules))
                        : base.getConstraintValidatorFactory().getInstance(key);
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {
            }
        };
        return base.usingContext().constraintValidatorFactory(instances).getValidator();
    }

    record Plain(@ValidReport(disabled = "T2.IN_FORCE_BELOW_ISSUED") Report report) {
    }

    @Test
    void anInjectedValidatorDecidesTheRulesAndTheAnnotationOnlyTheWarnings() {
        Report good = TestReports.consistent(Edition.V2021);
        Report bad = TestReports.with(good, "T2/rules/inForce", 0);
        assertEquals(1, validator.validate(new Filing(bad)).size(), "the plausibility warning, as the annotation asks");
        assertEquals(0, validator.validate(new Plain(bad)).size(), "a warning, and disabled anyway");
        Validator warningsAreErrors = configuredBy(ReportValidator.builder()
                .severity("T2.IN_FORCE_BELOW_ISSUED", Severity.ERROR).build());
        assertEquals(List.of("report.activeDisclosure[T2/rules/inForce]"), warningsAreErrors.validate(new Plain(bad))
                .stream().map(v -> v.getPropertyPath().toString()).toList(), "the annotation's disabled() is not applied");
        Validator off = configuredBy(ReportValidator.builder().disable("T2.IN_FORCE_BELOW_ISSUED").build());
        assertEquals(0, off.validate(new Filing(bad)).size());
        Validator standard = configuredBy(ReportValidator.standard());
        assertEquals(1, standard.validate(new Filing(bad)).size(), "warnings() still comes from the annotation");
        assertEquals(0, standard.validate(new Plain(bad)).size());
    }

    @Test
    void aMissingNarrativeSectionIsReportedAtItsProperty() {
        Report noProblems = TestReports.consistent(Edition.V2021).toBuilder()
                .narrative(io.github.gongkai.core.Narrative.of("总体情况", "", "无")).build();
        Validator content = configuredBy(ReportValidator.builder().enable(io.github.gongkai.validation.Rule.CONTENT_PROBLEMS)
                .severity("CONTENT.PROBLEMS", Severity.ERROR).build());
        assertEquals(List.of("report.narrative.problemsAndImprovements"), content.validate(new Plain(noProblems))
                .stream().map(v -> v.getPropertyPath().toString()).toList());
    }

    @Test
    void nullIsValid() {
        assertTrue(new ReportConstraintValidator().isValid(null, null));
        assertTrue(new ReportConstraintValidator(ReportValidator.standard()).isValid(null, null));
        assertThrows(NullPointerException.class, () -> new ReportConstraintValidator(null));
        assertEquals(0, validator.validate(new Filing(null)).size());
    }
}
