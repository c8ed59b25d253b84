package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.ReportReadException.Detail;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hpsf.HPSFException;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what an OLE2 compound file is, by its streams, and lays it out if it is a Word document: an encrypted
 * Office Open XML package ({@code EncryptionInfo}) or an encrypted {@code .doc} is {@code PASSWORD_PROTECTED}; an
 * Excel workbook ({@code Workbook}, {@code Book}) or a PowerPoint presentation is {@code UNSUPPORTED_FORMAT}, and so
 * is a WPS (Kingsoft) document that HWPF cannot read; a damaged file is {@code UNREADABLE_INPUT}.
 */
final class CompoundFiles {


    private CompoundFiles() {
    }

    static LaidOutDocument read(byte[] bytes, DocumentLimits limits) {
        POIFSFileSystem file;
        try {
            file = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw Failures.damaged("COMPOUND", e);
        }
        DirectoryNode root = file.getRoot();
        if (root.hasEntry("EncryptionInfo")) {
            throw Failures.of(Detail.OOXML_ENCRYPTED);
        }
        if (root.hasEntry("WordDocument")) {
            HWPFDocument document = open(root);
            return DocLayout.read(document, new WordLayout(DocLayout.FORMAT, limits, limits.deadline()));
        }
        if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
            throw Failures.of(Detail.EXCEL_WORKBOOK);
        }
        if (root.hasEntry("PowerPoint Document")) {
            throw Failures.of(Detail.POWERPOINT_PRESENTATION);
        }
        throw Failures.of(isWps(root) ? Detail.WPS_NOT_A_WORD_DOCUMENT : Detail.NOT_A_WORD_DOCUMENT, names(root));
    }

    private static HWPFDocument open(DirectoryNode root) {
        try {
            return new HWPFDocument(root);
        } catch (EncryptedDocumentException e) {
            throw Failures.of(Detail.WORD_ENCRYPTED, DocLayout.FORMAT);
        } catch (OldFileFormatException e) {
            throw Failures.of(Detail.WORD_95);
        } catch (IOException | RuntimeException e) {
            if (isWps(root)) {
                throw Failures.of(Detail.WPS_UNREADABLE, e.getClass().getSimpleName());
            }
            throw Failures.damaged(DocLayout.FORMAT, e);
        }
    }

    /** Whether the file's summary names WPS (Kingsoft) as the program that wrote it. */
    private static boolean isWps(DirectoryNode root) {
        try {
            if (!root.hasEntry(SummaryInformation.DEFAULT_STREAM_NAME)) {
                return false;
            }
            Object set = PropertySetFactory.create(root, SummaryInformation.DEFAULT_STREAM_NAME);
            String application = set instanceof SummaryInformation summary ? summary.getApplicationName() : null;
            return application != null && (application.contains("WPS") || application.contains("Kingsoft"));
        } catch (IOException | HPSFException | RuntimeException e) {
            return false; // an unreadable summary names no program
        }
    }

    private static String names(DirectoryNode root) {
        List<String> names = new ArrayList<>();
        for (Entry entry : root) {
            if (names.size() == 8) {
                names.add("…");
                break;
            }
            names.add(entry.getName().replaceAll("\\p{Cntrl}", "?"));
        }
        return String.join(", ", names);
    }
}
