package io.github.gongkai.examples;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The main example: reads the bundled sample page (the Liangshan 2021 report, flattened from its web page
 * one cell per line), prints its tables, where one cell stood on the page, and the validator's verdict.
 *
 * <p>Run it with {@code ./mvnw -B -q -DskipTests -pl examples -am package exec:java} from the repository
 * root.
 */
public final class ReadPageExample {

    private ReadPageExample() {
    }

    /**
     * Reads, prints and validates the sample page.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ReadResult result = ReportReader.standard().read(samplePage());
        Report report = result.report();
        new TablePrinter(System.out).print(report);

        System.out.println();
        System.out.println("读取 / read: " + result.reading().summary());
        CellRef licensing = CellRef.parse("T2/licensing/decisions");
        System.out.println(licensing.describe(report.edition()) + " = " + report.get(licensing) + ", printed at "
                + result.provenance(licensing).orElseThrow().position());

        ValidationResult validation = ReportValidator.standard().validate(report);
        System.out.println("校验 / validation: " + (validation.isValid() ? "valid" : "NOT valid") + ", "
                + validation.findings().size() + " finding(s)");
    }

    /** Returns the text of the bundled sample page. */
    static String samplePage() {
        try (InputStream in = ReadPageExample.class.getResourceAsStream("/liangshan-2021.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
