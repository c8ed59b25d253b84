package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReadingReport;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The one entry point the public reader calls: source format to tokens to result. */
public final class Engine {

    private Engine() {
    }

    /**
     * Reads a page. Its unpaired surrogates (and, in HTML, character references to one) are read as U+FFFD with
     * an {@link ReadingWarning.Code#UNPAIRED_SURROGATE} warning, first in the list: no such character reaches
     * the model.
     *
     * @param text the page
     * @param format its format
     * @param settings the reader's settings
     * @param maxGridCells the largest number of HTML grid cells accepted
     * @return the result
     */
    public static ReadResult read(String text, SourceFormat format, ReadSettings settings, int maxGridCells) {
        return read(text, format, settings, maxGridCells, null);
    }

    /**
     * Reads a document laid out by a {@link io.github.gongkai.reader.spi.DocumentReader}, as an HTML page is read.
     * Its text is cleaned as a page's is (unpaired surrogates as U+FFFD, with a warning); its reader's remarks are
     * the first warnings. A document remarked as cut short that holds no report or no table 三 fails as
     * {@link ReportReadException.Detail#PDF_CUT_SHORT}.
     *
     * @param document the document
     * @param format its format (PDF, DOCX or DOC)
     * @param settings the reader's settings
     * @return the result
     */
    public static ReadResult read(LaidOutDocument document, SourceFormat format, ReadSettings settings) {
        return read(null, format, settings, 0, document);
    }

    private static ReadResult read(String text, SourceFormat format, ReadSettings settings, int maxGridCells,
            LaidOutDocument document) {
        if (document != null) {
            DocumentText.Cleaned d = DocumentText.clean(document);
            ReadResult read;
            try {
                read = withSurrogateWarning(Interpreter.read(DocumentSource.page(d.document(), format, true),
                        settings.forDocument()), d.replaced(), d.first());
            } catch (ReportReadException e) {
                throw cutShort(e, document.remarks());
            }
            return withRemarks(read, document.remarks());
        }
        // A page of the size of a report is lexed once; a larger one once per pass, so that memory stays flat.
        boolean keep = text.length() <= settings.keptPageChars();
        Characters.Cleaned cleaned;
        Page page;
        if (format == SourceFormat.HTML) {
            cleaned = Characters.replaceUnpairedSurrogates(text, true);
            page = Sources.html(cleaned.text(), maxGridCells, keep);
        } else {
            char[] cs = text.toCharArray();
            cleaned = Characters.replaceUnpairedSurrogates(cs);
            String clean = cleaned.replaced() == 0 ? text : new String(cs);
            page = format == SourceFormat.TEXT ? Sources.text(clean, cs, keep, cleaned.tabs())
                    : Sources.markdown(clean, cs, keep, cleaned.tabs());
            if (!cleaned.controls()) {
                page.controlFree();
            }
        }
        return withSurrogateWarning(Interpreter.read(page, settings), cleaned.replaced(), cleaned.first());
    }

    /**
     * The failure of a document its reader remarked was cut short ({@link ReadingWarning.Detail#PDF_CUT_SHORT}):
     * holding no report or no table 三, it fails as {@link ReportReadException.Detail#PDF_CUT_SHORT}, the failure
     * its cause, as the missing end is the likely reason; any other failure is what it says.
     */
    private static ReportReadException cutShort(ReportReadException e, List<ReadingWarning> remarks) {
        boolean noReport = e.reason() == ReportReadException.Reason.NOT_A_REPORT
                || e.reason() == ReportReadException.Reason.NO_APPLICATIONS_TABLE;
        if (!noReport || remarks.stream().noneMatch(r -> r.detail() == ReadingWarning.Detail.PDF_CUT_SHORT)) {
            return e;
        }
        return new ReportReadException(ReportReadException.Detail.PDF_CUT_SHORT, List.of(e.message(Locale.ENGLISH)),
                e.position().orElse(null), e);
    }

    /** The document reader's remarks as warnings, first. */
    private static ReadResult withRemarks(ReadResult result, List<ReadingWarning> remarks) {
        if (remarks.isEmpty()) {
            return result;
        }
        ReadingReport r = result.reading();
        List<ReadingWarning> warnings = new ArrayList<>(r.warnings().size() + remarks.size());
        for (ReadingWarning remark : remarks) {
            warnings.add(new ReadingWarning(remark.code(), remark.detail(),
                    remark.arguments().stream().map(Characters::withoutControls).toList(), remark.position(),
                    remark.cell()));
        }
        warnings.addAll(r.warnings());
        return new ReadResult(result.report(), new ReadingReport(r.format(), r.edition(), r.cellsRead(),
                r.blankCells(), r.ambiguities(), r.notFound(), warnings));
    }

    private static ReadResult withSurrogateWarning(ReadResult result, int replaced, SourcePosition first) {
        if (replaced == 0) {
            return result;
        }
        ReadingReport r = result.reading();
        List<ReadingWarning> warnings = new ArrayList<>(r.warnings().size() + 1);
        warnings.add(ReadingWarning.of(ReadingWarning.Detail.SURROGATES_REPLACED, List.of(Integer.toString(replaced)),
                Optional.of(first), Optional.empty()));
        warnings.addAll(r.warnings());
        return new ReadResult(result.report(), new ReadingReport(r.format(), r.edition(), r.cellsRead(),
                r.blankCells(), r.ambiguities(), r.notFound(), warnings));
    }
}
