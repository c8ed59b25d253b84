package io.github.gongkai.quarkus.example;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import java.nio.file.Path;

/** The reports the tests post. */
final class Reports {

    private Reports() {
    }

    /** The Liangshan 2021 example of the examples module: consistent, so valid. */
    static Report liangshan() {
        return ReportJson.standard().read(Path.of("../examples/src/main/resources/liangshan-2021.json"));
    }

    /**
     * The example with three totals of table 三 at 1 while their rows' columns add up to 0: only T3.ROW_TOTAL.1
     * fails, three times (the column identities still hold).
     */
    static Report wrongTotals() {
        Report bad = liangshan();
        for (String cell : new String[] {"T3/newlyReceived/total", "T3/disclosed/total", "T3/outcomeTotal/total"}) {
            bad = bad.with(CellRef.parse(cell), CellValue.count(1));
        }
        return bad;
    }

    /** The example's canonical JSON as UTF-8 bytes, with {@code original} replaced by {@code replacement}. */
    static byte[] canonicalWith(String original, String replacement) {
        String canonical = ReportJson.standard().write(liangshan());
        if (!canonical.contains(original)) {
            throw new IllegalStateException("the example's JSON has no " + original);
        }
        return canonical.replace(original, replacement).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
