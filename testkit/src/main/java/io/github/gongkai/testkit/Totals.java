package io.github.gongkai.testkit;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import java.util.function.ToLongFunction;

/** Totals as the format's identities define them: the generator restates no identity of its own. */
final class Totals {

    private Totals() {
    }

    /**
     * The value a total must hold: the sum of the other side of the first identity in which it is the one
     * {@link Identity.Role#TOTAL} term.
     *
     * @throws IllegalArgumentException if no identity has the cell as its total
     * @throws ArithmeticException if the sum overflows
     */
    static long of(ReportFormat format, CellRef total, ToLongFunction<CellRef> value) {
        for (Identity identity : format.identitiesOf(total)) {
            if (identity.actual().size() == 1 && identity.actual().get(0).cell().equals(total)
                    && identity.actual().get(0).role() == Identity.Role.TOTAL) {
                long sum = 0;
                for (Identity.Term term : identity.expected()) {
                    sum = Math.addExact(sum, value.applyAsLong(term.cell()));
                }
                return sum;
            }
        }
        throw new IllegalArgumentException(total + " is the total of no identity");
    }
}
