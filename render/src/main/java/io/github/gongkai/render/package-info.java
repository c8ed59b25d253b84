/**
 * Renders the official tables of a {@link io.github.gongkai.core.Report}: 二、主动公开政府信息情况,
 * 三、收到和处理政府信息公开申请情况, 四、政府信息公开行政复议、行政诉讼情况 and section 六's fee figures, as
 * HTML, Markdown or aligned text ({@link io.github.gongkai.render.TableFormat}), with the official labels that
 * core's row and column enums hold.
 *
 * <pre>{@code
 * String html = TableRenderer.of(TableFormat.HTML).render(report);
 * }</pre>
 *
 * <p>What is rendered reads back through {@code gongkai-reader} cell for cell (the module's round-trip test).
 *
 * <p>Null: a parameter may be null only where its documentation says so ({@code or null}); any other null
 * argument is rejected at once with a {@link java.lang.NullPointerException} naming the parameter. A method
 * returns null only where its documentation says so; an absent value is otherwise an empty
 * {@link java.util.Optional} or collection.
 */
package io.github.gongkai.render;
