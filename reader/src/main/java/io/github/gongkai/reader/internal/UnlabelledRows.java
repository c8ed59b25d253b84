package io.github.gongkai.reader.internal;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadingWarning;
import static io.github.gongkai.reader.internal.Pieces.rawOf;
import java.util.List;
import java.util.Optional;

/**
 * Finds the row of table 三 a run of numbers belongs to when the end of the label before it names none: by a
 * fragment of a row's label, by a label with characters missing, or by a label standing detached from its
 * numbers. Each considers only the next row in printed order, so that the order confirms what the text
 * suggests. Reads which rows are placed from the array {@link TableRows} keeps.
 */
final class UnlabelledRows {

    private final Edition edition;
    private final Labels labels;
    private final Warnings warnings;
    /** The text of table 三 read so far, for detached labels. */
    private final StringBuilder t3Text;
    /** Which rows of table 三 are placed, by ordinal: {@link TableRows}' array, read only here. */
    private final boolean[] assigned;

    UnlabelledRows(Edition edition, Labels labels, Warnings warnings, StringBuilder t3Text, boolean[] assigned) {
        this.edition = edition;
        this.labels = labels;
        this.warnings = warnings;
        this.t3Text = t3Text;
        this.assigned = assigned;
    }

    /** The row a run's label names, with how it was found when not by its label's end. */
    record Labelled(ApplicationRow row, Provenance.Note note, boolean detached) {
    }

    /**
     * The row of a run whose label's end names none: by a fragment of a label, by a label with characters
     * missing (each with a warning), or, with no label text at all, by a detached label; null if none.
     *
     * @param run the run
     * @param labelKeys the label texts before it, oldest first
     * @param labelInRow whether the last of them stands in the run's own row ({@link TableRows#t3Run})
     * @param next the index in printed order of the row after the last one read
     * @return the row and how it was found, or null
     */
    Labelled find(Run run, List<String> labelKeys, boolean labelInRow, int next) {
        ApplicationRow row = byFragment(labelKeys, labelInRow, next);
        boolean gapped = row == null && (row = byGappedLabel(labelKeys, next)) != null;
        if (row != null) {
            String fragment = labelKeys.get(labelKeys.size() - 1);
            warnings.add(ReadingWarning.of(gapped ? ReadingWarning.Detail.LABEL_WITH_CHARACTERS_MISSING
                    : ReadingWarning.Detail.LABEL_FROM_FRAGMENT,
                    List.of(rawOf(run), row.qualifiedLabel(), fragment), Optional.of(run.first()),
                    Optional.of(CellRef.of(row, ApplicantColumn.NATURAL_PERSON))));
            return new Labelled(row, Provenance.Note.of(gapped ? Provenance.Note.Kind.LABEL_WITH_CHARACTERS_MISSING
                    : Provenance.Note.Kind.LABEL_FROM_FRAGMENT, fragment), false);
        }
        if (labelKeys.isEmpty()) {
            row = byDetachedLabel(next);
            if (row != null) {
                return new Labelled(row, Provenance.Note.of(Provenance.Note.Kind.LABEL_DETACHED), true);
            }
        }
        return null;
    }

    /**
     * The next row in printed order, when a label text before the numbers is a fragment of its label and of no
     * row read before it. Only the next row is considered, as for a gapped or a detached label: a fragment
     * names a row only where the order confirms it (with rows printed without their numbers in between, a
     * fragment of a later row's label would take numbers that are not its). The texts are tried from the last
     * back (a label broken over lines ends in a piece several rows share), but not past a last text in the run's
     * own row that is in no row's label: that text is the row's label, one the reader does not know
     * ({@code 3.补正后申请内容仍不明确（注）}), and an older text would name another row.
     */
    private ApplicationRow byFragment(List<String> labelKeys, boolean labelInRow, int next) {
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        for (int k = labelKeys.size() - 1; k >= 0; k--) {
            String frag = labels.pieceOfALabel(labelKeys.get(k));
            if (frag.length() < 4) {
                continue;
            }
            if (labelInRow && k == labelKeys.size() - 1 && !labels.inSomeT3Label(frag)) {
                return null;
            }
            boolean anyUnread = false;
            for (ApplicationRow row : rows) {
                anyUnread |= !assigned[row.ordinal()] && labels.t3Full[row.ordinal()].contains(frag);
            }
            if (anyUnread) {
                ApplicationRow row = next < rows.size() ? rows.get(next) : null;
                boolean named = row != null && !assigned[row.ordinal()]
                        && labels.t3Full[row.ordinal()].contains(frag);
                return named && laterTextsBelongTo(row, labelKeys, k) ? row : null;
            }
        }
        return null;
    }

    /**
     * Whether the texts after the one a row was found by, up to the numbers, are pieces of that row's label or
     * of its group's (or hold no letter, digit or ideograph): the label broken over lines. A text that is not,
     * between them, is the start of another row's label printed above its numbers ({@code 保护第三方合法权益} /
     * {@code 予公开 5.属} / numbers / {@code 于三类内部事务信息}, as a PDF's text laid out by columns prints a row
     * whose label wraps): the fragment is then the end of the row before, and the numbers are not its.
     */
    private boolean laterTextsBelongTo(ApplicationRow row, List<String> labelKeys, int k) {
        for (int j = k + 1; j < labelKeys.size(); j++) {
            String text = Labels.withoutTrailingNoise(Text.stripMarkers(labelKeys.get(j)));
            if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (!labels.t3Full[row.ordinal()].contains(text) && !labels.t3Group[row.ordinal()].contains(text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The next row in printed order, when the label printed before the numbers is that row's label with a few
     * characters missing (a font that lost glyphs: {@code 2.其他法律行政止公开} for 其他法律行政法规禁止公开): its
     * characters appear in the label in order, it keeps at least 70 % of them, and it begins and ends as the label
     * does. Only the next row is considered, so that the printed order confirms what the characters suggest.
     */
    private ApplicationRow byGappedLabel(List<String> labelKeys, int next) {
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        if (labelKeys.isEmpty() || next >= rows.size()) {
            return null;
        }
        ApplicationRow row = rows.get(next);
        String full = labels.t3Full[row.ordinal()];
        String printed = Text.stripMarkers(labelKeys.get(labelKeys.size() - 1));
        if (assigned[row.ordinal()] || printed.length() < 6 || printed.length() >= full.length()
                || printed.length() * 10 < full.length() * 7 || !full.startsWith(printed.substring(0, 2))
                || !full.endsWith(printed.substring(printed.length() - 2))) {
            return null;
        }
        int k = 0;
        for (int i = 0; i < full.length() && k < printed.length(); i++) {
            if (full.charAt(i) == printed.charAt(k)) {
                k++;
            }
        }
        return k == printed.length() ? row : null;
    }

    /** The next row in printed order, if its full label stands in the table's text without numbers. */
    private ApplicationRow byDetachedLabel(int next) {
        List<ApplicationRow> rows = ApplicationRow.rows(edition);
        if (next >= rows.size()) {
            return null;
        }
        ApplicationRow row = rows.get(next);
        String full = labels.t3Full[row.ordinal()];
        if (assigned[row.ordinal()] || full.length() < 4 || t3Text.indexOf(full) < 0) {
            return null;
        }
        return row;
    }
}
