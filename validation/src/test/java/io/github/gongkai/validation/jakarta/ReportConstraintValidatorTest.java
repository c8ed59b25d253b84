package io.github.gongkai.validation.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.validation.TestReports;
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

    @Test
    void nullIsValid() {
        assertTrue(new ReportConstraintValidator().isValid(null, null));
        assertEquals(0, validator.validate(new Filing(null)).size());
    }
}
