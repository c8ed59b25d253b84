/**
 * The rule engine: check a report against the identities of the format and plausibility rules, and say
 * precisely which cells are involved.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.standard().validate(report);
 * if (!result.isValid()) {
 *     for (Finding f : result.findings(Severity.ERROR)) {
 *         System.out.println(f.message(Locale.SIMPLIFIED_CHINESE));
 *         f.culprit().ifPresent(s -> System.out.println(s.cell() + " should probably be " + s.suggested()));
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.github.gongkai.validation.Rule} lists the rules; each has a stable {@link io.github.gongkai.validation.RuleId} with a revision, a default
 *       {@link io.github.gongkai.validation.Severity} and the editions it applies to.</li>
 *   <li>{@link io.github.gongkai.validation.ReportValidator} applies them: rules can be disabled or re-graded,
 *       in code or from settings; blanks are read by a {@link io.github.gongkai.validation.BlankPolicy};
 *       validation can stop at the first error.</li>
 *   <li>A {@link io.github.gongkai.validation.Finding} is a record: the rule, severity,
 *       {@link io.github.gongkai.validation.FindingStatus}, every cell with its
 *       {@link io.github.gongkai.validation.CellRole} and value, expected, actual and difference, and the
 *       {@link io.github.gongkai.validation.Suspect}s that may be the culprit.</li>
 *   <li>A cell that was not read from the page is neither blank nor zero: a rule through it is
 *       {@link io.github.gongkai.validation.FindingStatus#NOT_ASSESSABLE} for
 *       {@link io.github.gongkai.validation.NotAssessableReason#NOT_READ}, or failed when no reading of the
 *       glued digits it is a piece of satisfies it, with the {@link io.github.gongkai.validation.RunReading}s
 *       tried.</li>
 *   <li>{@link io.github.gongkai.validation.ReportSet} groups reports for the rules over several reports.</li>
 * </ul>
 *
 * <p>Nothing in this package depends on Jakarta Validation; see {@link io.github.gongkai.validation.jakarta}
 * for Bean Validation. All types are immutable and thread-safe except the builders.
 *
 * <p>Null: a parameter may be null only where its documentation says so ({@code or null}); any other null
 * argument is rejected at once with a {@link java.lang.NullPointerException} naming the parameter. A method
 * returns null only where its documentation says so; an absent value is otherwise an empty
 * {@link java.util.Optional} or collection.
 */
package io.github.gongkai.validation;
