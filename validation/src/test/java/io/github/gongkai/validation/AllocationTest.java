package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportTable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validating a report that passes every rule allocates nothing but the small collector of its findings
 * (which the engine does not keep per thread: a thread-local holding a library object would pin the
 * library's class loader in a container's thread pool), whatever path the table checks take: the
 * direct check of the default settings, the exact check under {@link BlankPolicy#STRICT} or for counts of
 * 2<sup>56</sup> and more, the check of a subset of the rules. A check that wrongly said "fails" would send
 * the report through the exact analysis, which builds identities and lists; so this also shows that each
 * fast check says "passes" where it should.
 */
class AllocationTest {

    private static final int RUNS = 1_000;
    /** What one validation may allocate: the sink of its findings, and less than another object. */
    private static final long SINK_BYTES = 32;
    private static final MethodHandle ALLOCATED = allocatedBytes();

    /**
     * {@code com.sun.management.ThreadMXBean.getCurrentThreadAllocatedBytes} of the platform bean, found
     * reflectively (the test sources compile in the module, which does not read {@code java.management}) and
     * called through a method handle, which allocates nothing per call.
     */
    private static MethodHandle allocatedBytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Class<?> type = Class.forName("com.sun.management.ThreadMXBean");
            return MethodHandles.publicLookup()
                    .findVirtual(type, "getCurrentThreadAllocatedBytes", MethodType.methodType(long.class))
                    .bindTo(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the JDK cannot count allocated bytes", e);
        }
    }

    private static long allocated() {
        try {
            return (long) ALLOCATED.invokeExact();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A report that passes every rule with counts up to {@link Long#MAX_VALUE}, every cell of tables 三 and 四
     * printed (so that it passes under {@link BlankPolicy#STRICT} too).
     */
    private static Report large(Edition edition) {
        Report.Builder b = Report.builder(edition).organName("测试").reportYear(edition.firstReportYear());
        for (CellRef ref : CellRef.all(edition)) {
            if (ref.table() == ReportTable.T3 || ref.table() == ReportTable.T4) {
                b.set(ref, CellValue.count(0));
            }
        }
        for (ApplicationRow row : List.of(ApplicationRow.NEWLY_RECEIVED, ApplicationRow.DISCLOSED,
                ApplicationRow.OUTCOME_TOTAL)) {
            b.set(row, ApplicantColumn.NATURAL_PERSON, Long.MAX_VALUE).set(row, ApplicantColumn.TOTAL,
                    Long.MAX_VALUE);
        }
        return b.build();
    }

    @Test
    void validatingAValidReportAllocatesOnlyItsSink() {
        List<ReportValidator> validators = List.of(
                ReportValidator.standard(),
                ReportValidator.builder().blankPolicy(BlankPolicy.STRICT).build(),
                ReportValidator.builder().disable(Rule.T3_OUTCOME_TOTAL).build(),
                ReportValidator.builder().disable(Rule.T4_GROUP_TOTAL).failFast(true).build());
        List<Report> reports = List.of(TestReports.consistent(Edition.V2021), TestReports.consistent(Edition.V2019),
                TestReports.sample(), large(Edition.V2021), large(Edition.V2019));
        for (ReportValidator validator : validators) {
            for (Report report : reports) {
                for (int i = 0; i < 3; i++) { // also loads and initialises every class on the way
                    assertSame(ValidationResult.empty(), validator.validate(report));
                }
            }
        }
        for (ReportValidator validator : validators) {
            for (Report report : reports) {
                assertAllocatesOnlyTheSink(validator, report);
            }
        }
    }

    /**
     * With a table rule disabled, a report that breaks only that rule passes without the analysis: the check
     * of the enabled subset decides, not the check of all four identities.
     */
    @Test
    void aReportThatBreaksOnlyADisabledRuleAllocatesOnlyItsSink() {
        Report report = Report.builder(Edition.V2021).organName("测试").reportYear(2021)
                .setRow(ApplicationRow.NEWLY_RECEIVED, 0, 0, 3, 0, 0, 0, 3)
                .setRow(ApplicationRow.OUTCOME_TOTAL, 0, 0, 3, 0, 0, 0, 3)
                .build(); // 3 processed, but no outcome row says how: only I-3 fails
        assertTrue(ReportValidator.standard().validate(report).findings().stream()
                .allMatch(f -> f.rule().equals(Rule.T3_OUTCOME_TOTAL.id())));
        ReportValidator validator = ReportValidator.builder().disable(Rule.T3_OUTCOME_TOTAL).build();
        for (int i = 0; i < 3; i++) {
            assertSame(ValidationResult.empty(), validator.validate(report));
        }
        assertAllocatesOnlyTheSink(validator, report);
    }

    /**
     * Validates the report {@link #RUNS} times, three times over, and checks that the least it allocated in
     * one of the three is below {@link #SINK_BYTES} per validation: the sink (24 bytes with compressed
     * pointers), nothing more. The exact analysis, or any list, would be far more; the JIT's work on this
     * thread (deoptimising, which re-creates objects it had eliminated) costs up to a kilobyte, once.
     */
    private static void assertAllocatesOnlyTheSink(ReportValidator validator, Report report) {
        for (int i = 0; i < 5; i++) {
            allocated(); // links the method handle
        }
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long before = allocated();
            for (int i = 0; i < RUNS; i++) {
                validator.validate(report);
            }
            least = Math.min(least, allocated() - before);
        }
        long used = least;
        assertTrue(used < SINK_BYTES * RUNS, () -> used + " bytes for " + RUNS + " validations, " + validator.blankPolicy()
                + " " + validator.rules().size() + " rules, " + report);
    }
}
