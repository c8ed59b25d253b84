package io.github.gongkai.reader.pdf.internal;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourcePosition;
import io.github.gongkai.reader.spi.DocumentLimits;
import io.github.gongkai.reader.spi.LaidOutDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Lays a PDF out, page by page ({@link PageEngine}, {@link PageLayout}), within the limits, and turns every way a
 * PDF can fail into a {@link ReportReadException} that names it.
 */
public final class PdfLayout {

    private PdfLayout() {
    }

    /**
     * Lays a PDF out.
     *
     * @param bytes the file
     * @param limits what it may cost
     * @return its blocks, page by page, with a {@link ReadingWarning.Detail#PDF_CUT_SHORT} remark for a PDF cut
     *     short ({@link PdfEnd#cutShort}) whose pages lay out
     * @throws ReportReadException if it is damaged, protected, a scan, or exceeds a limit; for a PDF cut short
     *     that is damaged or has no text, {@link ReportReadException.Detail#PDF_CUT_SHORT}
     */
    public static LaidOutDocument read(byte[] bytes, DocumentLimits limits) {
        try {
            return layOut(bytes, limits);
        } catch (ReportReadException e) {
            // A file cut short fails in whatever part is missing (no page, no text, fonts, objects): say so first,
            // rather than call it a scan or a damaged font. Limits and passwords are what they say.
            ReportReadException.Reason reason = e.reason();
            if ((reason == ReportReadException.Reason.UNREADABLE_INPUT
                    || reason == ReportReadException.Reason.NO_TEXT_LAYER) && PdfEnd.cutShort(bytes)) {
                throw failure(ReportReadException.Detail.PDF_CUT_SHORT, e, e.message(Locale.ENGLISH));
            }
            throw e;
        }
    }

    private static LaidOutDocument layOut(byte[] bytes, DocumentLimits limits) {
        long deadline = limits.deadline();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw failure(ReportReadException.Detail.PDF_TOO_MANY_PAGES, null, Integer.toString(pages),
                        Integer.toString(limits.maxPages()));
            }
            if (pages == 0) {
                throw failure(ReportReadException.Detail.PDF_DAMAGED, null, "it has no page");
            }
            return laidOut(doc, limits, deadline, PdfEnd.cutShort(bytes));
        } catch (InvalidPasswordException e) {
            throw failure(ReportReadException.Detail.PDF_PASSWORD, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReportReadException r) {
                throw r;
            }
            throw failure(ReportReadException.Detail.PDF_DAMAGED, e, String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            // PDFBox parses nested objects recursively; a hostile file nests them deeper than any stack.
            throw failure(ReportReadException.Detail.PDF_TOO_DEEP, null);
        }
    }

    /**
     * Lays out the pages of a loaded PDF; remarks that it is cut short ({@code cut}) and that its text lies over page
     * images, where it does.
     */
    private static LaidOutDocument laidOut(PDDocument doc, DocumentLimits limits, long deadline, boolean cut)
            throws IOException {
        int[] charsLeft = {limits.maxTextChars()};
        List<LaidOutDocument.Block> blocks = new ArrayList<>();
        int glyphs = 0;
        int unmapped = 0;
        int images = 0;
        int ocrPages = 0;
        int number = 0;
        long[] expandedLeft = {limits.maxExpandedBytes()};
        for (PDPage page : doc.getPages()) {
            number++;
            expand(page, number, expandedLeft);
            PageContent content = PageEngine.read(page, number, deadline, charsLeft);
            glyphs += content.glyphs().size();
            unmapped += (int) content.glyphs().stream().filter(g -> g.text().equals("\uFFFD")).count();
            images += content.images();
            ocrPages += content.images() > 0 && content.invisible() * 2 > content.glyphs().size() ? 1 : 0;
            blocks.addAll(PageLayout.blocks(content));
        }
        if (glyphs == 0) {
            throw images > 0
                    ? failure(ReportReadException.Detail.PDF_ONLY_IMAGES, null, Integer.toString(number),
                            Integer.toString(images))
                    : failure(ReportReadException.Detail.PDF_NO_TEXT, null, Integer.toString(number));
        }
        if (unmapped * 2 > glyphs) {
            throw failure(ReportReadException.Detail.PDF_FONTS_UNMAPPED, null, Integer.toString(unmapped),
                    Integer.toString(glyphs));
        }
        List<ReadingWarning> remarks = new ArrayList<>(2);
        if (cut) {
            remarks.add(remark(ReadingWarning.Detail.PDF_CUT_SHORT, Integer.toString(number)));
        }
        if (ocrPages > 0) {
            remarks.add(remark(ReadingWarning.Detail.TEXT_OVER_PAGE_IMAGES, Integer.toString(ocrPages),
                    Integer.toString(number)));
        }
        return LaidOutDocument.of(blocks, remarks);
    }

    private static ReadingWarning remark(ReadingWarning.Detail detail, String... arguments) {
        return ReadingWarning.of(detail, List.of(arguments), Optional.empty(), Optional.empty());
    }

    /**
     * Counts what a page's content streams decompress to against what is left of the limit, before they are
     * parsed: a stream that inflates a few kilobytes to gigabytes (a decompression bomb) fails here, in bounded
     * memory, instead of being parsed for the whole time limit.
     */
    private static void expand(PDPage page, int number, long[] left) throws IOException {
        Iterator<PDStream> streams = page.getContentStreams();
        byte[] buffer = new byte[8192];
        while (streams.hasNext()) {
            try (InputStream in = streams.next().createInputStream()) {
                int read;
                // read, not skip: some of PDFBox's streams skip past their end without saying so
                while ((read = in.read(buffer)) > 0) {
                    left[0] -= read;
                    if (left[0] < 0) {
                        throw new ReportReadException(ReportReadException.Detail.PDF_CONTENT_TOO_LARGE,
                                List.of(Integer.toString(number)), SourcePosition.pageArea(number, 0, 0, 0, 0), null);
                    }
                }
            }
        }
    }

    /** A failure concerning the whole PDF. */
    private static ReportReadException failure(ReportReadException.Detail detail, Throwable cause,
            String... arguments) {
        return new ReportReadException(detail, List.of(arguments), null, cause);
    }
}
