/**
 * Exact, strict, canonical JSON for the 政府信息公开工作年度报告.
 *
 * <ul>
 *   <li>{@link io.github.gongkai.json.ReportJson}: read and write one report (String, bytes, streams, files)
 *       without configuring Jackson.</li>
 *   <li>{@link io.github.gongkai.json.JsonLines}: stream corpora of reports, one per line, with per-line
 *       errors.</li>
 *   <li>{@link io.github.gongkai.json.GongkaiJacksonModule}: the Jackson 3 module, for a {@code Report} inside
 *       your own types.</li>
 *   <li>{@link io.github.gongkai.json.ReportJsonException}: the one exception for bad input, located by JSON
 *       Pointer.</li>
 * </ul>
 *
 * <p>The format, versions {@value io.github.gongkai.json.ReportJson#FIRST_VERSION} and
 * {@value io.github.gongkai.json.ReportJson#VERSION} (version 1 and the unread cell, written only for a report
 * that has one), is documented in the module's README and specified by the JSON Schema in
 * {@value io.github.gongkai.json.ReportJson#SCHEMA_RESOURCE}.
 *
 * <p>Null: a parameter may be null only where its documentation says so ({@code or null}); any other null
 * argument is rejected at once with a {@link java.lang.NullPointerException} naming the parameter. A method
 * returns null only where its documentation says so; an absent value is otherwise an empty
 * {@link java.util.Optional} or collection.
 */
package io.github.gongkai.json;
