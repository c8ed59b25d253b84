/**
 * The report model.
 *
 * <p>A {@link io.github.gongkai.core.Report} holds a {@link io.github.gongkai.core.ReportHeader}, four
 * {@link io.github.gongkai.core.CellTable}s and a {@link io.github.gongkai.core.Narrative}. Rows and columns
 * are enums carrying the stable English key and the official Chinese label; a cell is named by a
 * {@link io.github.gongkai.core.CellRef}, written {@code TABLE/ROW/COLUMN}. Cell values are kept as printed
 * ({@link io.github.gongkai.core.CellValue}): a blank cell is not zero.
 *
 * <table>
 *   <caption>Tables and their row and column types</caption>
 *   <tr><th>table</th><th>section</th><th>rows</th><th>columns</th></tr>
 *   <tr><td>T2</td><td>二、主动公开政府信息情况</td><td>{@link io.github.gongkai.core.ActiveDisclosureRow}</td>
 *       <td>{@link io.github.gongkai.core.ActiveDisclosureColumn}</td></tr>
 *   <tr><td>T3</td><td>三、收到和处理政府信息公开申请情况</td><td>{@link io.github.gongkai.core.ApplicationRow}</td>
 *       <td>{@link io.github.gongkai.core.ApplicantColumn}</td></tr>
 *   <tr><td>T4</td><td>四、政府信息公开行政复议、行政诉讼情况</td>
 *       <td>{@link io.github.gongkai.core.ReviewLitigationRow}</td>
 *       <td>{@link io.github.gongkai.core.ReviewLitigationColumn}</td></tr>
 *   <tr><td>S6</td><td>六、其他需要报告的事项 (fees)</td><td>{@link io.github.gongkai.core.FeeRow}</td>
 *       <td>{@link io.github.gongkai.core.FeeColumn}</td></tr>
 * </table>
 *
 * <p>Every text a report holds (the organ's name, the source, the narrative sections, the marks of
 * not-applicable cells) is well-formed Unicode, without an unpaired surrogate, so that any encoder can write
 * it; the single-line ones hold no control character, the narrative only TAB, LF and CR. The constructors
 * reject anything else with an {@link java.lang.IllegalArgumentException} naming the field and the index of
 * the character, written as {@code U+D800}.
 *
 * <p>Every type in this package is immutable and thread-safe, except {@link io.github.gongkai.core.Report.Builder}.
 *
 * <p>Null: a parameter may be null only where its documentation says so ({@code or null}); any other null
 * argument is rejected at once with a {@link java.lang.NullPointerException} naming the parameter. A method
 * returns null only where its documentation says so; an absent value is otherwise an empty
 * {@link java.util.Optional} or collection.
 */
package io.github.gongkai.core;
