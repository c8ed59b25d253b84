package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.ReportReadException.Detail;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Lays out a {@code .docx} with POI's XWPF: the body's paragraphs and tables in document order, including those
 * inside block content controls ({@code w:sdt}), which POI keeps only as flat text and which are therefore walked
 * from their XML. Headers, footers, footnotes and text boxes are not read: they hold no table of the report.
 */
final class DocxLayout {

    static final String FORMAT = "DOCX";

    private DocxLayout() {
    }

    static LaidOutDocument read(byte[] bytes, DocumentLimits limits) {
        WordLayout layout = new WordLayout(FORMAT, limits, limits.deadline());
        PackageScan.scan(bytes, limits.maxExpandedBytes(), layout);
        XWPFDocument document = open(bytes);
        try {
            walk(document, layout);
            return layout.document();
        } catch (ReportReadException e) {
            throw e;
        } catch (RuntimeException e) {
            // POI reads parts of the XML lazily: a damaged value surfaces only when it is asked for.
            throw Failures.damaged("DOCX_PART", e);
        } catch (StackOverflowError e) {
            // The package scan bounds the nesting that POI builds by recursion; this is the last guard.
            throw Failures.of(Detail.WORD_TOO_DEEP, FORMAT);
        } finally {
            close(document);
        }
    }

    private static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw Failures.of(Detail.WORD_ENCRYPTED, FORMAT);
        } catch (IOException | RuntimeException e) {
            throw Failures.damaged(FORMAT, e);
        } catch (StackOverflowError e) {
            throw Failures.of(Detail.WORD_TOO_DEEP, FORMAT);
        }
    }

    private static void close(XWPFDocument document) {
        try {
            document.close();
        } catch (IOException | RuntimeException e) {
            // A package read from memory holds no file or stream: there is nothing a failed close leaves open.
        }
    }

    private static void walk(XWPFDocument document, WordLayout layout) {
        int contentControls = 0;
        for (IBodyElement element : document.getBodyElements()) {
            layout.checkTime();
            if (element instanceof XWPFParagraph paragraph) {
                layout.text(RunText.of(paragraph));
            } else if (element instanceof XWPFTable table) {
                DocxTables.table(table, layout);
            } else if (element instanceof XWPFSDT) {
                // POI makes one XWPFSDT per w:sdt child of the body, in order, but keeps no table of it.
                CTSdtBlock block = document.getDocument().getBody().getSdtArray(contentControls++);
                contentControl(block, document, layout, 1);
            }
        }
    }

    /** A block content control's paragraphs, tables and nested controls, in order. */
    private static void contentControl(CTSdtBlock block, XWPFDocument document, WordLayout layout, int depth) {
        if (depth > WordLayout.MAX_TABLE_DEPTH) {
            throw Failures.of(Detail.WORD_CONTROLS_TOO_DEEP, FORMAT, WordLayout.MAX_TABLE_DEPTH);
        }
        CTSdtContentBlock content = block.getSdtContent();
        if (content == null) {
            return;
        }
        try (XmlCursor cursor = content.newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                layout.checkTime();
                XmlObject child = cursor.getObject();
                if (child instanceof CTP p) {
                    layout.text(RunText.of(new XWPFParagraph(p, document)));
                } else if (child instanceof CTTbl t) {
                    DocxTables.table(new XWPFTable(t, document), layout);
                } else if (child instanceof CTSdtBlock nested) {
                    contentControl(nested, document, layout, depth + 1);
                }
            }
        }
    }
}
