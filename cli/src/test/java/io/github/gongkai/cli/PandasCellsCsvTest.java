package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Done when" of issue 17's exports: pandas reads the cells CSV with {@code read_csv(path)} and no option,
 * plain and with {@code --excel}'s byte order mark, and keeps the amount {@code 0.00} apart from the count
 * {@code 0}, with the table, row and column keys there. Run with the first python3 that has pandas (the path's,
 * then Debian's, which {@code .ci/run} installs as python3-pandas); skipped, saying why, when none has.
 */
class PandasCellsCsvTest {

    private static final String SCRIPT = String.join("\n",
            "import sys, pandas",
            "df = pandas.read_csv(sys.argv[1])",
            "assert list(df.columns[:12]) == 'source,organ,year,edition,cell,label,kind,value,unit,raw,status,reason'"
                    + ".split(','), list(df.columns)",
            "assert list(df.columns[12:]) == ['table', 'row', 'column', 'printed'], list(df.columns)",
            "amount = df[df.cell == 'S6/informationProcessingFees/amountCollected'].iloc[0]",
            "count = df[df.cell == 'T2/rules/inForce'].iloc[0]",
            "assert amount.printed == '[0.00]', repr(amount.printed)",
            "assert count.printed == '[0]', repr(count.printed)",
            "assert amount.printed[1:-1] == '0.00' and count.printed[1:-1] == '0'",
            "assert df.printed.dropna().map(type).eq(str).all(), df.printed.map(type).value_counts()",
            "assert (df.table + '/' + df.row + '/' + df.column == df.cell).all()",
            "assert (amount.table, amount.row, amount.column) == ('S6', 'informationProcessingFees', 'amountCollected')",
            "assert df.organ.iloc[0].startswith(\"'=HYPERLINK\"), df.organ.iloc[0]",
            "print('ok', len(df))");

    @TempDir
    Path dir;

    @Test
    void pandasKeepsTheAmountZeroPointZeroZeroApartFromTheCountZero() throws Exception {
        readWithPandas(false);
    }

    @Test
    void pandasReadsTheExcelCsvWithItsByteOrderMarkTheSame() throws Exception {
        readWithPandas(true);
    }

    private void readWithPandas(boolean excel) throws Exception {
        String python = python();
        Assumptions.assumeTrue(python != null, "no python3 with pandas (Debian: python3-pandas); "
                + "the pandas test of the cells CSV is skipped");
        Path csv = dir.resolve("cells.csv");
        Run run = excel
                ? GongkaiCliTest.run("convert", "--excel", Fixtures.exports(dir).toString(), "-o", csv.toString())
                : GongkaiCliTest.run("convert", Fixtures.exports(dir).toString(), "-o", csv.toString());
        assertEquals(0, run.exit(), run.err());
        String output = run(List.of(python, "-c", SCRIPT, csv.toString()));
        assertEquals("ok 203", output.strip());
    }

    /** The first python3 that imports pandas, or null; prints why not. */
    private static String python() throws InterruptedException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process process = new ProcessBuilder(python, "-c", "import pandas").redirectErrorStream(true).start();
                String output;
                try (InputStream in = process.getInputStream()) {
                    output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                }
                if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return python;
                }
                System.out.println(python + " has no pandas: " + output.lines().reduce((a, b) -> b).orElse(""));
            } catch (IOException e) {
                System.out.println(python + " does not run: " + e.getMessage());
            }
        }
        return null;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command::toString);
        assertEquals(0, process.exitValue(), () -> command.get(0) + " failed:\n" + output);
        return output;
    }
}
