/**
 * Renders the official tables of a {@link io.github.gongkai.core.Report} as a Word {@code .docx} document, the
 * format organs publish their reports in: 二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况,
 * 四、政府信息公开行政复议、行政诉讼情况 and section 六's fee figures, as real Word tables with merged cells and
 * the official labels.
 *
 * <pre>{@code
 * byte[] docx = DocxTableRenderer.standard().render(report);
 * }</pre>
 *
 * <p>What is rendered reads back through {@code gongkai-reader} with {@code gongkai-reader-word} cell for cell
 * (the module's round-trip test).
 */
package io.github.gongkai.render.docx;
