package io.github.gongkai.reader.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicationGroup;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.testkit.ReportSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the test PDFs themselves, independently of the PDF reader: with PDFBox's own text extraction, every
 * line drawn and every number printed is in the text layer on its page, every row label in one piece where the
 * layout does not wrap labels; pages are A4, fonts embedded; the quirks of each layout are there. Renders the
 * pages of a report of each edition in each layout to {@code target/pdf-layouts/} to be looked at.
 */
class PdfReportsTest {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Path PNG_DIR = Path.of("target", "pdf-layouts");

    static List<Layout> layouts() {
        return Layout.all();
    }

    /** Reports of both editions, small enough to be read in a PNG and with most cells not zero. */
    static List<Report> reports() {
        List<Report> reports = new ArrayList<>();
        for (Edition edition : Edition.values()) {
            ReportGenerator generator = ReportGenerator.builder().edition(edition).size(ReportSize.SMALL).build();
            SplittableRandom random = new SplittableRandom(0x9df_15L + edition.ordinal());
            for (int i = 0; i < 6; i++) {
                reports.add(generator.generate(random.split()));
            }
        }
        return reports;
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyLineAndNumberIsInTheTextLayerOnItsPage(Layout layout) throws IOException {
        for (Report report : reports()) {
            PdfReports.Rendered rendered = PdfReports.render(report, layout, 7);
            try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
                assertEquals(rendered.pages(), pdf.getNumberOfPages());
                List<String> pages = pageTexts(pdf);
                for (PdfCanvas.Drawn drawn : rendered.drawn()) {
                    assertTrue(compact(pages.get(drawn.page() - 1)).contains(compact(drawn.text())),
                            () -> layout + ": \"" + drawn.text() + "\" not in the text of page " + drawn.page());
                }
                for (int p = 1; p <= pages.size(); p++) {
                    assertNumbersOnPage(rendered, p, pages.get(p - 1));
                }
                if (!layout.has(Layout.Feature.WRAPPED_LABELS)) {
                    String all = compact(String.join("", pages));
                    for (String label : rowLabels(report.edition())) {
                        assertTrue(all.contains(compact(label)), () -> layout + ": label " + label + " not in one piece");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void pagesAreA4AndFontsEmbedded(Layout layout) throws IOException {
        PdfReports.Rendered rendered = PdfReports.render(reports().get(0), layout, 7);
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            int cjk = 0;
            for (PDPage page : pdf.getPages()) {
                assertEquals(595f, page.getMediaBox().getWidth(), 0.5f);
                assertEquals(842f, page.getMediaBox().getHeight(), 0.5f);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font instanceof PDType0Font) {
                        assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
                        cjk += font.getName().contains("+") ? 1 : 0;
                    }
                }
            }
            assertTrue(cjk > 0, "no embedded subset font");
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void eachLayoutHasItsQuirks(Layout layout) {
        PdfReports.Rendered rendered = PdfReports.render(reports().get(0), layout, 7);
        List<Integer> t3Pages = rendered.applicationsPages();
        boolean broken = layout.has(Layout.Feature.BROKEN_ACROSS_PAGES);
        assertEquals(broken ? 2 : 1, t3Pages.size(), () -> layout + ": table 三 on pages " + t3Pages);
        long headers = rendered.drawn().stream().filter(d -> d.text().equals("申请人情况")).count();
        assertEquals(layout.has(Layout.Feature.REPEATED_HEADER) ? 2 : 1, headers);
        long footers = rendered.drawn().stream().filter(d -> d.text().matches("-[0-9]+-")).count();
        assertEquals(rendered.pages(), footers);
        List<String> lines = rendered.drawn().stream().map(PdfCanvas.Drawn::text).toList();
        if (layout.has(Layout.Feature.VERTICAL_GROUP_LABEL)) {
            assertTrue(lines.containsAll(List.of("本", "年", "度", "办", "理", "结", "果")), lines::toString);
        }
        assertEquals(layout.has(Layout.Feature.SPLIT_HEADER_WORDS), lines.contains("总 计") && lines.contains("结"));
        if (layout.has(Layout.Feature.WRAPPED_LABELS)) {
            assertNumberBetweenLabelLines(rendered);
        }
    }

    /** The number of a wrapped row stands on its own baseline, between the first and last line of the label. */
    private static void assertNumberBetweenLabelLines(PdfReports.Rendered rendered) {
        CellRef ref = CellRef.of(ApplicationRow.PARTIALLY_DISCLOSED,
                io.github.gongkai.core.ApplicantColumn.NATURAL_PERSON);
        PrintedCell cell = rendered.cells().get(ref);
        List<PdfCanvas.Drawn> label = rendered.drawn().stream()
                .filter(d -> d.page() == cell.page() && cell.cell().centreY() - d.box().centreY() < 30
                        && d.box().centreY() - cell.cell().centreY() < 30 && d.box().x() < cell.cell().x()
                        && (d.text().startsWith("（二）部分公开") || d.text().endsWith("情形）")))
                .toList();
        assertTrue(label.size() >= 2, () -> "partiallyDisclosed label not wrapped: " + label);
        double first = label.get(0).box().centreY();
        double last = label.get(label.size() - 1).box().centreY();
        double number = cell.cell().centreY();
        assertTrue(first < number && number < last, () -> label + " around " + cell);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void rendersThePagesToPng(Layout layout) throws IOException {
        Files.createDirectories(PNG_DIR);
        for (int edition = 0; edition < 2; edition++) {
            PdfReports.Rendered rendered = PdfReports.render(reports().get(edition * 6 + 1), layout, 7);
            try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
                for (int page = 1; page <= rendered.pages(); page++) {
                    Path png = PNG_DIR.resolve(layout + "-" + rendered.report().edition().key() + "-p" + page + ".png");
                    PngPages.write(pdf, page, 100, png);
                    assertTrue(Files.size(png) > 10_000, png::toString);
                }
            }
        }
    }

    /** Every number printed on a page is among the numbers in the page's text, as many times. */
    private static void assertNumbersOnPage(PdfReports.Rendered rendered, int page, String text) {
        Map<String, Integer> found = new HashMap<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.merge(m.group(), 1, Integer::sum);
        }
        for (PrintedCell cell : rendered.cells().values()) {
            if (cell.page() != page || cell.printed().isEmpty()) {
                continue;
            }
            Matcher n = NUMBER.matcher(cell.printed());
            assertTrue(n.find(), cell::toString);
            int left = found.merge(n.group(), -1, Integer::sum);
            assertTrue(left >= 0, () -> rendered.layout() + ": " + cell + " not in the text of page " + page);
        }
    }

    /** The labels that must come out in one piece where labels do not wrap. */
    private static List<String> rowLabels(Edition edition) {
        List<String> labels = new ArrayList<>();
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            if (row.existsIn(edition)) {
                labels.add(row.label(edition));
                labels.add(row.block());
                row.columns(edition).stream().map(c -> c.label(edition)).forEach(labels::add);
            }
        }
        ApplicationRow.rows(edition).forEach(r -> labels.add(r.label(edition)));
        for (ApplicationGroup group : ApplicationGroup.values()) {
            if (group.existsIn(edition)) {
                labels.add(group.label());
            }
        }
        labels.add(ActiveDisclosureColumn.AMOUNT.existsIn(edition) ? "本年收费金额（单位：万元）" : "采购总金额");
        return labels;
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
