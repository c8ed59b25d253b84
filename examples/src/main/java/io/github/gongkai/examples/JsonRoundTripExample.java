package io.github.gongkai.examples;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.JsonLines;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.json.ReportJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Reads the Liangshan 2021 sample report from JSON, changes a cell, writes it back compact and pretty, shows
 * a located error, and streams a small JSON Lines corpus. Run with no arguments.
 */
public final class JsonRoundTripExample {

    private JsonRoundTripExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ReportJson json = ReportJson.standard();
        Report report;
        try (InputStream in = JsonRoundTripExample.class.getResourceAsStream("/liangshan-2021.json")) {
            report = json.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(report.header().organName() + " " + report.header().reportYear() + ": "
                + report.get(CellRef.parse("T2/licensing/decisions")) + " licensing decisions");

        // Write, read, write: the same bytes.
        String compact = json.write(report);
        System.out.println("compact form, " + compact.length() + " characters, stable: "
                + compact.equals(json.write(json.read(compact))));

        // A blank cell stays distinguishable from 0.
        Report blanked = report.with(CellRef.parse("T3/newlyReceived/total"), CellValue.blank());
        String pretty = ReportJson.builder().pretty(true).build().write(blanked);
        pretty.lines().filter(line -> line.contains("\"total\": null")).findFirst().ifPresent(System.out::println);

        // Every error names its JSON Pointer.
        try {
            json.read(compact.replace("\"decisions\":64", "\"decisions\":-64"));
        } catch (ReportJsonException e) {
            System.out.println(e.kind() + " at " + e.pointer() + ": " + e.problem());
        }

        // A corpus, one report per line; bad lines are reported and skipped.
        StringWriter corpus = new StringWriter();
        try (JsonLines.LineWriter writer = json.lines().writer(corpus)) {
            writer.write(report).write(blanked);
        }
        String lines = corpus + "{\"format\":\"gongkai.report\"}\n";
        json.lines().read(new StringReader(lines)).forEach(line -> {
            if (line instanceof JsonLines.Parsed parsed) {
                System.out.println("line " + parsed.lineNumber() + ": " + parsed.report().header().organName());
            } else if (line instanceof JsonLines.Failed failed) {
                System.out.println(failed.error().getMessage());
            }
        });
    }
}
