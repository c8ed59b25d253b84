package io.github.gongkai.browser;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.render.CheckedReportPage;
import io.github.gongkai.render.IndexEntry;
import io.github.gongkai.render.PageSource;
import io.github.gongkai.render.ReportIndexPage;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages the browsers open, written once into {@code target/browser-pages}: the seed's checked page (the 2021
 * report of 凉山州经济和信息化局, from render's copy of the shared seed page) and a copy with one cell of table 三
 * typed wrong, each in Chinese and English; a copy whose organ's name is markup; and the index of a small batch.
 */
final class PageFiles {

    /** The cell the broken copy changes: 三（一）予以公开 / 自然人, printed 0, typed 10. */
    static final CellRef BROKEN_CELL = CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON);
    /** An organ's name that is markup and script. */
    static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    static final Path FOLDER = Path.of("target/browser-pages").toAbsolutePath();
    private static final Path SEED = Path.of("../render/src/test/resources/golden/seed.txt");
    private static final ReportValidator VALIDATOR = ReportValidator.standard();

    private static final ReadResult READ = read();
    private static final boolean WRITTEN = writeAll();

    private PageFiles() {
    }

    /** The file URL of a page of the folder, such as {@code broken-zh.html}. */
    static String url(String name) {
        if (!WRITTEN) {
            throw new IllegalStateException("the pages were not written");
        }
        return FOLDER.resolve(name).toUri().toString();
    }

    static Report seed() {
        return READ.report();
    }

    static long seedValue() {
        return ((CellValue.Count) seed().get(BROKEN_CELL)).value();
    }

    static Report broken() {
        return seed().with(BROKEN_CELL, CellValue.Count.of(seedValue() + 10));
    }

    private static ReadResult read() {
        try {
            return ReportReader.standard().read(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PageSource source() {
        Map<CellRef, String> positions = new HashMap<>();
        for (Provenance provenance : READ.reading().cellsRead()) {
            positions.put(provenance.cell(), provenance.position().toString());
        }
        return PageSource.of("000_5f5cda31151d78ea.txt").withReading(READ.reading().summary())
                .withPositions(positions);
    }

    private static boolean writeAll() {
        try {
            Files.createDirectories(FOLDER);
            Report hostile = seed().toBuilder().organName(HOSTILE).reportYear(2020).build();
            Report county = broken().toBuilder().organName("某县人民政府").build();
            Report county2019 = county.toBuilder().reportYear(2019).build();
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                String lang = locale.getLanguage();
                page("seed-" + lang + ".html", seed(), locale);
                page("broken-" + lang + ".html", broken(), locale);
            }
            page("hostile.html", hostile, Locale.ENGLISH);
            List<IndexEntry> entries = new ArrayList<>();
            entries.add(IndexEntry.checked("a/seed.txt", "seed-en.html", seed(), VALIDATOR.validate(seed())));
            entries.add(IndexEntry.checked("b/county-2021.txt", "broken-en.html", county, VALIDATOR.validate(county)));
            entries.add(IndexEntry.checked("b/county-2019.txt", null, county2019, VALIDATOR.validate(county2019)));
            entries.add(IndexEntry.checked(HOSTILE + ".txt", "hostile.html", hostile, VALIDATOR.validate(hostile)));
            entries.add(IndexEntry.unreadable("d/scan.pdf", "NO_TEXT_LAYER: the PDF has no text layer"));
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                Files.writeString(FOLDER.resolve("index-" + locale.getLanguage() + ".html"),
                        ReportIndexPage.of(locale).render(entries), StandardCharsets.UTF_8);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(String name, Report report, Locale locale) throws IOException {
        ValidationResult result = VALIDATOR.validate(report);
        Files.writeString(FOLDER.resolve(name), CheckedReportPage.of(locale).render(report, result, source()),
                StandardCharsets.UTF_8);
    }
}
