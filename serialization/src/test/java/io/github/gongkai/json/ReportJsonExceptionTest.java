package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ReportJsonException}: every kind of malformed document fails with its kind and the JSON Pointer of
 * the offending value, and the schema rejects it too.
 */
class ReportJsonExceptionTest {

    private static final String SAMPLE = ReportJson.standard().write(Samples.liangshan2021());
    private static final String SAMPLE_2019 = ReportJson.standard().write(Samples.edge2019());

    private static ReportJsonException fail(ReportJson json, String document) {
        return assertThrows(ReportJsonException.class, () -> json.read(document));
    }

    private static String edit(String document, String from, String to) {
        String edited = document.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertNotEquals(document, edited, "edit did not apply: " + from);
        return edited;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # case                  | from                                           | to                                                      | kind               | pointer | schema
        unknown root member     | "narrative":{}                                 | "narrative":{},"extra":1                                | UNKNOWN_MEMBER     | /extra | true
        unknown header member   | "reportYear":2021                              | "reportYear":2021,"author":"x"                          | UNKNOWN_MEMBER     | /header/author | true
        unknown narrative member| "narrative":{}                                 | "narrative":{"summary":"x"}                             | UNKNOWN_MEMBER     | /narrative/summary | true
        unknown row             | "T4":{                                         | "T4":{"appeal":{},                                      | UNKNOWN_MEMBER     | /T4/appeal | true
        unknown column          | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{"naturalPerson":0,"robot":0,           | UNKNOWN_MEMBER     | /T3/newlyReceived/robot | true
        unknown na member       | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{"naturalPerson":{"na":"/","x":1},      | UNKNOWN_MEMBER     | /T3/newlyReceived/naturalPerson/x | true
        escaped unknown member  | "narrative":{}                                 | "narrative":{},"a/b~c":1                                | UNKNOWN_MEMBER     | /a~1b~0c | true
        missing header          | "header":{"organName":"凉山州经济和信息化局","reportYear":2021,"publicationDate":"2022-01-26"}, | `` | MISSING_MEMBER | /header | true
        missing organ name      | "organName":"凉山州经济和信息化局",              | ``                                                      | MISSING_MEMBER     | /header/organName | true
        missing cell            | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{                                       | MISSING_MEMBER     | /T3/newlyReceived/naturalPerson | true
        missing row             | "licensing":{"decisions":64},                  | ``                                                      | MISSING_MEMBER     | /T2/licensing | true
        missing S6 in 2021      | ,"S6":{"informationProcessingFees":{"noticesIssued":0,"amountNoticed":"0","amountCollected":"0"}} | `` | MISSING_MEMBER | /S6 | true
        missing na mark         | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{"naturalPerson":{},                    | MISSING_MEMBER     | /T3/newlyReceived/naturalPerson/na | true
        missing edition         | "edition":"2021",                              | ``                                                      | MISSING_MEMBER     | /edition | true
        duplicate root member   | "version":1,                                   | "version":1,"version":1,                                | DUPLICATE_MEMBER   | /version | false
        duplicate cell          | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{"naturalPerson":0,"naturalPerson":0,   | DUPLICATE_MEMBER   | /T3/newlyReceived/naturalPerson | false
        duplicate row           | "licensing":{"decisions":64},                  | "licensing":{"decisions":64},"licensing":{"decisions":64}, | DUPLICATE_MEMBER | /T2/licensing | false
        duplicate header field  | "reportYear":2021                              | "reportYear":2021,"reportYear":2021                     | DUPLICATE_MEMBER   | /header/reportYear | false
        count as string         | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{"naturalPerson":"0",                   | WRONG_TYPE         | /T3/newlyReceived/naturalPerson | true
        count as boolean        | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{"naturalPerson":true,                  | WRONG_TYPE         | /T3/newlyReceived/naturalPerson | true
        count as array          | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{"naturalPerson":[0],                   | WRONG_TYPE         | /T3/newlyReceived/naturalPerson | true
        amount as number        | "amount":"0"                                   | "amount":0                                              | WRONG_TYPE         | /T2/administrativeFees/amount | true
        table as array          | "T4":{                                         | "T4x":1,"T4":{                                          | UNKNOWN_MEMBER     | /T4x | true
        header as string        | "header":{                                     | "header":"x","h":{                                      | WRONG_TYPE         | /header | true
        year as string          | "reportYear":2021                              | "reportYear":"2021"                                     | WRONG_TYPE         | /header/reportYear | true
        null optional field     | "publicationDate":"2022-01-26"                 | "publicationDate":null                                  | WRONG_TYPE         | /header/publicationDate | true
        null narrative text     | "narrative":{}                                 | "narrative":{"overview":null}                           | WRONG_TYPE         | /narrative/overview | true
        fraction in count       | "licensing":{"decisions":64}                   | "licensing":{"decisions":64.5}                          | INVALID_VALUE      | /T2/licensing/decisions | true
        whole fraction in count | "licensing":{"decisions":64}                   | "licensing":{"decisions":64.0}                          | INVALID_VALUE      | /T2/licensing/decisions | false
        exponent in count       | "licensing":{"decisions":64}                   | "licensing":{"decisions":6.4e1}                         | INVALID_VALUE      | /T2/licensing/decisions | false
        negative count          | "licensing":{"decisions":64}                   | "licensing":{"decisions":-64}                           | INVALID_VALUE      | /T2/licensing/decisions | true
        count beyond range      | "licensing":{"decisions":64}                   | "licensing":{"decisions":9223372036854775808}           | INVALID_VALUE      | /T2/licensing/decisions | true
        amount with exponent    | "amount":"0"                                   | "amount":"1E+3"                                         | INVALID_VALUE      | /T2/administrativeFees/amount | true
        amount leading zero     | "amount":"0"                                   | "amount":"01"                                           | INVALID_VALUE      | /T2/administrativeFees/amount | true
        amount negative         | "amount":"0"                                   | "amount":"-1"                                           | INVALID_VALUE      | /T2/administrativeFees/amount | true
        amount with own unit    | "amount":"0"                                   | "amount":"0万元"                                         | INVALID_VALUE      | /T2/administrativeFees/amount | true
        amount too precise      | "amount":"0"                                   | "amount":"0.1234567890123456789"                        | INVALID_VALUE      | /T2/administrativeFees/amount | true
        mark with digit         | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{"naturalPerson":{"na":"0件"},           | INVALID_VALUE      | /T3/newlyReceived/naturalPerson/na | true
        blank organ name        | "organName":"凉山州经济和信息化局"               | "organName":"  "                                        | INVALID_VALUE      | /header/organName | true
        NUL in organ name       | "organName":"凉山州经济和信息化局"               | "organName":"凉山州\\u0000局"                            | INVALID_VALUE      | /header/organName | false
        LF in organ name        | "organName":"凉山州经济和信息化局"               | "organName":"凉山州\\n局"                                | INVALID_VALUE      | /header/organName | false
        C1 in organ name        | "organName":"凉山州经济和信息化局"               | "organName":"凉山州\\u0085局"                            | INVALID_VALUE      | /header/organName | false
        ESC in source           | "reportYear":2021                              | "reportYear":2021,"source":"a\\u001b[2J"                | INVALID_VALUE      | /header/source | false
        NUL in narrative        | "narrative":{}                                 | "narrative":{"overview":"一、\\n\\u0000"}                 | INVALID_VALUE      | /narrative/overview | false
        FF in narrative         | "narrative":{}                                 | "narrative":{"otherMatters":"a\\f"}                     | INVALID_VALUE      | /narrative/otherMatters | false
        mark with control       | "newlyReceived":{"naturalPerson":0,            | "newlyReceived":{"naturalPerson":{"na":"/\\u0000"},     | INVALID_VALUE      | /T3/newlyReceived/naturalPerson/na | true
        lone surrogate in organ | "organName":"凉山州经济和信息化局"               | "organName":"凉山州\\ud800局"                            | MALFORMED_JSON     | /header/organName | false
        lone surrogate in name  | "T4":{                                         | "T4":{"\\udc00":{},                                     | MALFORMED_JSON     | /T4 | false
        year out of range       | "reportYear":2021                              | "reportYear":2007                                       | INVALID_VALUE      | /header/reportYear | true
        impossible date         | "publicationDate":"2022-01-26"                 | "publicationDate":"2022-02-30"                          | INVALID_VALUE      | /header/publicationDate | false
        date with time          | "publicationDate":"2022-01-26"                 | "publicationDate":"2022-01-26T10:00"                    | INVALID_VALUE      | /header/publicationDate | true
        unknown edition         | "edition":"2021"                               | "edition":"2020"                                        | INVALID_VALUE      | /edition | true
        2019 row in 2021        | "T3":{                                         | "T3":{"otherDisposal":{},                               | NOT_IN_EDITION     | /T3/otherDisposal | true
        2019 column in 2021     | "licensing":{"decisions":64}                   | "licensing":{"decisions":64,"change":1}                 | NOT_IN_EDITION     | /T2/licensing/change | true
        other format            | "format":"gongkai.report"                      | "format":"gongkai.finding"                              | UNSUPPORTED_FORMAT | /format | true
        newer version           | "version":1                                    | "version":3                                             | UNSUPPORTED_FORMAT | /version | true
        unread cell in version 1| "licensing":{"decisions":64}                   | "licensing":{"decisions":{"unread":"ambiguous"}}        | UNSUPPORTED_FORMAT | /T2/licensing/decisions | true
        trailing content        | "narrative":{}}                                | "narrative":{}} {}                                      | MALFORMED_JSON     | `` | false
        truncated               | "narrative":{}}                                | "narrative":{                                           | MALFORMED_JSON     | /narrative | false
        syntax error            | "version":1                                    | "version":1,,                                           | MALFORMED_JSON     | `` | false
        single quotes           | "version":1                                    | 'version':1                                             | MALFORMED_JSON     | `` | false
        comment                 | "version":1                                    | /* c */ "version":1                                     | MALFORMED_JSON     | `` | false
        """)
    void malformedDocumentFailsWithKindAndPointer(String name, String from, String to, Kind kind, String pointer,
            boolean schemaToo) {
        String broken = edit(SAMPLE, from, to == null ? "" : to);
        ReportJsonException e = fail(ReportJson.standard(), broken);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(pointer == null ? "" : pointer, e.pointer(), e.getMessage());
        assertTrue(e.getMessage().contains(e.problem()));
        if (schemaToo) {
            // Duplicates, syntax and 64.0 versus 64 are beyond what a JSON Schema can see.
            SchemaCheck.assertInvalid(broken);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # case                 | from                    | to                                  | kind            | pointer
        S6 in 2019             | "narrative":            | "S6":{},"narrative":                | NOT_IN_EDITION  | /S6
        2021 row in 2019       | "T3":{                  | "T3":{"otherDisposal.other":{},     | NOT_IN_EDITION  | /T3/otherDisposal.other
        2021 column in 2019    | "rules":{               | "rules":{"issued":0,                | NOT_IN_EDITION  | /T2/rules/issued
        signed change fraction | "change":-3             | "change":-3.5                       | INVALID_VALUE   | /T2/punishment/change
        signed change too big  | "change":-3             | "change":-9223372036854775809       | INVALID_VALUE   | /T2/punishment/change
        """)
    void edition2019ErrorsArePointedAt(String name, String from, String to, Kind kind, String pointer) {
        String broken = edit(SAMPLE_2019, from, to);
        ReportJsonException e = fail(ReportJson.standard(), broken);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(pointer, e.pointer(), e.getMessage());
        SchemaCheck.assertInvalid(broken);
    }

    @Test
    void editionDeclaredLastStillChecksRowsOfTheEdition() {
        String head = "\"format\":\"gongkai.report\",\"version\":1,\"edition\":\"2021\",";
        String late = edit(SAMPLE, head, "\"format\":\"gongkai.report\",\"version\":1,");
        late = edit(late, "\"narrative\":{}}", "\"narrative\":{},\"edition\":\"2021\"}");
        ReportJson.standard().read(late);
        ReportJsonException e = fail(ReportJson.standard(), edit(late, "\"T3\":{", "\"T3\":{\"otherDisposal\":{},"));
        assertEquals(Kind.NOT_IN_EDITION, e.kind());
        assertEquals("/T3/otherDisposal", e.pointer());
        e = fail(ReportJson.standard(), edit(late, "\"newlyReceived\":{\"naturalPerson\":0,", "\"newlyReceived\":{"));
        assertEquals(Kind.MISSING_MEMBER, e.kind());
        assertEquals("/T3/newlyReceived/naturalPerson", e.pointer());
        e = fail(ReportJson.standard(), edit(late, "\"licensing\":{\"decisions\":64}",
                "\"licensing\":{\"decisions\":64,\"change\":1}"));
        assertEquals(Kind.NOT_IN_EDITION, e.kind());
        assertEquals("/T2/licensing/change", e.pointer());
        // The first cell of a table's layout (slot 0) is checked too: T2/rules/issued is not in 2019.
        String late2019 = edit(SAMPLE_2019, "\"edition\":\"2019\",", "");
        late2019 = edit(late2019, "\"narrative\":", "\"edition\":\"2019\",\"narrative\":");
        ReportJson.standard().read(late2019);
        e = fail(ReportJson.standard(), edit(late2019, "\"rules\":{", "\"rules\":{\"issued\":0,"));
        assertEquals(Kind.NOT_IN_EDITION, e.kind());
        assertEquals("/T2/rules/issued", e.pointer());
    }

    @Test
    void aRowOutOfOrderIsCheckedForMissingCells() {
        String moved = edit(SAMPLE, "\"licensing\":{\"decisions\":64},", "");
        ReportJsonException e = fail(ReportJson.standard(), edit(moved, "\"T2\":{", "\"T2\":{\"licensing\":{},"));
        assertEquals(Kind.MISSING_MEMBER, e.kind());
        assertEquals("/T2/licensing/decisions", e.pointer());
        ReportJson.standard().read(edit(moved, "\"T2\":{", "\"T2\":{\"licensing\":{\"decisions\":64},"));
    }

    @Test
    void documentThatIsNoObjectOrNothing() {
        assertEquals(Kind.MALFORMED_JSON, fail(ReportJson.standard(), "").kind());
        assertEquals(Kind.MALFORMED_JSON, fail(ReportJson.standard(), "   ").kind());
        ReportJsonException e = fail(ReportJson.standard(), "[]");
        assertEquals(Kind.WRONG_TYPE, e.kind());
        assertEquals("", e.pointer());
        assertEquals(Kind.WRONG_TYPE, fail(ReportJson.standard(), "null").kind());
        assertEquals(Kind.MISSING_MEMBER, fail(ReportJson.standard(), "{}").kind());
    }

    @Test
    void limitsAreEnforced() {
        ReportJson.Limits defaults = ReportJson.Limits.defaults();
        assertLimit(defaults.withMaxDocumentLength(1000), SAMPLE);
        String withMark = edit(SAMPLE, "\"newlyReceived\":{\"naturalPerson\":0,",
                "\"newlyReceived\":{\"naturalPerson\":{\"na\":\"/\"},");
        ReportJson.standard().read(withMark);
        assertLimit(defaults.withMaxNestingDepth(3), withMark);
        assertLimit(defaults, edit(SAMPLE, "\"licensing\":{\"decisions\":64}",
                "\"licensing\":{\"decisions\":" + "9".repeat(40) + "}"));
        assertLimit(defaults.withMaxStringLength(5), SAMPLE);
        assertLimit(defaults, edit(SAMPLE, "\"narrative\":{}", "\"narrative\":{},\"" + "x".repeat(300) + "\":1"));
    }

    private static void assertLimit(ReportJson.Limits limits, String document) {
        ReportJsonException e = fail(ReportJson.builder().limits(limits).build(), document);
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind(), e.getMessage());
    }

    @Test
    void messageNamesPointerProblemAndPosition() {
        ReportJsonException e = fail(ReportJson.standard(),
                edit(SAMPLE, "\"licensing\":{\"decisions\":64}", "\"licensing\":{\"decisions\":-64}"));
        assertEquals("a count must not be negative, found -64", e.problem());
        assertTrue(e.getMessage().startsWith("/T2/licensing/decisions: a count must not be negative, found -64"
                + " (at line 1, column "), e.getMessage());
        assertEquals(OptionalLong.empty(), e.lineNumber());
        assertTrue(e.getLocation().getColumnNr() > 1);
    }

    /**
     * Whatever a hostile document holds, the message can be printed: control characters and unpaired
     * surrogates of the pointer and of the values it quotes are written as JSON escapes, while
     * {@code pointer()} stays exact.
     */
    @Test
    void theMessageShowsControlCharactersAsEscapes() {
        ReportJsonException e = fail(ReportJson.standard(), edit(SAMPLE, "\"narrative\":{}",
                "\"narrative\":{},\"a\\u001b[2J\\u0000\\u0085\\u2028\":1"));
        assertEquals(Kind.UNKNOWN_MEMBER, e.kind());
        assertEquals("/a\u001b[2J\u0000\u0085\u2028", e.pointer());
        assertTrue(e.getMessage().startsWith("/a\\u001b[2J\\u0000\\u0085\u2028: unknown member \"a\\u001b[2J\\u0000"
                + "\\u0085\u2028\"; a report has "), e.getMessage());
        assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl), e.getMessage());
        assertEquals("line 3, /a\\u001b[2J\\u0000\\u0085\u2028: " + e.problem(), e.atLine(3).getOriginalMessage());
        // Whoever builds the exception: its message is printable, its parts exact.
        ReportJsonException built = new ReportJsonException(Kind.INVALID_VALUE, "/x\u0000", "found \uD800\n", null,
                null);
        assertEquals("/x\\u0000: found \\ud800\\n", built.getMessage());
        assertEquals("found \uD800\n", built.problem());
        // JSON lets C1 characters stand unescaped in a string: still no control character in an organ's name.
        e = fail(ReportJson.standard(), edit(SAMPLE, "凉山州", "凉山州\u0085"));
        assertEquals(Kind.INVALID_VALUE, e.kind());
        assertEquals("/header/organName", e.pointer());
        assertEquals("header: organName must hold no control character, found U+0085 at index 3", e.problem());
    }

    @Test
    void printableEscapesWhatTheMessageEscapesAndKeepsTheRest() {
        ReportJsonException e = fail(ReportJson.standard(), edit(SAMPLE, "\"narrative\":{}",
                "\"narrative\":{},\"a\\u0007\\n\\u0085\":1"));
        String pointer = ReportJsonException.printable(e.pointer());
        assertEquals("/a\\u0007\\n\\u0085", pointer);
        assertTrue(e.getMessage().startsWith(pointer + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(": " + ReportJsonException.printable(e.problem())), e.getMessage());
        String clean = "/T3/a\"b\\c/凉 \uD840\uDC00";
        org.junit.jupiter.api.Assertions.assertSame(clean, ReportJsonException.printable(clean));
        assertEquals("\\ud800x\\udc00", ReportJsonException.printable("\uD800x\uDC00"));
        assertThrows(NullPointerException.class, () -> ReportJsonException.printable(null));
    }

    @Test
    void cellNamesTheCellOfAPointerIntoATable() {
        assertEquals(Optional.of(CellRef.parse("T3/withheld.stateSecret/total")),
                new ReportJsonException(Kind.INVALID_VALUE, "/T3/withheld.stateSecret/total", "x", null, null).cell());
        assertEquals(Optional.of(CellRef.parse("T3/newlyReceived/naturalPerson")),
                new ReportJsonException(Kind.INVALID_VALUE, "/T3/newlyReceived/naturalPerson/na", "x", null, null)
                        .cell());
        for (String pointer : List.of("", "/T3", "/T3/newlyReceived", "/header/organName/x", "/T3/nope/total",
                "/reports/0/T2/licensing/decisions")) {
            assertEquals(Optional.empty(), new ReportJsonException(Kind.INVALID_VALUE, pointer, "x", null, null).cell(),
                    pointer);
        }
        ReportJsonException e = fail(ReportJson.standard(),
                edit(SAMPLE, "\"licensing\":{\"decisions\":64}", "\"licensing\":{\"decisions\":-64}"));
        assertEquals(Optional.of(CellRef.parse("T2/licensing/decisions")), e.cell());
    }

    @Test
    void atLineAddsTheLineNumberAndKeepsTheRest() {
        ReportJsonException e = new ReportJsonException(Kind.INVALID_VALUE, "/x", "bad", null, null);
        ReportJsonException onLine = e.atLine(42);
        assertEquals(OptionalLong.of(42), onLine.lineNumber());
        assertEquals(Kind.INVALID_VALUE, onLine.kind());
        assertEquals("/x", onLine.pointer());
        assertEquals("bad", onLine.problem());
        assertEquals("line 42, /x: bad", onLine.getMessage());
        assertEquals("(document): bad",
                new ReportJsonException(Kind.MALFORMED_JSON, "", "bad", null, null).getMessage());
        assertThrows(IllegalArgumentException.class, () -> e.atLine(0));
    }
}
