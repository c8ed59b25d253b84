package io.github.gongkai.render;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.Provenance;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pages the tests look at: the seed's (the 2021 report of 凉山州经济和信息化局, read from the golden
 * directory's copy of the seed page, with where each cell was printed) and a copy with one cell of table 三
 * changed by a digit, which the validator names as the culprit.
 */
final class CheckedPages {

    /** The cell the broken copy changes: 三（一）予以公开 / 自然人. */
    static final CellRef BROKEN_CELL = CellRef.of(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON);

    private static final ReadResult SEED = read();

    private CheckedPages() {
    }

    private static ReadResult read() {
        try {
            return ReportReader.standard().read(GoldenFilesTest.GOLDEN.resolve("seed.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed report as read. */
    static Report seed() {
        return SEED.report();
    }

    /** The seed's source: its file name, how it was read and where each cell was printed. */
    static PageSource seedSource() {
        Map<CellRef, String> positions = new HashMap<>();
        for (Provenance provenance : SEED.reading().cellsRead()) {
            positions.put(provenance.cell(), provenance.position().toString());
        }
        return PageSource.of("000_5f5cda31151d78ea.txt").withReading(SEED.reading().summary())
                .withPositions(positions);
    }

    /** The printed value of the broken cell in the seed. */
    static long seedValue() {
        return ((CellValue.Count) seed().get(BROKEN_CELL)).value();
    }

    /** The seed with the broken cell's value raised by 10: a digit typed wrong. */
    static Report broken() {
        return seed().with(BROKEN_CELL, CellValue.Count.of(seedValue() + 10));
    }

    static ValidationResult validate(Report report) {
        return ReportValidator.standard().validate(report);
    }

    /** The page of a report in a language, with the seed's source. */
    static String page(Report report, Locale locale) {
        return CheckedReportPage.of(locale).render(report, validate(report), seedSource());
    }
}
