package io.github.gongkai.validation.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.TestReports;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportConstraints}: with the mapping added, a plain Hibernate Validator bootstrap validates a
 * {@code Report} directly and through {@code @Valid}, one violation per failing identity, down to the cell.
 */
class ReportConstraintsTest {

    private static ValidatorFactory english;
    private static ValidatorFactory chinese;

    private static final Report GOOD = TestReports.consistent(Edition.V2021);
    private static final CellRef WRONG = CellRef.parse("T3/withheld.thirdPartyRights/legalServiceAgency");
    private static final Report BAD = GOOD.with(WRONG, CellValue.count(
            TestReports.count(GOOD, WRONG) + 30));

    @BeforeAll
    static void bootstrap() {
        english = ReportConstraints.configure(Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.ENGLISH)).buildValidatorFactory();
        chinese = ReportConstraints.configure(Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.SIMPLIFIED_CHINESE)).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        english.close();
        chinese.close();
    }

    @Test
    void validReportHasNoViolation() {
        assertEquals(Set.of(), english.getValidator().validate(GOOD));
        assertEquals(Set.of(), english.getValidator().validate(TestReports.sample()));
    }

    /**
     * Glued digits that no reading cuts into a valid group (issue 14): one violation, at the group's first
     * unread cell, with the message of the finding in both languages; a run that some reading satisfies gives
     * none (not assessable).
     */
    @Test
    void gluedDigitsThatNoReadingSatisfiesAreOneViolationAtTheRun() {
        List<CellRef> group = CellRef.all(Edition.V2021).stream()
                .filter(c -> c.toString().startsWith("T4/administrativeReview/")).toList();
        Report.Builder glued = GOOD.toBuilder();
        Report.Builder satisfiable = GOOD.toBuilder();
        for (int k = 0; k < group.size(); k++) {
            glued.set(group.get(k), CellValue.unread(UnreadReason.AMBIGUOUS, PrintedRun.of("421311", k, 5)));
            satisfiable.set(group.get(k), CellValue.unread(UnreadReason.AMBIGUOUS, PrintedRun.of("421310", k, 5)));
        }
        assertEquals(Set.of(), english.getValidator().validate(satisfiable.build()));
        Report report = glued.build();
        for (ValidatorFactory factory : List.of(english, chinese)) {
            List<ConstraintViolation<Report>> violations = sorted(factory.getValidator().validate(report));
            assertEquals(1, violations.size());
            ConstraintViolation<Report> v = violations.get(0);
            assertEquals("reviewLitigation[T4/administrativeReview/total]", v.getPropertyPath().toString());
            Finding finding = ReportConstraints.finding(v).orElseThrow();
            assertEquals(5, finding.readings().size());
            assertEquals("{io.github.gongkai.validation.noReading}", v.getMessageTemplate());
            assertEquals(finding.message(factory == english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE),
                    v.getMessage());
        }
    }

    @Test
    void oneViolationPerFailingIdentityDownToTheCell() {
        List<ConstraintViolation<Report>> violations = sorted(english.getValidator().validate(BAD));
        assertEquals(2, violations.size());
        for (ConstraintViolation<Report> v : violations) {
            assertEquals("applications[" + WRONG + "]", v.getPropertyPath().toString());
            Path.Node last = last(v.getPropertyPath());
            assertEquals(WRONG, last.getKey());
            assertTrue(last.isInIterable());
            Finding finding = ReportConstraints.finding(v).orElseThrow();
            assertEquals(WRONG, finding.culprit().orElseThrow().cell());
            assertEquals(finding.message(Locale.ENGLISH), v.getMessage());
            assertEquals(finding.messageTemplate(), v.getMessageTemplate());
            assertTrue(v.getMessageTemplate().matches("(\\{[A-Za-z0-9_.]+\\} ?)+"), v.getMessageTemplate());
            assertEquals(ValidReport.class, v.getConstraintDescriptor().getAnnotation().annotationType());
            assertEquals(BAD, v.getRootBean());
        }
        assertEquals(List.of("T3.OUTCOME_TOTAL.1", "T3.ROW_TOTAL.1"), violations.stream()
                .map(v -> ReportConstraints.finding(v).orElseThrow().rule().toString()).toList());
        assertTrue(violations.get(1).getMessage().startsWith("Table 3, row withheld.thirdPartyRights"),
                violations.get(1).getMessage());
    }

    @Test
    void messagesInChinese() {
        List<ConstraintViolation<Report>> violations = sorted(chinese.getValidator().validate(BAD));
        String rowTotal = violations.get(1).getMessage();
        assertTrue(rowTotal.startsWith("表三“（三）不予公开 4.保护第三方合法权益”（withheld.thirdPartyRights）行：总计为"),
                rowTotal);
        assertTrue(rowTotal.contains("疑似出错单元格：" + WRONG), rowTotal);
        assertEquals(ReportConstraints.finding(violations.get(1)).orElseThrow().message(Locale.SIMPLIFIED_CHINESE),
                rowTotal);
    }

    @Test
    void messagesFollowTheLocaleOfEachCall() {
        Validator validator = english.usingContext().messageInterpolator(new LocaleInterpolator(
                english.getMessageInterpolator(), Locale.SIMPLIFIED_CHINESE)).getValidator();
        assertTrue(sorted(validator.validate(BAD)).get(0).getMessage().startsWith("表三"));
    }

    /** A user's bean holding a report with {@code @Valid}. */
    record Submission(String submitter, @Valid Report report) {
    }

    @Test
    void cascadedFromAUserBean() {
        List<ConstraintViolation<Submission>> violations = sorted(english.getValidator()
                .validate(new Submission("someone", BAD)));
        assertEquals(2, violations.size());
        assertEquals("report.applications[" + WRONG + "]", violations.get(0).getPropertyPath().toString());
        assertEquals(Set.of(), english.getValidator().validate(new Submission("someone", GOOD)));
    }

    @Test
    void blankTotalsAreNotViolations() {
        Report report = TestReports.blank(GOOD, "T3/disclosed/total");
        assertFalse(io.github.gongkai.validation.ReportValidator.standard().validate(report).findings().isEmpty());
        assertEquals(Set.of(), english.getValidator().validate(report));
    }

    @Test
    void tableFourViolationPointsAtTheGroupTotal() {
        Report report = TestReports.with(GOOD, "T4/litigationWithoutReview/total", 5);
        ConstraintViolation<Report> v = english.getValidator().validate(report).iterator().next();
        assertEquals("reviewLitigation[T4/litigationWithoutReview/total]", v.getPropertyPath().toString());
    }

    static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
        return violations.stream().sorted(Comparator.comparing(
                v -> ReportConstraints.finding(v).map(f -> f.rule().toString()).orElse(""))).toList();
    }

    static Path.Node last(Path path) {
        Path.Node last = null;
        for (Path.Node n : path) {
            last = n;
        }
        return last;
    }

    @Test
    void theDefaultProviderFactoryHasTheMapping() {
        try (ValidatorFactory factory = ReportConstraints.buildDefaultValidatorFactory()) {
            assertEquals(Set.of(), factory.getValidator().validate(GOOD));
            assertFalse(factory.getValidator().validate(BAD).isEmpty(), "the report constraint is mapped");
        }
    }

    @Test
    void aValidatorWithoutTheMappingIsRefusedWhereItIsChecked() {
        try (ValidatorFactory plain = Validation.byDefaultProvider().configure().buildValidatorFactory();
                ValidatorFactory mapped = ReportConstraints.buildDefaultValidatorFactory()) {
            Validator without = plain.getValidator();
            assertEquals(Set.of(), without.validate(BAD), "the silent no-op that requireMapping catches");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ReportConstraints.requireMapping(without));
            assertTrue(e.getMessage().startsWith("this Validator has no constraint on io.github.gongkai.core.Report"),
                    e.getMessage());
            Validator with = mapped.getValidator();
            assertSame(with, ReportConstraints.requireMapping(with));
        }
    }
}
