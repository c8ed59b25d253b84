package io.github.gongkai.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * An accounting identity of the national format, as data: cells whose values, each multiplied by its
 * coefficient, sum to zero — {@code Σ coefficient × value = 0}. The terms with coefficient {@code +1} are the
 * <em>actual</em> side (the printed total, or what left the year), those with {@code −1} the
 * <em>expected</em> side (the parts, or what came in).
 *
 * <p>Identities come from {@link ReportFormat#identities()}; the rule code names the family (the validator's
 * rule id without its revision), the subject names the one row or column the identity is about:
 * {@code T3.ROW_TOTAL} on row {@code newlyReceived}, {@code T3.BALANCE} on column {@code naturalPerson}.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param rule the family, such as {@code T3.ROW_TOTAL}
 * @param edition the edition whose layout the cells are of
 * @param subject the key of the row or column the identity is about, such as {@code newlyReceived}
 * @param subjectLabel its official label, qualified, such as {@code 一、本年新收政府信息公开申请数量}
 * @param terms the cells, actual side first, in printed order within a side
 */
public record Identity(String rule, Edition edition, String subject, String subjectLabel, List<Term> terms) {

    /** The part a cell plays in an identity. */
    public enum Role {
        /** A printed total: 总计, or the row that sums the outcomes. */
        TOTAL,
        /** One of the parts a total sums. */
        COMPONENT,
        /** What came in during the year: 本年新收, 上年结转. */
        INFLOW,
        /** What left: 办理结果总计, 结转下年度. */
        OUTFLOW
    }

    /**
     * One cell of an identity.
     *
     * @param cell the cell
     * @param coefficient {@code +1} on the actual side, {@code -1} on the expected side
     * @param role the part the cell plays
     */
    public record Term(CellRef cell, int coefficient, Role role) {
        /**
         * Checks the term.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the coefficient is not +1 or -1
         */
        public Term {
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(role, "role");
            if (coefficient != 1 && coefficient != -1) {
                throw new IllegalArgumentException("coefficient must be +1 or -1, was " + coefficient);
            }
        }

        /**
         * Tells whether this term is on the actual side.
         *
         * @return true for coefficient +1
         */
        public boolean isActual() {
            return coefficient > 0;
        }
    }

    /**
     * Checks the components and copies the terms.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a side is empty, or a cell does not exist in the edition
     */
    public Identity {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectLabel, "subjectLabel");
        terms = List.copyOf(terms);
        if (terms.stream().noneMatch(Term::isActual) || terms.stream().allMatch(Term::isActual)) {
            throw new IllegalArgumentException("identity " + rule + " on " + subject + " needs both sides");
        }
        for (Term term : terms) {
            if (!term.cell().existsIn(edition)) {
                throw new IllegalArgumentException("identity " + rule + " on " + subject + ": cell " + term.cell()
                        + " does not exist in the " + edition.key() + " edition");
            }
        }
    }

    /**
     * Returns the terms of the actual side, in printed order.
     *
     * @return an unmodifiable list, never empty
     */
    public List<Term> actual() {
        return terms.stream().filter(Term::isActual).toList();
    }

    /**
     * Returns the terms of the expected side, in printed order.
     *
     * @return an unmodifiable list, never empty
     */
    public List<Term> expected() {
        return terms.stream().filter(t -> !t.isActual()).toList();
    }

    /**
     * Tells whether a cell is one of the terms.
     *
     * @param cell the cell
     * @return true if the identity involves it
     */
    public boolean involves(CellRef cell) {
        for (Term term : terms) {
            if (term.cell().equals(cell)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the identity as a formula over cell references, such as
     * {@code T3/newlyReceived/total = T3/newlyReceived/naturalPerson + … + T3/newlyReceived/otherOrganization}.
     *
     * @return the formula, never null
     */
    public String formula() {
        return formula(CellRef::toString);
    }

    /**
     * Returns the identity as a formula in a language: Chinese labels for {@code zh}, cell keys otherwise.
     * Only what varies is named: an identity on one row names its columns, one on a column its rows, after
     * the subject, such as {@code 一、本年新收政府信息公开申请数量：总计 = 自然人 + 商业企业 + …}.
     *
     * @param locale the language
     * @return the formula, never null
     */
    public String formula(Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        boolean oneRow = terms.stream().map(t -> t.cell().row()).distinct().count() == 1;
        boolean oneColumn = terms.stream().map(t -> t.cell().column()).distinct().count() == 1;
        Function<CellRef, String> name;
        if (oneRow) {
            name = zh ? c -> c.column().label(edition) : c -> c.column().key();
        } else if (oneColumn) {
            name = zh ? c -> c.row().qualifiedLabel(edition) : c -> c.row().key();
        } else {
            name = zh ? c -> c.label(edition) : CellRef::toString;
        }
        String subjectName = zh ? subjectLabel : terms.get(0).cell().table().key() + " " + subject;
        return subjectName + (zh ? "：" : ": ") + formula(name);
    }

    private String formula(Function<CellRef, String> name) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (Term term : terms) {
            (term.isActual() ? left : right).add(name.apply(term.cell()));
        }
        return String.join(" + ", left) + " = " + String.join(" + ", right);
    }
}
