package io.github.gongkai.validation.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.TestReports;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ValidReport} on a user's field: works with a plain bootstrap and no mapping. */
class ValidReportTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    private static final Report GOOD = TestReports.consistent(Edition.V2021);

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

    static final class Filing {
        @ValidReport
        Report report;

        Filing(Report report) {
            this.report = report;
        }
    }

    static final class LenientFiling {
        @ValidReport(warnings = true, disabled = "T3.ROW_TOTAL", blanks = BlankPolicy.STRICT)
        Report report;

        LenientFiling(Report report) {
            this.report = report;
        }
    }

    @Test
    void annotatedFieldWithoutAnySetup() {
        assertEquals(Set.of(), validator.validate(new Filing(GOOD)));
        assertEquals(Set.of(), validator.validate(new Filing(null)));
        Report bad = TestReports.with(GOOD, "T4/administrativeReview/upheld", 5);
        Set<ConstraintViolation<Filing>> violations = validator.validate(new Filing(bad));
        assertEquals(1, violations.size());
        ConstraintViolation<Filing> v = violations.iterator().next();
        assertEquals("report.reviewLitigation[T4/administrativeReview/total]", v.getPropertyPath().toString());
        assertTrue(v.getMessage().startsWith("Table 4, administrativeReview (行政复议): the total is 10 but"),
                v.getMessage());
    }

    @Test
    void attributesConfigureTheValidator() {
        Report bad = TestReports.with(TestReports.with(GOOD, "T3/disclosed/naturalPerson", 0), "T2/rules/inForce", 0);
        List<String> rules = validator.validate(new LenientFiling(bad)).stream()
                .map(v -> ReportConstraints.finding(v).orElseThrow())
                .map(Finding::rule).map(Object::toString).sorted().toList();
        assertEquals(List.of("T2.IN_FORCE_BELOW_ISSUED.1", "T3.OUTCOME_TOTAL.1"), rules);
        Report blankTotal = GOOD.with(CellRef.parse("T4/administrativeReview/total"), CellValue.blank());
        assertEquals(Set.of(), validator.validate(new LenientFiling(blankTotal)), "not assessable is no violation");
        assertEquals(FindingStatus.NOT_ASSESSABLE, io.github.gongkai.validation.ReportValidator.standard()
                .validate(blankTotal).findings().get(0).status());
    }

    @Test
    void cellValuesNeverReachTheTemplate() {
        Report bad = TestReports.with(GOOD, "T4/administrativeReview/total", 1234567);
        ConstraintViolation<Filing> v = validator.validate(new Filing(bad)).iterator().next();
        assertTrue(v.getMessage().contains("1234567"));
        assertTrue(!v.getMessageTemplate().contains("1234567") && !v.getMessageTemplate().contains("$"),
                v.getMessageTemplate());
    }
}
