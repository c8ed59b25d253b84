package io.github.gongkai.reader.word.internal;

import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The text a {@code .docx} paragraph prints, run by run: text, tabs, line breaks and non-breaking hyphens, in
 * order; field codes, deleted text and text boxes are not printed. POI's {@code XWPFParagraph.getText()} gives the
 * same text but walks each run with an XPath query (and another for phonetic guides), which made laying out a
 * report half as slow again as parsing it; a cursor over the run's children does it without a query.
 */
final class RunText {

    private RunText() {
    }

    static String of(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                if (!run.getCTR().isSetRsidDel()) {
                    append(run.getCTR(), text);
                }
            } else if (element instanceof XWPFSDT control) {
                text.append(control.getContent().getText());
            }
        }
        return text.toString();
    }

    private static void append(CTR run, StringBuilder text) {
        try (XmlCursor cursor = run.newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                switch (cursor.getName().getLocalPart()) {
                    case "t" -> text.append(cursor.getTextValue());
                    case "tab", "ptab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "noBreakHyphen" -> text.append('-');
                    default -> {
                        // Properties, field codes (instrText), deleted text, drawings and text boxes print no text here.
                    }
                }
            }
        }
    }
}
