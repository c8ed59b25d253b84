package io.github.gongkai.render.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.render.PageSource;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.NotAssessableReason;
import io.github.gongkai.validation.Suspect;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the checked-report page marks each cell: taken once from the findings, then written into the tables.
 *
 * <ul>
 *   <li>a cell of a failed rule: class {@code failed}, glyph ⚠;</li>
 *   <li>a culprit that crossing rules name: class {@code culprit}, glyph ✎, its printed value followed by
 *       {@code → suggested} and the confidence;</li>
 *   <li>a cell left blank where a rule needs a number: class {@code blank-needed}, glyph ∅;</li>
 *   <li>an unread cell: class {@code unread}, its {@code ?};</li>
 * </ul>
 *
 * <p>Every cell gets an {@code id} ({@code cell-T3/disclosed/naturalPerson}) that the findings link to; a cell
 * with a mark or a known position is focusable and carries its position and rules in {@code title} and
 * {@code data-source}, shown on hover and focus. Marks are glyphs and line styles as well as colours, so that
 * they survive printing in black and white and do not rely on colour alone.
 */
final class CellMarks implements CellMarkup {

    /** The prefix of a cell's id; the rest is the cell's canonical reference. */
    static final String ID_PREFIX = "cell-";

    private final PageMessages texts;
    private final PageSource source;
    private final Edition edition;
    private final Map<CellRef, List<String>> failedRules = new HashMap<>();
    private final Map<CellRef, List<String>> blankRules = new HashMap<>();
    private final Map<CellRef, Suspect> culprits = new LinkedHashMap<>();

    CellMarks(ValidationResult result, PageSource source, Edition edition, PageMessages texts) {
        this.texts = texts;
        this.source = source;
        this.edition = edition;
        for (Finding finding : result.findings()) {
            String rule = finding.rule().toString();
            boolean blank = finding.status() == FindingStatus.NOT_ASSESSABLE
                    && finding.notAssessableReason().orElse(null) == NotAssessableReason.BLANK;
            for (CellInvolvement cell : finding.cells()) {
                if (finding.status() == FindingStatus.FAILED) {
                    add(failedRules, cell.cell(), rule);
                } else if (blank && !cell.isReported() && !(cell.value() instanceof CellValue.Unread)) {
                    add(blankRules, cell.cell(), rule);
                }
            }
            finding.culprit().ifPresent(suspect -> culprits.putIfAbsent(suspect.cell(), suspect));
        }
    }

    private static void add(Map<CellRef, List<String>> map, CellRef cell, String rule) {
        List<String> rules = map.computeIfAbsent(cell, c -> new ArrayList<>(2));
        if (!rules.contains(rule)) {
            rules.add(rule);
        }
    }

    /** The id of a cell's {@code <td>}. */
    static String id(CellRef cell) {
        return ID_PREFIX + cell;
    }

    @Override
    public void attributes(CellRef cell, CellValue value, Appendable out) throws IOException {
        out.append(" id=\"");
        Escapes.html(id(cell), out);
        out.append('"');
        String classes = classes(cell, value);
        if (!classes.isEmpty()) {
            out.append(" class=\"").append(classes).append('"');
        }
        String position = source.position(cell).orElse(null);
        List<String> rules = rules(cell);
        if (position == null && rules.isEmpty() && classes.isEmpty()) {
            return;
        }
        StringBuilder title = new StringBuilder(cell.describe(edition));
        if (position != null) {
            title.append('\n').append(texts.get("cell.printedAt")).append(": ").append(position);
            out.append(" data-source=\"");
            Escapes.html(position, out);
            out.append('"');
        }
        if (!rules.isEmpty()) {
            title.append('\n').append(texts.get("cell.rules")).append(": ").append(String.join(", ", rules));
        }
        out.append(" tabindex=\"0\" title=\"");
        Escapes.html(title, out);
        out.append('"');
    }

    private String classes(CellRef cell, CellValue value) {
        StringBuilder classes = new StringBuilder();
        if (failedRules.containsKey(cell)) {
            classes.append("failed");
        }
        if (culprits.containsKey(cell)) {
            classes.append(classes.isEmpty() ? "" : " ").append("culprit");
        }
        if (blankRules.containsKey(cell)) {
            classes.append(classes.isEmpty() ? "" : " ").append("blank-needed");
        }
        if (value instanceof CellValue.Unread) {
            classes.append(classes.isEmpty() ? "" : " ").append("unread");
        }
        return classes.toString();
    }

    private List<String> rules(CellRef cell) {
        List<String> rules = new ArrayList<>(failedRules.getOrDefault(cell, List.of()));
        rules.addAll(blankRules.getOrDefault(cell, List.of()));
        return rules;
    }

    @Override
    public void content(CellRef cell, CellValue value, String text, Appendable out) throws IOException {
        out.append("<span class=\"v\">");
        Escapes.html(text, out);
        out.append("</span>");
        Suspect culprit = culprits.get(cell);
        if (culprit != null) {
            out.append("<span class=\"mark\" aria-hidden=\"true\">✎</span><span class=\"fix\">→ <b>");
            Escapes.html(culprit.suggested().toString(), out);
            out.append("</b> <small>");
            Escapes.html(texts.get("confidence." + culprit.confidence().name()), out);
            out.append("</small></span>");
        } else if (failedRules.containsKey(cell)) {
            out.append("<span class=\"mark\" aria-hidden=\"true\">⚠</span>");
        } else if (blankRules.containsKey(cell)) {
            out.append("<span class=\"mark\" aria-hidden=\"true\">∅</span>");
        }
    }
}
