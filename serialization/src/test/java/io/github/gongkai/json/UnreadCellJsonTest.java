package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unread cell, the form of format version 2: its canonical JSON, the round trip, the version rule (1 unless a
 * cell is unread; an unread cell in a version-1 document is an error at the cell) and every malformed form, with
 * its kind and pointer, rejected by the schema where a schema can see it.
 */
class UnreadCellJsonTest {

    private static final ReportJson COMPACT = ReportJson.standard();
    private static final ReportJson PRETTY = ReportJson.builder().pretty(true).build();
    private static final String UNREAD = COMPACT.write(Samples.unread2021());
    private static final String MERGED_CELLS = "[\"T3/otherDisposal.correctionOverdue/total\","
            + "\"T3/otherDisposal.feeUnpaid/total\",\"T3/otherDisposal.other/total\"]";

    private static String edit(String document, String from, String to) {
        String edited = document.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertNotEquals(document, edited, "edit did not apply: " + from);
        return edited;
    }

    private static ReportJsonException fail(String document) {
        return assertThrows(ReportJsonException.class, () -> COMPACT.read(document));
    }

    @Test
    void eachFormIsWrittenInItsCanonicalMemberOrder() {
        assertTrue(UNREAD.startsWith("{\"format\":\"gongkai.report\",\"version\":2,\"edition\":\"2021\","), UNREAD);
        for (String form : List.of(
                "\"newlyReceived\":{\"naturalPerson\":{\"unread\":\"inconsistent\",\"run\":{\"text\":\"8100008\","
                        + "\"piece\":0,\"pieces\":7}},\"commercialEnterprise\":{\"unread\":\"inconsistent\",\"run\":"
                        + "{\"text\":\"8100008\",\"piece\":1,\"pieces\":7}},",
                "\"total\":{\"unread\":\"inconsistent\",\"run\":{\"text\":\"8100008\",\"piece\":6,\"pieces\":7}}}",
                "\"otherDisposal.correctionOverdue\":{\"naturalPerson\":0,",
                "\"total\":{\"unread\":\"merged\",\"total\":{\"value\":5,\"cells\":" + MERGED_CELLS + "}}}",
                "\"administrativeReview\":{\"upheld\":0,\"corrected\":0,\"otherOutcome\":0,"
                        + "\"pending\":{\"unread\":\"ambiguous\"},\"total\":0}",
                "\"administrativeFees\":{\"amount\":{\"unread\":\"damaged\"}}",
                "\"amountCollected\":{\"unread\":\"notFound\"}",
                "\"licensing\":{\"decisions\":{\"unread\":\"ambiguous\",\"run\":{\"text\":\"64 10\",\"piece\":1,"
                        + "\"pieces\":3}}}")) {
            assertTrue(UNREAD.contains(form), form);
        }
        assertEquals(3, UNREAD.split(Pattern.quote("\"unread\":\"merged\""), -1).length - 1);
        String pretty = PRETTY.write(Samples.unread2021());
        assertTrue(pretty.contains("""
                      "pending": {
                        "unread": "ambiguous"
                      },
                """), pretty);
        assertTrue(pretty.contains("""
                      "total": {
                        "unread": "merged",
                        "total": {
                          "value": 5,
                          "cells": [
                            "T3/otherDisposal.correctionOverdue/total",
                            "T3/otherDisposal.feeUnpaid/total",
                            "T3/otherDisposal.other/total"
                          ]
                        }
                      }
                """), pretty);
    }

    @Test
    void roundTripIsExactAndCanonical() {
        for (Report report : List.of(Samples.unread2021(), Samples.unread2019())) {
            for (ReportJson json : List.of(COMPACT, PRETTY)) {
                String written = json.write(report);
                Report read = json.read(written);
                assertEquals(report, read);
                assertEquals(written, json.write(read));
                SchemaCheck.assertValid(written);
            }
        }
        assertEquals(CellValue.unread(UnreadReason.NOT_FOUND),
                COMPACT.read(COMPACT.write(Samples.unread2019())).get(CellRef.parse("T2/punishment/change")));
    }

    @Test
    void membersOfAnUnreadCellMayComeInAnyOrder() {
        String reordered = edit(UNREAD, "{\"unread\":\"inconsistent\",\"run\":{\"text\":\"8100008\",\"piece\":0,"
                + "\"pieces\":7}}", "{\"run\":{\"pieces\":7,\"piece\":0,\"text\":\"8100008\"},\"unread\":\"inconsistent\"}");
        reordered = edit(reordered, "{\"unread\":\"merged\",\"total\":{\"value\":5,\"cells\":" + MERGED_CELLS + "}}",
                "{\"total\":{\"cells\":" + MERGED_CELLS + ",\"value\":5},\"unread\":\"merged\"}");
        assertEquals(Samples.unread2021(), COMPACT.read(reordered));
    }

    // ---------------------------------------------------------------------------------------------- version

    @Test
    void aReportWithoutUnreadCellIsWrittenAsVersion1() {
        for (Report report : Samples.all()) {
            assertEquals(ReportJson.FIRST_VERSION, ReportJson.versionOf(report));
            assertTrue(COMPACT.write(report).startsWith("{\"format\":\"gongkai.report\",\"version\":1,"));
        }
        assertEquals(ReportJson.VERSION, ReportJson.versionOf(Samples.unread2021()));
        assertEquals(2, ReportJson.versionOf(Samples.unread2019()));
        // One unread cell anywhere is enough, the last cell of the last table included.
        Report last = Samples.liangshan2021().with(CellRef.parse("S6/informationProcessingFees/amountCollected"),
                CellValue.unread(UnreadReason.DAMAGED));
        assertEquals(2, ReportJson.versionOf(last));
        Report first = Samples.blank2021().with(CellRef.parse("T2/rules/issued"), CellValue.unread(UnreadReason.DAMAGED));
        assertEquals(2, ReportJson.versionOf(first));
        assertThrows(NullPointerException.class, () -> ReportJson.versionOf(null));
    }

    @Test
    void aVersion2DocumentWithoutUnreadCellIsReadAndWrittenBackAsVersion1() {
        String v1 = COMPACT.write(Samples.liangshan2021());
        String v2 = edit(v1, "\"version\":1", "\"version\":2");
        assertEquals(Samples.liangshan2021(), COMPACT.read(v2));
        assertEquals(v1, COMPACT.write(COMPACT.read(v2)));
        SchemaCheck.assertValid(v2);
    }

    @Test
    void anUnreadCellInAVersion1DocumentIsAnErrorAtTheCell() {
        String v1 = edit(UNREAD, "\"version\":2", "\"version\":1");
        ReportJsonException e = fail(v1);
        assertEquals(Kind.UNSUPPORTED_FORMAT, e.kind());
        assertEquals("/T2/licensing/decisions", e.pointer(), "the first unread cell of the document");
        assertEquals("an unread cell ({\"unread\": reason}) needs version 2 of the format, but the document"
                + " declares version 1", e.problem());
        assertEquals(Optional.of(CellRef.parse("T2/licensing/decisions")), e.cell());
        SchemaCheck.assertInvalid(v1);
        // Declared after the tables: the first unread cell is remembered, and so is where it was.
        String late = edit(edit(UNREAD, "\"version\":2,", ""), "\"narrative\":{", "\"version\":1,\"narrative\":{");
        assertEquals(Samples.unread2021(), COMPACT.read(edit(late, "\"version\":1", "\"version\":2")));
        ReportJsonException deferred = fail(late);
        assertEquals(Kind.UNSUPPORTED_FORMAT, deferred.kind());
        assertEquals("/T2/licensing/decisions", deferred.pointer());
        assertEquals(e.problem(), deferred.problem());
        assertEquals(e.getLocation().getColumnNr() - "\"version\":1,".length(), deferred.getLocation().getColumnNr(),
                "located at the cell, not at the version");
        SchemaCheck.assertInvalid(late);
        // Only one unread cell, the last one: still found.
        Report one = Samples.liangshan2021().with(CellRef.parse("S6/informationProcessingFees/amountCollected"),
                CellValue.unread(UnreadReason.DAMAGED));
        e = fail(edit(COMPACT.write(one), "\"version\":2", "\"version\":1"));
        assertEquals("/S6/informationProcessingFees/amountCollected", e.pointer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        3          | UNSUPPORTED_FORMAT | version 3 is not supported; this reader reads versions 1 and 2              | true
        0          | UNSUPPORTED_FORMAT | version 0 is not supported; this reader reads versions 1 and 2              | true
        2.0        | WRONG_TYPE         | expected the format version, the integer 1 or 2, found a decimal number     | false
        `"2"`      | WRONG_TYPE         | expected the format version, the integer 1 or 2, found a string             | true
        4294967298 | UNSUPPORTED_FORMAT | version 4294967298 is not supported; this reader reads versions 1 and 2     | true
        """)
    void otherVersionsAreRejected(String version, Kind kind, String problem, boolean schemaToo) {
        for (String document : List.of(UNREAD, COMPACT.write(Samples.liangshan2021()))) {
            String broken = document.replaceFirst("\"version\":[12]", Matcher.quoteReplacement("\"version\":" + version));
            ReportJsonException e = fail(broken);
            assertEquals(kind, e.kind());
            assertEquals("/version", e.pointer());
            assertEquals(problem, e.problem());
            if (schemaToo) {
                // 2.0 is 2 to a JSON Schema.
                SchemaCheck.assertInvalid(broken);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ strictness

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # case                   | from                                 | to                                                  | kind             | pointer                                                   | schema
        unknown member           | {"unread":"ambiguous"}               | {"unread":"ambiguous","why":1}                      | UNKNOWN_MEMBER   | /T4/administrativeReview/pending/why                      | true
        unknown first member     | {"unread":"ambiguous"}               | {"why":1,"unread":"ambiguous"}                      | UNKNOWN_MEMBER   | /T4/administrativeReview/pending/why                      | true
        na and unread            | {"unread":"ambiguous"}               | {"unread":"ambiguous","na":"/"}                     | UNKNOWN_MEMBER   | /T4/administrativeReview/pending/na                       | true
        unread after na          | {"unread":"ambiguous"}               | {"na":"/","unread":"ambiguous"}                     | UNKNOWN_MEMBER   | /T4/administrativeReview/pending/unread                   | true
        duplicate na             | {"unread":"ambiguous"}               | {"na":"/","na":"/"}                                 | DUPLICATE_MEMBER | /T4/administrativeReview/pending/na                       | false
        reason as number         | {"unread":"ambiguous"}               | {"unread":1}                                        | WRONG_TYPE       | /T4/administrativeReview/pending/unread                   | true
        reason as null           | {"unread":"ambiguous"}               | {"unread":null}                                     | WRONG_TYPE       | /T4/administrativeReview/pending/unread                   | true
        unknown reason           | {"unread":"ambiguous"}               | {"unread":"unknown"}                                | INVALID_VALUE    | /T4/administrativeReview/pending/unread                   | true
        reason not its key       | {"unread":"ambiguous"}               | {"unread":"AMBIGUOUS"}                              | INVALID_VALUE    | /T4/administrativeReview/pending/unread                   | true
        duplicate reason         | {"unread":"ambiguous"}               | {"unread":"ambiguous","unread":"ambiguous"}         | DUPLICATE_MEMBER | /T4/administrativeReview/pending/unread                   | false
        missing reason           | {"unread":"ambiguous"}               | {"run":{"text":"1","piece":0,"pieces":1}}           | MISSING_MEMBER   | /T4/administrativeReview/pending/unread                   | true
        merged without total     | {"unread":"ambiguous"}               | {"unread":"merged"}                                 | MISSING_MEMBER   | /T4/administrativeReview/pending/total                    | true
        merged with a run        | {"unread":"ambiguous"}               | {"unread":"merged","run":{"text":"1","piece":0,"pieces":1}} | MISSING_MEMBER | /T4/administrativeReview/pending/total          | true
        total not merged         | "unread":"merged","total"            | "unread":"ambiguous","total"                        | INVALID_VALUE    | /T3/otherDisposal.correctionOverdue/total/total           | true
        run and total            | "unread":"merged","total"            | "unread":"merged","run":{"text":"5","piece":0,"pieces":1},"total" | INVALID_VALUE | /T3/otherDisposal.correctionOverdue/total/total | true
        total and run            | {"unread":"inconsistent","run"       | {"unread":"inconsistent","total":{"value":5,"cells":["T3/newlyReceived/naturalPerson","T3/newlyReceived/total"]},"run" | INVALID_VALUE | /T3/newlyReceived/naturalPerson/run | true
        run as string            | "run":{"text":"8100008","piece":0,"pieces":7} | "run":"8100008"                            | WRONG_TYPE       | /T3/newlyReceived/naturalPerson/run                       | true
        run as null              | "run":{"text":"8100008","piece":0,"pieces":7} | "run":null                                 | WRONG_TYPE       | /T3/newlyReceived/naturalPerson/run                       | true
        duplicate run            | "run":{"text":"8100008","piece":0,"pieces":7} | "run":{"text":"8100008","piece":0,"pieces":7},"run":{"text":"8100008","piece":0,"pieces":7} | DUPLICATE_MEMBER | /T3/newlyReceived/naturalPerson/run | false
        text as number           | "text":"8100008"                     | "text":8100008                                      | WRONG_TYPE       | /T3/newlyReceived/naturalPerson/run/text                  | true
        text empty               | "text":"8100008"                     | "text":""                                           | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/text                  | true
        text with a letter       | "text":"8100008"                     | "text":"81O0008"                                    | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/text                  | true
        text with two spaces     | "text":"8100008"                     | "text":"81  00008"                                  | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/text                  | true
        text with full-width     | "text":"8100008"                     | "text":"８100008"                                    | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/text                  | true
        missing text             | "text":"8100008",                    | ``                                                  | MISSING_MEMBER   | /T3/newlyReceived/naturalPerson/run/text                  | true
        missing piece            | "piece":0,                           | ``                                                  | MISSING_MEMBER   | /T3/newlyReceived/naturalPerson/run/piece                 | true
        missing pieces           | ,"pieces":7                          | ``                                                  | MISSING_MEMBER   | /T3/newlyReceived/naturalPerson/run/pieces                | true
        unknown run member       | "pieces":7                           | "pieces":7,"readings":[]                            | UNKNOWN_MEMBER   | /T3/newlyReceived/naturalPerson/run/readings              | true
        duplicate piece          | "piece":0,                           | "piece":0,"piece":0,                                | DUPLICATE_MEMBER | /T3/newlyReceived/naturalPerson/run/piece                 | false
        negative piece           | "piece":0,                           | "piece":-1,                                         | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/piece                 | true
        fraction piece           | "piece":0,                           | "piece":0.5,                                        | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/piece                 | true
        piece as string          | "piece":0,                           | "piece":"0",                                        | WRONG_TYPE       | /T3/newlyReceived/naturalPerson/run/piece                 | true
        piece beyond int         | "piece":0,                           | "piece":2147483648,                                 | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/piece                 | true
        piece past the run       | "piece":0,                           | "piece":7,                                          | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/piece                 | false
        no pieces                | "piece":0,"pieces":7                 | "piece":0,"pieces":0                                | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/pieces                | true
        more pieces than digits  | "pieces":7                           | "pieces":8                                          | INVALID_VALUE    | /T3/newlyReceived/naturalPerson/run/pieces                | false
        total as array           | "total":{"value":5                   | "total":[{"value":5                                 | WRONG_TYPE       | /T3/otherDisposal.correctionOverdue/total/total           | false
        negative value           | "value":5                            | "value":-5                                          | INVALID_VALUE    | /T3/otherDisposal.correctionOverdue/total/total/value     | true
        value as string          | "value":5                            | "value":"5"                                         | WRONG_TYPE       | /T3/otherDisposal.correctionOverdue/total/total/value     | true
        fraction value           | "value":5                            | "value":5.0                                         | INVALID_VALUE    | /T3/otherDisposal.correctionOverdue/total/total/value     | false
        value beyond range       | "value":5                            | "value":9223372036854775808                         | INVALID_VALUE    | /T3/otherDisposal.correctionOverdue/total/total/value     | true
        missing value            | "value":5,                           | ``                                                  | MISSING_MEMBER   | /T3/otherDisposal.correctionOverdue/total/total/value     | true
        duplicate value          | "value":5,                           | "value":5,"value":5,                                | DUPLICATE_MEMBER | /T3/otherDisposal.correctionOverdue/total/total/value     | false
        unknown total member     | "value":5,                           | "value":5,"unit":"件",                               | UNKNOWN_MEMBER   | /T3/otherDisposal.correctionOverdue/total/total/unit      | true
        cells as string          | "cells":[                            | "cells":"",".":[                                    | WRONG_TYPE       | /T3/otherDisposal.correctionOverdue/total/total/cells     | true
        cell as number           | "T3/otherDisposal.feeUnpaid/total"   | 1                                                   | WRONG_TYPE       | /T3/otherDisposal.correctionOverdue/total/total/cells/1   | true
        unknown cell             | "T3/otherDisposal.feeUnpaid/total"   | "T3/otherDisposal.unpaid/total"                     | INVALID_VALUE    | /T3/otherDisposal.correctionOverdue/total/total/cells/1   | true
        cell as pointer          | "T3/otherDisposal.feeUnpaid/total"   | "/T3/otherDisposal.feeUnpaid/total"                 | INVALID_VALUE    | /T3/otherDisposal.correctionOverdue/total/total/cells/1   | true
        one cell                 | "T3/otherDisposal.correctionOverdue/total","T3/otherDisposal.feeUnpaid/total","T3/otherDisposal.other/total" | "T3/otherDisposal.other/total" | INVALID_VALUE | /T3/otherDisposal.correctionOverdue/total/total/cells | true
        a cell twice             | "T3/otherDisposal.feeUnpaid/total"   | "T3/otherDisposal.correctionOverdue/total"          | INVALID_VALUE    | /T3/otherDisposal.correctionOverdue/total/total/cells     | true
        cells out of order       | "T3/otherDisposal.correctionOverdue/total","T3/otherDisposal.feeUnpaid/total" | "T3/otherDisposal.feeUnpaid/total","T3/otherDisposal.correctionOverdue/total" | INVALID_VALUE | /T3/otherDisposal.correctionOverdue/total/total/cells | false
        cells of two tables      | "T3/otherDisposal.other/total"       | "T4/administrativeReview/total"                     | INVALID_VALUE    | /T3/otherDisposal.correctionOverdue/total/total/cells     | false
        """)
    void malformedUnreadCellsFailWithKindAndPointer(String name, String from, String to, Kind kind, String pointer,
            boolean schemaToo) {
        String broken = edit(UNREAD, from, to == null ? "" : to);
        ReportJsonException e = fail(broken);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertTrue(e.cell().isPresent(), "every error in a cell names it: " + e.getMessage());
        if (schemaToo) {
            SchemaCheck.assertInvalid(broken);
        }
    }

    @Test
    void aTotalOfMoreThan64CellsStopsAtThe65th() {
        String cells = IntStream.range(0, 10_000).mapToObj(i -> "\"T3/newlyReceived/total\"")
                .collect(Collectors.joining(","));
        ReportJsonException e = fail(edit(UNREAD, MERGED_CELLS, "[" + cells + "]"));
        assertEquals(Kind.INVALID_VALUE, e.kind());
        assertEquals("/T3/otherDisposal.correctionOverdue/total/total/cells/64", e.pointer());
        assertEquals("a printed total stands for 2 to 64 cells, not more", e.problem());
    }

    @Test
    void problemsSayWhatWasExpected() {
        assertEquals("expected the reason the cell was not read, one of \"ambiguous\", \"inconsistent\","
                + " \"notFound\", \"damaged\", \"merged\", found \"unknown\"",
                fail(edit(UNREAD, "{\"unread\":\"ambiguous\"}", "{\"unread\":\"unknown\"}")).problem());
        assertEquals("an unread cell is a piece of a run or of a total, not both: it has \"run\" or \"total\"",
                fail(edit(UNREAD, "\"unread\":\"merged\",\"total\"",
                        "\"unread\":\"merged\",\"run\":{\"text\":\"5\",\"piece\":0,\"pieces\":1},\"total\"")).problem());
        assertEquals("only a cell unread as \"merged\" has a printed total; this one is unread as \"ambiguous\"",
                fail(edit(UNREAD, "\"unread\":\"merged\",\"total\"", "\"unread\":\"ambiguous\",\"total\"")).problem());
        assertEquals("piece 7 of 7 is not a piece of a run",
                fail(edit(UNREAD, "\"piece\":0,", "\"piece\":7,")).problem());
        assertEquals("a printed run is 1 to 256 characters of ASCII digits in groups separated by single spaces,"
                + " found \"81O0008\"", fail(edit(UNREAD, "\"text\":\"8100008\"", "\"text\":\"81O0008\"")).problem());
        assertEquals("expected a cell reference TABLE/ROW/COLUMN of a cell of either edition, such as"
                + " \"T3/otherDisposal.correctionOverdue/total\", found \"T3/x/total\"",
                fail(edit(UNREAD, "\"T3/otherDisposal.feeUnpaid/total\"", "\"T3/x/total\"")).problem());
        assertEquals("missing required member: expected a printed total, {\"value\": count, \"cells\": [cell, ...]},"
                + " which a cell unread as \"merged\" has",
                fail(edit(UNREAD, "{\"unread\":\"ambiguous\"}", "{\"unread\":\"merged\"}")).problem());
    }

    @Test
    void anUnpairedSurrogateInAReasonIsMalformed() {
        ReportJsonException e = fail(edit(UNREAD, "{\"unread\":\"ambiguous\"}", "{\"unread\":\"amb\\ud800\"}"));
        assertEquals(Kind.MALFORMED_JSON, e.kind());
        assertEquals("/T4/administrativeReview/pending/unread", e.pointer());
    }
}
