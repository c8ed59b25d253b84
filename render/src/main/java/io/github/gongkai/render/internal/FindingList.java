package io.github.gongkai.render.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Suspect;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.util.List;

/**
 * Writes the findings of a checked report as an ordered list, each in the page's language with its severity,
 * status, rule, message, the cells it involves (each a link to its cell in the tables, with its printed value)
 * and its suspects with their suggested values.
 */
final class FindingList {

    /** A finding with more cells than this lists them folded. */
    private static final int FOLDED_FROM = 8;

    private FindingList() {
    }

    static void write(Edition edition, ValidationResult result, PageMessages texts, Appendable out)
            throws IOException {
        out.append("<section id=\"findings\">\n<h2>");
        Escapes.html(texts.get("findings.title"), out);
        out.append("</h2>\n");
        list(edition, result.findings(), "", -1, texts.get("findings.none"), texts, out);
        out.append("</section>\n");
    }

    /**
     * Writes the findings of the rules over years as the other findings are written, numbered on: a cell of last
     * year's report (position 0) is shown as text marked "last year", not linked to this year's tables.
     */
    static void yearFindings(Edition edition, List<Finding> findings, PageMessages texts, Appendable out)
            throws IOException {
        list(edition, findings, "year-", 1, texts.get("years.none"), texts, out);
    }

    /** The findings as a numbered list, or a paragraph saying there are none. */
    private static void list(Edition edition, List<Finding> findings, String idPrefix, int linked, String none,
            PageMessages texts, Appendable out) throws IOException {
        if (findings.isEmpty()) {
            out.append("<p>");
            Escapes.html(none, out);
            out.append("</p>\n");
            return;
        }
        out.append("<ol class=\"findings\">\n");
        int number = 0;
        for (Finding finding : findings) {
            finding(idPrefix, ++number, finding, edition, texts, linked, out);
        }
        out.append("</ol>\n");
    }

    /**
     * One finding; with {@code linked} at 0 or more, only the cells of that report position are links.
     */
    private static void finding(String idPrefix, int number, Finding finding, Edition edition, PageMessages texts,
            int linked, Appendable out) throws IOException {
        String status = finding.status() == FindingStatus.FAILED ? "failed" : "not-assessable";
        out.append("<li id=\"finding-").append(idPrefix).append(Integer.toString(number)).append("\" class=\"")
                .append(status).append(' ').append(finding.severity().name().toLowerCase(java.util.Locale.ROOT))
                .append("\" data-rule=\"");
        Escapes.html(finding.rule().toString(), out);
        out.append("\">\n<p><span class=\"sev\">");
        Escapes.html(texts.get("severity." + finding.severity().name()), out);
        out.append("</span> · ");
        Escapes.html(texts.get("status." + finding.status().name()), out);
        out.append(" · <code>");
        Escapes.html(finding.rule().toString(), out);
        out.append("</code></p>\n<p class=\"message\">");
        Escapes.html(finding.message(texts.locale()), out);
        out.append("</p>\n");
        for (Suspect suspect : finding.suspects()) {
            suspect(suspect, edition, texts, out);
        }
        cells(finding, edition, texts, linked, out);
        out.append("</li>\n");
    }

    /** The cells of a finding, each a link; a long list (a column of table 三) folded under its count. */
    private static void cells(Finding finding, Edition edition, PageMessages texts, int linked, Appendable out)
            throws IOException {
        boolean fold = finding.cells().size() > FOLDED_FROM;
        if (fold) {
            out.append("<details class=\"cells\"><summary>");
            Escapes.html(texts.get("finding.cells") + ": " + finding.cells().size() + " "
                    + texts.get("finding.cellCount"), out);
            out.append("</summary>\n<p>");
        } else {
            out.append("<p class=\"cells\">");
            Escapes.html(texts.get("finding.cells"), out);
            out.append(": ");
        }
        boolean first = true;
        for (CellInvolvement cell : finding.cells()) {
            out.append(first ? "" : "; ");
            first = false;
            if (linked < 0 || cell.report() == linked) {
                cellLink(cell.cell(), edition, out);
            } else {
                out.append("<span class=\"last-year\">");
                Escapes.html(cell.cell().toString() + " (" + texts.get("years.lastYear") + ")", out);
                out.append("</span>");
            }
            out.append(" = ");
            value(cell.value().toString(), texts, out);
        }
        out.append(fold ? "</p>\n</details>\n" : "</p>\n");
    }

    private static void suspect(Suspect suspect, Edition edition, PageMessages texts, Appendable out)
            throws IOException {
        out.append("<p class=\"suspect ").append(suspect.confidence().name().toLowerCase(java.util.Locale.ROOT))
                .append("\">");
        Escapes.html(texts.get("finding.suspect"), out);
        out.append(": ");
        cellLink(suspect.cell(), edition, out);
        out.append(", ");
        Escapes.html(texts.get("finding.printed"), out);
        out.append(' ');
        value(suspect.printed().toString(), texts, out);
        out.append(", ");
        Escapes.html(texts.get("finding.suggested"), out);
        out.append(" <b class=\"suggested\">");
        Escapes.html(suspect.suggested().toString(), out);
        out.append("</b> (");
        Escapes.html(texts.get("confidence." + suspect.confidence().name()), out);
        if (suspect.typingError().isPresent()) {
            out.append("; ");
            Escapes.html(texts.get("typing." + suspect.typingError().get().name()), out);
        }
        out.append(")</p>\n");
    }

    private static void value(String printed, PageMessages texts, Appendable out) throws IOException {
        Escapes.html(printed.isEmpty() ? texts.get("blank") : printed, out);
    }

    /** A link to a cell of the tables, showing its reference and labels. */
    static void cellLink(CellRef cell, Edition edition, Appendable out) throws IOException {
        out.append("<a href=\"#");
        Escapes.html(CellMarks.id(cell), out);
        out.append("\">");
        Escapes.html(cell.describe(edition), out);
        out.append("</a>");
    }
}
