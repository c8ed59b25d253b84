package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.CellRole;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Suspect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identities I-1 to I-4 as the format describes them ({@link ReportFormat#identities()}), compiled once
 * per edition into positions in the flat array of {@link CountSlots}, and the one exact check of them,
 * {@link #evaluate}: exact for any counts, under either blank policy, allocating nothing. {@link #allPass}
 * asks it of every enabled identity; {@link #analyse} builds the findings of those that do not pass from its
 * answers. {@link FastCheck} is the only shortcut in front of it.
 */
final class TableIdentities {

    /** The low 32 bits of a count: see {@link #evaluate}. */
    private static final long LOW_BITS = 0xFFFF_FFFFL;

    /** One identity of one edition: its rule, its subject, and its cells, the actual side first. */
    static final class Def {
        final Rule rule;
        final Identity identity;
        final CellRef[] cells;
        final int[] slots;
        final CellRole[] roles;
        /** Whether each cell is a printed total: a failing identity with a blank total is not assessable. */
        final boolean[] total;
        /** The first {@code actualCount} cells are the actual side (coefficient +1). */
        final int actualCount;

        Def(Identity identity) {
            this.rule = Rule.fromId(identity.rule()).orElseThrow(
                    () -> new IllegalStateException("no rule checks identities " + identity.rule()));
            this.identity = identity;
            List<Identity.Term> terms = new ArrayList<>(identity.actual());
            this.actualCount = terms.size();
            terms.addAll(identity.expected());
            ReportFormat format = ReportFormat.of(identity.edition());
            int n = terms.size();
            this.cells = new CellRef[n];
            this.slots = new int[n];
            this.roles = new CellRole[n];
            this.total = new boolean[n];
            for (int i = 0; i < n; i++) {
                Identity.Term term = terms.get(i);
                cells[i] = term.cell();
                slots[i] = CountSlots.index(term.cell());
                roles[i] = role(term.role());
                total[i] = format.isTotal(term.cell());
            }
        }
    }

    private static final Map<Edition, Def[]> DEFS = compile();
    /** The rules that check identities of the format: the rules of tables 三 and 四. */
    static final Set<Rule> RULES = rules();

    private TableIdentities() {
    }

    static Map<Edition, Def[]> compile() {
        Map<Edition, Def[]> defs = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            defs.put(edition, ReportFormat.of(edition).identities().stream().map(Def::new).toArray(Def[]::new));
        }
        return defs;
    }

    static Set<Rule> rules() {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        for (Def[] defs : DEFS.values()) {
            for (Def d : defs) {
                rules.add(d.rule);
            }
        }
        return Collections.unmodifiableSet(rules);
    }

    /** The part a cell plays in a finding, from the part it plays in the format's identity. */
    static CellRole role(Identity.Role role) {
        return switch (role) {
            case TOTAL -> CellRole.TOTAL;
            case COMPONENT -> CellRole.COMPONENT;
            case INFLOW -> CellRole.INFLOW;
            case OUTFLOW -> CellRole.OUTFLOW;
        };
    }

    /** Returns the compiled identities of an edition, in the format's order (the order of the findings). */
    static Def[] defs(Edition edition) {
        return DEFS.get(edition);
    }

    /**
     * Evaluates one identity over the counts that {@link CountSlots#load} wrote, exactly, without allocating.
     * The sum {@code Σ coefficient × count} is kept as {@code high × 2^32 + low}, each count split at bit 32:
     * with fewer than 2<sup>31</sup> terms neither part can overflow, so a sum that a {@code long} cannot hold
     * is still compared exactly (counts up to {@link Long#MAX_VALUE} are valid).
     *
     * @param strict whether blanks make the identity not assessable ({@link BlankPolicy#STRICT}) rather than
     *     read as 0
     * @return the status, for an identity through no cell that was not read (such a cell holds no count and
     *     would read as a blank here: {@link #analyse} leaves it to {@link UnreadIdentities})
     */
    static Equation.Status evaluate(Def d, long[] v, boolean strict) {
        int[] slots = d.slots;
        long high = 0;
        long low = 0;
        boolean anyBlank = false;
        boolean blankTotal = false;
        for (int i = 0; i < slots.length; i++) {
            long x = v[slots[i]];
            if (x < 0) {
                anyBlank = true;
                blankTotal |= d.total[i];
            } else if (i < d.actualCount) {
                high += x >>> 32;
                low += x & LOW_BITS;
            } else {
                high -= x >>> 32;
                low -= x & LOW_BITS;
            }
        }
        // high × 2^32 + low = 0 exactly when low is a multiple of 2^32 that high cancels.
        boolean holds = (low & LOW_BITS) == 0 && high + (low >> 32) == 0;
        return Equation.Status.of(holds, anyBlank, blankTotal, strict);
    }

    /**
     * Tells whether every enabled identity passes: the answer of {@link #evaluate} for each.
     *
     * @param enabled per rule, by ordinal
     */
    static boolean allPass(Def[] defs, long[] v, boolean[] enabled, boolean strict) {
        for (Def d : defs) {
            if (enabled[d.rule.ordinal()] && evaluate(d, v, strict) != Equation.Status.PASSED) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports every enabled identity that does not pass, with suspects. An identity through a cell that was
     * not read is decided by {@link UnreadIdentities}, the others by {@link #evaluate}.
     *
     * @param v the report's counts, as {@link CountSlots#load} wrote them
     */
    static void analyse(Report report, int reportIndex, long[] v, RuleEngine engine, FindingSink sink) {
        BlankPolicy policy = engine.blankPolicy();
        Def[] defs = defs(report.edition());
        List<Equation> equations = new ArrayList<>(defs.length);
        UnreadIdentities unread = null;
        for (Def d : defs) {
            if (!engine.enabled(d.rule)) {
                continue;
            }
            List<Operand> operands = new ArrayList<>(d.cells.length);
            boolean anyUnread = false;
            for (int i = 0; i < d.cells.length; i++) {
                CellValue value = report.get(d.cells[i]);
                anyUnread |= value.isUnread();
                operands.add(new Operand(d.cells[i], d.roles[i], value, reportIndex, d.total[i]));
            }
            if (anyUnread) {
                unread = unread == null ? new UnreadIdentities(report) : unread;
                equations.add(unread.assess(d, operands, policy));
            } else {
                equations.add(new Equation(d.rule, d.identity.subject(), d.identity.subjectLabel(), operands,
                        evaluate(d, v, policy == BlankPolicy.STRICT)));
            }
        }
        Culprits culprits = new Culprits(equations);
        for (Equation equation : equations) {
            if (equation.status == Equation.Status.PASSED) {
                continue;
            }
            List<Suspect> suspects = equation.status == Equation.Status.FAILED
                    ? culprits.suspects(equation) : List.of();
            if (sink.add(equation.toFinding(engine.severity(equation.rule), policy, suspects))) {
                return;
            }
        }
    }
}
