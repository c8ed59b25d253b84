/**
 * The page reader: {@link io.github.gongkai.reader.ReportReader} turns a published report page into a
 * {@link io.github.gongkai.core.Report} plus a {@link io.github.gongkai.reader.ReadingReport} that says,
 * cell by cell, where each number came from and which cells could not be read.
 *
 * <p>The reader never guesses: a cell it cannot place with certainty is left
 * {@linkplain io.github.gongkai.core.CellValue.Blank blank} in the model and listed as an
 * {@link io.github.gongkai.reader.Ambiguity} (with the candidate readings) or a
 * {@link io.github.gongkai.reader.MissingCell}. Numbers are kept as printed, so a published table that
 * violates an identity is read as printed and the violation is left for validation to find.
 *
 * <p>Everything under {@code io.github.gongkai.reader.internal} is implementation detail and not exported.
 *
 * <p>Null: a parameter may be null only where its documentation says so ({@code or null}); any other null
 * argument is rejected at once with a {@link java.lang.NullPointerException} naming the parameter. A method
 * returns null only where its documentation says so; an absent value is otherwise an empty
 * {@link java.util.Optional} or collection.
 */
package io.github.gongkai.reader;
