package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.validation.Confidence;
import io.github.gongkai.validation.Suspect;
import io.github.gongkai.validation.TypingError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Locates the cell that is most likely wrong, from the identities of one report's count tables.
 *
 * <p>Every identity is linear with coefficients ±1, so changing a cell by {@code delta} changes the residual
 * ({@code actual - expected}) of each identity through it by {@code ±delta}. A cell is a crossing suspect for
 * a failing identity if at least two failing identities pass through it, all of them are fixed by the same
 * change to the cell, and no passing identity passes through it (the change would break that one). Where a
 * failing identity has no crossing suspect, each of its cells is a low-confidence suspect with the value it
 * alone would need.
 *
 * <p>A cell not read is never a suspect: its value is unknown, not wrong. An identity that fails for every
 * reading of glued digits has no single residual: it names no suspect and counts as neither failing nor
 * passing at a crossing.
 */
final class Culprits {

    private final Map<Object, List<Equation>> byCell = new HashMap<>();

    Culprits(List<Equation> identities) {
        for (Equation identity : identities) {
            for (Operand t : identity.operands) {
                byCell.computeIfAbsent(key(t), k -> new ArrayList<>(3)).add(identity);
            }
        }
    }

    private static Object key(Operand t) {
        return List.of(t.ref(), t.report());
    }

    /** Returns the suspects of a failing identity, strongest first. */
    List<Suspect> suspects(Equation failing) {
        if (failing.failedForEveryReading()) {
            return List.of();
        }
        List<Suspect> crossing = new ArrayList<>(1);
        for (Operand t : failing.operands) {
            List<Equation> through = byCell.get(key(t));
            BigDecimal delta = null;
            int failed = 0;
            boolean consistent = true;
            for (Equation other : through) {
                if (other.status == Equation.Status.PASSED) {
                    consistent = false;
                    break;
                }
                if (other.status == Equation.Status.FAILED && !other.failedForEveryReading()) {
                    BigDecimal d = deltaIn(other, t);
                    if (delta != null && d.compareTo(delta) != 0) {
                        consistent = false;
                        break;
                    }
                    delta = d;
                    failed++;
                }
            }
            if (consistent && failed >= 2) {
                suspect(t, delta, true).ifPresent(crossing::add);
            }
        }
        if (!crossing.isEmpty()) {
            return crossing;
        }
        List<Suspect> candidates = new ArrayList<>(failing.operands.size());
        for (Operand t : failing.operands) {
            suspect(t, deltaIn(failing, t), false).ifPresent(candidates::add);
        }
        candidates.sort(Comparator.comparing((Suspect s) -> !s.isTypingError()));
        return candidates;
    }

    /** The change to the term's cell that makes {@code identity} hold. */
    private static BigDecimal deltaIn(Equation identity, Operand cell) {
        for (Operand t : identity.operands) {
            if (t.ref().equals(cell.ref()) && t.report() == cell.report()) {
                BigDecimal r = identity.residual();
                return t.role().isActualSide() ? r.negate() : r;
            }
        }
        throw new IllegalStateException(cell.ref() + " is not in " + identity.subject);
    }

    private static Optional<Suspect> suspect(Operand t, BigDecimal delta, boolean crossing) {
        if (t.value().isNumber() && !(t.value() instanceof CellValue.Count) || t.value().isUnread()) {
            return Optional.empty(); // only cells of counts are located; a cell not read is not wrong
        }
        BigDecimal printed = t.read();
        BigDecimal suggested = (printed == null ? BigDecimal.ZERO : printed).add(delta);
        if (suggested.signum() < 0) {
            return Optional.empty();
        }
        long value;
        try {
            value = suggested.longValueExact();
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
        Optional<TypingError> typo = printed == null ? Optional.empty()
                : TypingErrors.explain(((CellValue.Count) t.value()).value(), value);
        Confidence confidence = !crossing ? Confidence.LOW : typo.isPresent() ? Confidence.HIGH : Confidence.MEDIUM;
        return Optional.of(new Suspect(t.ref(), t.value(), CellValue.count(value), confidence, typo));
    }
}
