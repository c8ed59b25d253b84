package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.FaultyReport;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportSize;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties of cells not read, over generated reports (the test kit's seeded generators): cells of a report
 * as printed are replaced by unread ones — alone with any reason, as pieces of glued runs made from the
 * printed digits (with and without spaces), and, in a 2021 table 三, the three （六） rows of a column as one
 * printed total — and under either blank policy
 *
 * <ul>
 *   <li>a valid report is never failed, and every finding it gets is an identity not read;
 *   <li>a report with one wrong cell is never valid and fully assessed, and fails only identities that fail
 *       as printed;
 *   <li>an identity through no unread cell is decided as it is when nothing is unread, and one through an
 *       unread cell is never passed, unless a printed total stands for all its unread cells.
 * </ul>
 */
@Tag("slow") // thousands of reports: run by every build, left out of mutation testing (UnreadCellsTest kills there)
class UnreadPropertiesTest {

    private static final int CASES = 1_500;
    private static final ReportValidator[] VALIDATORS = {ReportValidator.standard(),
        ReportValidator.builder().blankPolicy(BlankPolicy.STRICT).build()};
    private static final Set<Rule> IDENTITY_RULES = EnumSet.of(Rule.T3_BALANCE, Rule.T3_ROW_TOTAL,
            Rule.T3_OUTCOME_TOTAL, Rule.T4_GROUP_TOTAL);
    private static final UnreadReason[] REASONS = {UnreadReason.AMBIGUOUS, UnreadReason.INCONSISTENT,
        UnreadReason.NOT_FOUND, UnreadReason.DAMAGED};
    private static final long MAX_PIECE = 999_999_999_999_999_999L;

    /** What the cases covered, so that a change that stops making runs or totals does not pass unseen. */
    private static final class Seen {
        int runs;
        int totals;
        int notRead;
        int failedForEveryReading;
        int faultsHidden;
    }

    /**
     * Replaces cells of a report by unread ones.
     *
     * @return the report, and which cells were replaced in {@code unread}
     */
    static Report unread(Report report, SplittableRandom random, Set<CellRef> unread, Seen seen) {
        Report.Builder b = report.toBuilder();
        List<CellRef> all = CellRef.all(report.edition());
        for (int r = random.nextInt(3); r > 0; r--) {
            int pieces = 1 + random.nextInt(7);
            int start = random.nextInt(all.size() - pieces + 1);
            List<CellRef> cells = all.subList(start, start + pieces);
            if (!cells.stream().allMatch(c -> report.get(c) instanceof CellValue.Count n && n.value() <= MAX_PIECE
                    && !unread.contains(c))) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < pieces; k++) {
                text.append(k > 0 && random.nextInt(3) == 0 ? " " : "")
                        .append(((CellValue.Count) report.get(cells.get(k))).value());
            }
            UnreadReason reason = random.nextBoolean() ? UnreadReason.AMBIGUOUS : UnreadReason.INCONSISTENT;
            for (int k = 0; k < pieces; k++) {
                b.set(cells.get(k), CellValue.unread(reason, PrintedRun.of(text.toString(), k, pieces)));
            }
            unread.addAll(cells);
            seen.runs++;
        }
        if (report.edition() == Edition.V2021 && random.nextInt(3) == 0) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                List<CellRef> cells = Stream.of(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE,
                        ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, ApplicationRow.OTHER_DISPOSAL_OTHER)
                        .map(row -> CellRef.of(row, c)).toList();
                if (random.nextInt(4) == 0 || !cells.stream().allMatch(cell -> report.get(cell)
                        instanceof CellValue.Count && !unread.contains(cell))) {
                    continue;
                }
                long sum = 0;
                for (CellRef cell : cells) {
                    sum = Math.addExact(sum, ((CellValue.Count) report.get(cell)).value());
                }
                PrintedTotal total = PrintedTotal.of(sum, cells);
                cells.forEach(cell -> b.set(cell, CellValue.merged(total)));
                unread.addAll(cells);
                seen.totals++;
            }
        }
        for (int k = random.nextInt(4); k > 0; k--) {
            CellRef cell = all.get(random.nextInt(all.size()));
            if (unread.add(cell)) {
                b.set(cell, CellValue.unread(REASONS[random.nextInt(REASONS.length)]));
            }
        }
        return b.build();
    }

    private static boolean touches(Finding f, Set<CellRef> unread) {
        return f.cells().stream().anyMatch(c -> unread.contains(c.cell()));
    }

    private static Optional<Finding> same(ValidationResult result, Finding f) {
        return result.findings().stream()
                .filter(g -> g.rule().equals(f.rule()) && g.subject().equals(f.subject())).findFirst();
    }

    private static String describe(String what, long seed, Report report, ValidationResult result) {
        return what + " (seed " + seed + ")\n" + report + "\n" + result.findings().stream().map(Finding::toString)
                .reduce("", (a, c) -> a + "\n  " + c);
    }

    /**
     * Every identity through an unread cell has a finding, unless each of its unread cells is one of a printed
     * total whose cells it has on one side: none is passed because a cell was not read.
     */
    private static Optional<String> unreadIdentitiesReported(Report report, ValidationResult result) {
        for (Identity identity : ReportFormat.of(report.edition()).identities()) {
            boolean reported = false;
            for (Identity.Term term : identity.terms()) {
                if (report.get(term.cell()) instanceof CellValue.Unread u && !zero(report, u) && (u.total().isEmpty()
                        || !u.total().get().cells().stream().allMatch(c -> identity.terms().stream().anyMatch(
                                t -> t.cell().equals(c) && t.coefficient() == term.coefficient())))) {
                    reported = true;
                }
            }
            if (reported && result.findings().stream().noneMatch(f -> f.rule().code().equals(identity.rule())
                    && f.subject().equals(identity.subject()))) {
                return Optional.of("passed although a cell was not read: " + identity.formula());
            }
        }
        return Optional.empty();
    }

    /** Whether an unread cell is 0: one of a total printed 0 that each of its cells holds (counts are never below 0). */
    private static boolean zero(Report report, CellValue.Unread u) {
        return u.total().isPresent() && u.total().get().value() == 0 && u.total().get().cells().stream()
                .allMatch(c -> report.get(c) instanceof CellValue.Unread v && v.total().equals(u.total()));
    }

    /** The unread cells whose value is unknown: all but those of a total printed 0 ({@link #zero}). */
    private static Set<CellRef> unknown(Report report, Set<CellRef> unread) {
        Set<CellRef> unknown = new HashSet<>(unread);
        unknown.removeIf(c -> zero(report, (CellValue.Unread) report.get(c)));
        return unknown;
    }

    /**
     * The identity findings of the printed report that pass through no cell of unknown value, found again
     * unchanged.
     */
    private static Optional<String> untouchedAsPrinted(ValidationResult printed, ValidationResult read,
            Set<CellRef> unread) {
        for (Finding f : printed.findings()) {
            if (!IDENTITY_RULES.contains(Rule.fromId(f.rule().toString()).orElseThrow()) || touches(f, unread)) {
                continue;
            }
            Optional<Finding> g = same(read, f);
            if (g.isEmpty() || g.get().status() != f.status() || !g.get().expected().equals(f.expected())
                    || !g.get().actual().equals(f.actual())
                    || !g.get().notAssessableReason().equals(f.notAssessableReason())) {
                return Optional.of("untouched identity decided otherwise: " + f + " / " + g);
            }
        }
        for (Finding g : read.findings()) {
            if (IDENTITY_RULES.contains(Rule.fromId(g.rule().toString()).orElseThrow()) && !touches(g, unread)
                    && same(printed, g).isEmpty()) {
                return Optional.of("untouched identity found only with unread cells: " + g);
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aValidReportWithUnreadCellsIsNeverFailed(Edition edition) {
        Seen seen = new Seen();
        for (long seed = 0; seed < CASES; seed++) {
            long caseSeed = seed * 31 + edition.ordinal();
            SplittableRandom random = new SplittableRandom(caseSeed);
            ReportSize size = ReportSize.values()[random.nextInt(ReportSize.values().length)];
            Report valid = ReportGenerator.builder().edition(edition).size(size).build().generate(random);
            Set<CellRef> unread = new HashSet<>();
            Report report = unread(valid, random, unread, seen);
            for (ReportValidator validator : VALIDATORS) {
                ValidationResult printed = validator.validate(valid);
                ValidationResult result = validator.validate(report);
                assertTrue(result.isValid(), () -> describe("a valid report is invalid", caseSeed, report, result));
                for (Finding f : result.findings()) {
                    assertTrue(!f.isFailed(), () -> describe("a valid report fails", caseSeed, report, result));
                    assertTrue(same(printed, f).isPresent() || f.isNotRead() && touches(f, unread),
                            () -> describe("a finding that is not for an unread cell: " + f, caseSeed, report, result));
                    seen.notRead += f.isNotRead() ? 1 : 0;
                }
                untouchedAsPrinted(printed, result, unknown(report, unread)).or(() -> unreadIdentitiesReported(report, result))
                        .ifPresent(reason -> {
                            throw new AssertionError(describe(reason, caseSeed, report, result));
                        });
            }
        }
        assertTrue(seen.runs > CASES / 2 && seen.notRead > CASES, seen.runs + " runs, " + seen.notRead
                + " identities not read");
        assertTrue(edition == Edition.V2019 || seen.totals > CASES / 4, seen.totals + " printed totals");
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aFaultyReportWithUnreadCellsIsNeverValidAndFullyAssessed(Edition edition) {
        Seen seen = new Seen();
        for (long seed = 0; seed < CASES; seed++) {
            long caseSeed = seed * 37 + edition.ordinal() + 1;
            SplittableRandom random = new SplittableRandom(caseSeed);
            ReportSize size = ReportSize.values()[random.nextInt(ReportSize.values().length)];
            Report valid = ReportGenerator.builder().edition(edition).size(size).build().generate(random);
            FaultyReport faulty = FaultInjector.randomCellChange(valid, random);
            Set<CellRef> unread = new HashSet<>();
            Report report = unread(faulty.faulty(), random, unread, seen);
            for (ReportValidator validator : VALIDATORS) {
                ValidationResult printed = validator.validate(faulty.faulty());
                ValidationResult result = validator.validate(report);
                if (!(printed.isValid() && printed.isFullyAssessed())) {
                    assertTrue(!(result.isValid() && result.isFullyAssessed()),
                            () -> describe(faulty.fault().description() + ": called valid", caseSeed, report,
                                    result));
                }
                for (Finding f : result.findings()) {
                    if (f.isFailed()) {
                        assertTrue(same(printed, f).filter(Finding::isFailed).isPresent(), () -> describe(
                                "fails although it holds as printed: " + f, caseSeed, report, result));
                        for (Suspect s : f.suspects()) {
                            assertTrue(!s.printed().isUnread() && !unread.contains(s.cell()),
                                    () -> describe("an unread cell is a suspect: " + f, caseSeed, report, result));
                        }
                        seen.failedForEveryReading += f.readings().isEmpty() ? 0 : 1;
                    }
                }
                untouchedAsPrinted(printed, result, unknown(report, unread)).or(() -> unreadIdentitiesReported(report, result))
                        .ifPresent(reason -> {
                            throw new AssertionError(describe(reason, caseSeed, report, result));
                        });
                seen.faultsHidden += !printed.isValid() && result.isValid() ? 1 : 0;
            }
        }
        assertTrue(seen.failedForEveryReading > 20, seen.failedForEveryReading
                + " identities failed for every reading of their runs");
        assertTrue(seen.faultsHidden > 0, "some faults lie behind unread cells, not assessable");
    }
}
