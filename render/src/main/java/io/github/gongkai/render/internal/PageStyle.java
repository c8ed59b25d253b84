package io.github.gongkai.render.internal;

/**
 * The inline style sheets of the pages: no file, font or script is fetched, so a page works offline, from a
 * mail attachment and in print. Marks use line styles and glyphs as well as colour; print keeps the colours.
 */
final class PageStyle {

    /** The checked-report page: the tables' style, then the marks, the legend and the findings. */
    static final String CHECKED = HtmlWriter.STYLE
            + "header dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}"
            + "dd{margin:0}.verdict{font-size:1.2em;font-weight:bold;padding:.4em .6em;border:2px solid}"
            + ".verdict.not-valid{border-color:#b00020;color:#b00020}"
            + ".verdict.valid{border-color:#1b5e20;color:#1b5e20}"
            + ".verdict.valid-with-warnings,.verdict.not-fully-assessed{border-color:#8a5a00;color:#8a5a00}"
            + ".counts{list-style:none;padding:0;display:flex;gap:1.5em}"
            + "td{position:relative}td .mark{font-size:.8em;margin-left:.2em}"
            + "td.failed,.sample.failed{outline:3px dashed #b00020;outline-offset:-4px}"
            + "td.culprit,.sample.culprit{background:#ffd54f;outline:3px solid #b00020;outline-offset:-4px;font-weight:bold}"
            + "td.culprit .fix,.sample.culprit .fix{display:block;font-size:.85em;white-space:nowrap}"
            + "td.blank-needed,.sample.blank-needed{outline:3px dotted #8a5a00;outline-offset:-4px}"
            + "td.unread,td[data-unread],.sample.unread{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#ddd 4px,#ddd 8px)}"
            + "td[tabindex]:focus{outline:3px solid #1a4fa0;outline-offset:-4px}"
            + "td[data-source]:hover::after,td[data-source]:focus::after{content:attr(data-source);position:absolute;"
            + "left:0;top:100%;z-index:2;background:#222;color:#fff;padding:.2em .4em;font-size:.8em;"
            + "white-space:nowrap;font-weight:normal}"
            + ".legend{list-style:none;padding:0}.legend li{margin:.3em 0}"
            + ".legend .sample{display:inline-block;min-width:2.5em;padding:.2em .5em;margin-right:.6em;"
            + "text-align:center;border:1px solid #000;position:relative}"
            + ".findings li{margin:.6em 0}.findings .sev{font-weight:bold}.findings code{font-size:.95em}"
            + ".findings li.failed.error .sev{color:#b00020}"
            + "@media print{td[data-source]::after{display:none}body{margin:0}"
            + "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

    /** The batch index: its table, filters and grids. */
    static final String INDEX = "body{font-family:system-ui,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;"
            + "margin:2em}table{border-collapse:collapse;margin:.8em 0}th,td{border:1px solid #888;"
            + "padding:.25em .5em}th{background:#eee}td.n{text-align:right}"
            + "#reports th button{font:inherit;background:none;border:0;cursor:pointer;padding:0}"
            + "#reports th[aria-sort=ascending] button::after{content:\" ▲\"}"
            + "#reports th[aria-sort=descending] button::after{content:\" ▼\"}"
            + "tr.not-valid td.verdict{color:#b00020;font-weight:bold}"
            + ".filters{display:flex;gap:1.5em;align-items:center}"
            + "td.missing{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px);"
            + "color:#8a5a00}"
            + "@media print{.filters{display:none}}";

    private PageStyle() {
    }
}
