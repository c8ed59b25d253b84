package io.github.gongkai.validation;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One way a {@link Rule} checks a cell, as {@link Rule#checking} answers "which rules check this cell?": the
 * rule, and for an identity rule (I-1 to I-4) the identity of the format that the cell is a term of, which
 * prints as a formula. A cell can be checked by one rule through several identities (a cell of table 三 is in
 * the total of its row and of its column), and by plausibility rules and rules over several reports, which
 * have no identity and are described by their description.
 *
 * <p>An immutable, thread-safe value.
 *
 * @param rule the rule
 * @param edition the edition whose layout the cell is of
 * @param identity for an identity rule, the identity through the cell (from
 *     {@link io.github.gongkai.core.ReportFormat#identities()}); empty for any other rule
 */
public record CellCheck(Rule rule, Edition edition, Optional<Identity> identity) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the identity is of another rule or edition
     */
    public CellCheck {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(identity, "identity");
        if (identity.isPresent() && (!identity.get().rule().equals(rule.id().code())
                || identity.get().edition() != edition)) {
            throw new IllegalArgumentException("identity " + identity.get().rule() + " of the "
                    + identity.get().edition().key() + " edition is not checked by " + rule.id() + " in the "
                    + edition.key() + " edition");
        }
    }

    /**
     * Returns what is checked: the identity as a formula ({@link Identity#formula(Locale)}: Chinese labels for a
     * {@code zh} locale, keys otherwise), or, for a rule without an identity, its
     * {@linkplain Rule#description(Locale) description}.
     *
     * @param locale the language
     * @return the text, never null
     */
    public String describe(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return identity.map(i -> i.formula(locale)).orElseGet(() -> rule.description(locale));
    }

    /**
     * Returns the rule id and what it checks in English, such as
     * {@code T3.ROW_TOTAL.1 T3 newlyReceived: total = naturalPerson + … + otherOrganization}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return rule.id() + " " + describe(Locale.ROOT);
    }
}
