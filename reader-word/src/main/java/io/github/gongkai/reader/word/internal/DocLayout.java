package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.spi.LaidOutDocument;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;

/**
 * Lays out a Word 97–2003 {@code .doc} with POI's HWPF: the main text's paragraphs in order, a run of
 * paragraphs in a table as a table ({@link DocTables}). Headers, footers, footnotes and text boxes are other
 * stories of the file and are not read. HWPF recovers tables from paragraph flags; when a table cannot be
 * recovered, it and every later table are given as their paragraphs' text instead, so nothing is lost.
 */
final class DocLayout {

    static final String FORMAT = "DOC";

    private DocLayout() {
    }

    static LaidOutDocument read(HWPFDocument document, WordLayout layout) {
        try {
            walk(document.getRange(), layout);
            return layout.document();
        } catch (ReportReadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Failures.damaged("DOC_TEXT", e);
        }
    }

    private static void walk(Range range, WordLayout layout) {
        boolean tables = true;
        int count = range.numParagraphs();
        int i = 0;
        while (i < count) {
            layout.checkTime();
            Paragraph paragraph = range.getParagraph(i);
            int taken = tables && paragraph.isInTable() ? table(range, paragraph, layout) : 0;
            if (taken > 0) {
                i += taken;
                continue;
            }
            tables &= !paragraph.isInTable(); // a table that could not be recovered: keep its text
            layout.text(DocText.visible(paragraph.text()));
            i++;
        }
    }

    /** Lays out the table starting at a paragraph; returns its paragraphs' count, or 0 if it cannot be recovered. */
    private static int table(Range range, Paragraph first, WordLayout layout) {
        Table table;
        try {
            table = range.getTable(first);
        } catch (RuntimeException e) {
            return 0;
        }
        int paragraphs = table.numParagraphs();
        return DocTables.table(table, layout) && paragraphs > 0 ? paragraphs : 0;
    }
}
