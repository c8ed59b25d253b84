package io.github.gongkai.validation;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.testkit.FaultInjector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Wrong cells injected into one table of a valid report, and what the {@link ErrorLocator} makes of them: the
 * cases of {@link ErrorLocatorPropertiesTest} and of the fractions in the README ({@link ErrorLocationFractionsTest}).
 *
 * <p>Half the wrong cells are typing slips of the true count (one digit changed, two adjacent digits swapped, a
 * digit added or dropped), half a change by a random amount as {@link FaultInjector#randomCellChange} makes it.
 */
final class LocationCases {

    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    /** What the locator said of a case. */
    enum Outcome {
        /** The table still satisfies its identities (the wrong cells cancel, or an unknown cell absorbs them). */
        UNDETECTABLE,
        /** The injected cells, with their true values, are the one correction. */
        UNIQUE,
        /** They are one of several corrections of the same least cost. */
        AMONG,
        /** A correction of lower cost explains the printed numbers; the injected cells are not listed. */
        CHEAPER
    }

    /**
     * A faulty report: the original, the report with {@code cells} changed, and the table they are in.
     *
     * @param original the valid report
     * @param faulty the report with the wrong cells
     * @param table the table of the wrong cells
     * @param cells the wrong cells
     */
    record Case(Report original, Report faulty, ReportTable table, List<CellRef> cells) {
    }

    private LocationCases() {
    }

    /** Injects {@code k} wrong cells, distinct, into {@code table}. */
    static Case inject(Report report, ReportTable table, int k, SplittableRandom random) {
        List<CellRef> candidates = new ArrayList<>(FaultInjector.countCells(report).stream()
                .filter(c -> c.table() == table).toList());
        Report faulty = report;
        List<CellRef> cells = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            CellRef cell = candidates.remove(random.nextInt(candidates.size()));
            long original = countOrZero(report, cell);
            long wrong = random.nextBoolean() ? slip(original, random) : randomChange(original, random);
            faulty = FaultInjector.changeCell(faulty, cell, wrong - original).faulty();
            cells.add(cell);
        }
        return new Case(report, faulty, table, List.copyOf(cells));
    }

    static long countOrZero(Report report, CellRef cell) {
        return report.get(cell) instanceof CellValue.Count c ? c.value() : 0;
    }

    /** A change by a random amount, as {@link FaultInjector#randomCellChange} makes it. */
    static long randomChange(long original, SplittableRandom random) {
        long magnitude = 1 + random.nextLong(Math.max(1, Math.min(original, 1_000)) + 9);
        return original >= magnitude && random.nextBoolean() ? original - magnitude : original + magnitude;
    }

    /** A typing slip of a count: one digit changed, two adjacent digits swapped, a digit added or dropped. */
    static long slip(long original, SplittableRandom random) {
        String s = Long.toString(original);
        for (int attempt = 0; attempt < 20; attempt++) {
            int kind = random.nextInt(4);
            String t = null;
            if (kind == 1 && s.length() >= 2) {
                int p = random.nextInt(s.length() - 1);
                t = s.substring(0, p) + s.charAt(p + 1) + s.charAt(p) + s.substring(p + 2);
            } else if (kind == 2) {
                int p = random.nextInt(s.length() + 1);
                t = s.substring(0, p) + (char) ('0' + random.nextInt(10)) + s.substring(p);
            } else if (kind == 3 && s.length() >= 2) {
                int p = random.nextInt(s.length());
                t = s.substring(0, p) + s.substring(p + 1);
            } else if (kind == 0) {
                int p = random.nextInt(s.length());
                t = s.substring(0, p) + (char) ('0' + random.nextInt(10)) + s.substring(p + 1);
            }
            if (t != null && !t.equals(s) && (t.length() == 1 || t.charAt(0) != '0')) {
                return Long.parseLong(t);
            }
        }
        return original + 1;
    }

    /** The location for the case's table, if any. */
    static Optional<ErrorLocation> location(ErrorLocator locator, Case c) {
        return locator.locate(c.faulty()).stream().filter(l -> l.table() == c.table()).findFirst();
    }

    /** What the locator made of a case, assuming {@link #check} passes. */
    static Outcome outcome(ErrorLocator locator, Case c) {
        Optional<ErrorLocation> location = location(locator, c);
        if (location.isEmpty()) {
            return Outcome.UNDETECTABLE;
        }
        boolean among = location.get().corrections().stream().anyMatch(k -> restores(k, c));
        return !among ? Outcome.CHEAPER : location.get().isUnique() ? Outcome.UNIQUE : Outcome.AMONG;
    }

    /**
     * Whether a correction changes exactly the injected cells, back to their true values where it fixes them (where
     * blank totals leave two wrong cells of one column in the same identities only, their sum is all it fixes).
     */
    static boolean restores(Correction correction, Case c) {
        if (correction.changes().size() != c.cells().size()) {
            return false;
        }
        for (Correction.Change change : correction.changes()) {
            if (!c.cells().contains(change.cell()) || change.value().isPresent()
                    && change.value().getAsLong() != countOrZero(c.original(), change.cell())) {
                return false;
            }
        }
        return true;
    }

    /** The cost of the correction that restores the injected cells. */
    static double injectedCost(LocationWeights weights, Case c) {
        double cost = 0;
        ReportFormat format = ReportFormat.of(c.faulty().edition());
        for (CellRef cell : c.cells()) {
            long printed = countOrZero(c.faulty(), cell);
            long truth = countOrZero(c.original(), cell);
            boolean slip = io.github.gongkai.validation.internal.TypingErrorsAccess.isSlip(printed, truth);
            cost += weights.cost(format.isTotal(cell), slip);
        }
        return cost;
    }

    /**
     * The property: no table but the case's is located; a table whose identities the validator finds failed is
     * located; each correction, applied, makes every identity of the table hold; and the injected cells are among
     * the corrections, or a correction costs no more than restoring them (less, for a locator that gives typing
     * slips no discount: with the same cost, it must list them).
     *
     * @return the reason the property fails, if it does
     */
    static Optional<String> check(ErrorLocator locator, Case c) {
        List<ErrorLocation> locations = locator.locate(c.faulty());
        for (ErrorLocation l : locations) {
            if (l.table() != c.table()) {
                return Optional.of("a table without wrong cells is located: " + l);
            }
        }
        boolean failed = failedIn(c.faulty(), c.table());
        if (locations.isEmpty()) {
            return failed ? Optional.of("the validator finds " + c.table() + " wrong, the locator nothing")
                    : Optional.empty();
        }
        ErrorLocation location = locations.get(0);
        if (location.limitReached()) {
            return Optional.of("limit reached for " + c.cells().size() + " wrong cells: " + c.cells());
        }
        boolean among = false;
        for (Correction correction : location.corrections()) {
            among |= restores(correction, c);
            if (!correction.isDetermined()) {
                continue;
            }
            Report.Builder builder = c.faulty().toBuilder();
            correction.changes().forEach(ch -> builder.set(ch.cell(), CellValue.count(ch.value().getAsLong())));
            Report corrected = builder.build();
            if (failedIn(corrected, c.table()) || !locator.locate(corrected).isEmpty()) {
                return Optional.of("a correction does not make the identities hold: " + correction);
            }
        }
        if (!among) {
            // Restoring the wrong cells is a correction; at worst it gets no typing-slip discount (where the
            // identities do not fix its values). Without that discount a tie must list it.
            double injected = injectedCost(locator.weights().withTypingSlip(1), c);
            double cost = location.cost().getAsDouble();
            boolean noSlips = locator.weights().typingSlip() == 1;
            if (cost > injected + 1e-9 || noSlips && cost > injected - 1e-9) {
                return Optional.of("the wrong cells " + c.cells() + " (cost " + injected + ") are not among "
                        + location.corrections());
            }
        }
        return Optional.empty();
    }

    private static boolean failedIn(Report report, ReportTable table) {
        return VALIDATOR.validate(report).findings().stream().anyMatch(f -> f.status() == FindingStatus.FAILED
                && f.severity() == Severity.ERROR && f.cells().get(0).cell().table() == table);
    }
}
