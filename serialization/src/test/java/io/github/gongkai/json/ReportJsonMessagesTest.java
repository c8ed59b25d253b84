package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words of {@link ReportJsonException#problem()}: what was expected (with the keys that exist, for the
 * document's edition or, before the edition is known, for either), what was found, and the bounds.
 */
class ReportJsonMessagesTest {

    private static final String SAMPLE = ReportJson.standard().write(Samples.liangshan2021());
    private static final String SAMPLE_2019 = ReportJson.standard().write(Samples.edge2019());
    private static final String HEAD = "\"format\":\"gongkai.report\",\"version\":1,\"edition\":\"2021\",";
    /** The sample with the edition declared last: rows and columns are read before it is known. */
    private static final String EDITION_LAST = edit(edit(SAMPLE, HEAD, "\"format\":\"gongkai.report\",\"version\":1,"),
            "\"narrative\":{}}", "\"narrative\":{},\"edition\":\"2021\"}");

    private static String edit(String document, String from, String to) {
        String edited = document.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertNotEquals(document, edited, "edit did not apply: " + from);
        return edited;
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        2021 | "newlyReceived":{"naturalPerson":0, | "newlyReceived":{"naturalPerson":"0", | /T3/newlyReceived/naturalPerson | expected a count (an integer from 0 to 9223372036854775807), null or {"na": mark}, found a string
        2021 | "amount":"0"    | "amount":0      | /T2/administrativeFees/amount | expected an amount (a string in plain decimal notation such as "0.00", followed by 元 only when printed in 元), null or {"na": mark}, found an integer (an amount is a string so that its exact decimal form survives, such as "0")
        2021 | "amount":"0"    | "amount":0.5    | /T2/administrativeFees/amount | expected an amount (a string in plain decimal notation such as "0.00", followed by 元 only when printed in 元), null or {"na": mark}, found a decimal number (an amount is a string so that its exact decimal form survives, such as "0.5")
        2021 | "amount":"0"    | "amount":true   | /T2/administrativeFees/amount | expected an amount (a string in plain decimal notation such as "0.00", followed by 元 only when printed in 元), null or {"na": mark}, found a boolean
        2021 | "amountNoticed":"0" | "amountNoticed":[] | /S6/informationProcessingFees/amountNoticed | expected an amount (a string in plain decimal notation such as "0.00", followed by 万元 only when printed in 万元), null or {"na": mark}, found an array
        2021 | "T4":{          | "T4":{"appeal":{}, | /T4/appeal | unknown row "appeal"; table T4 has the rows "administrativeReview", "litigationWithoutReview", "litigationAfterReview"
        2021 | "newlyReceived":{"naturalPerson":0, | "newlyReceived":{"naturalPerson":0,"robot":0, | /T3/newlyReceived/robot | unknown column "robot"; row T3/newlyReceived has the columns "naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceAgency", "otherOrganization", "total"
        2021 | "licensing":{"decisions":64} | "licensing":{"decisions":64,"change":1} | /T2/licensing/change | cell T2/licensing/change does not exist in the 2021 edition; row T2/licensing has the columns "decisions"
        2021 | "licensing":{"decisions":64} | "licensing":{"decisions":64,"robot":1} | /T2/licensing/robot | unknown column "robot"; row T2/licensing has the columns "decisions"
        2021 | "T3":{          | "T3":{"otherDisposal":{}, | /T3/otherDisposal | row T3/otherDisposal does not exist in the 2021 edition (it is a row of the 2019 edition)
        2021 | "licensing":{"decisions":64} | "licensing":{"decisions":-9223372036854775809} | /T2/licensing/decisions | a count must not be negative, found -9223372036854775809
        2021 | "licensing":{"decisions":64} | "licensing":{"decisions":9223372036854775808} | /T2/licensing/decisions | the number 9223372036854775808 is beyond the integer range (0 to 9223372036854775807)
        2021 | "licensing":{"decisions":64} | "licensing":{"decisions":64.5} | /T2/licensing/decisions | a count must be a whole number written without a fraction or exponent, found 64.5
        2021 | "organName":"凉山州经济和信息化局" | "organName":"凉山州\\u0000局" | /header/organName | header: organName must hold no control character, found U+0000 at index 3
        2021 | "organName":"凉山州经济和信息化局" | "organName":"凉山州\\ud800局" | /header/organName | malformed JSON: the string is not well-formed Unicode (I-JSON, RFC 7493): the unpaired surrogate U+D800 at index 3
        2021 | "narrative":{}    | "narrative":{"problemsAndImprovements":"\\t\\u000b"} | /narrative/problemsAndImprovements | narrative: problemsAndImprovements must hold no control character other than TAB, LF and CR, found U+000B at index 1
        2021 | "format":"gongkai.report" | "format":"gongkai\\u0000" | /format | expected "gongkai.report", found "gongkai\\u0000"
        2021 | "edition":"2021"  | "edition":"2021\\n" | /edition | expected the edition, "2019" or "2021", found "2021\\n"
        2021 | "amount":"0"      | "amount":"0\\u0000" | /T2/administrativeFees/amount | expected an amount (a string in plain decimal notation such as "0.00", followed by 元 only when printed in 元), null or {"na": mark}, found "0\\u0000"
        2021 | "publicationDate":"2022-01-26" | "publicationDate":"2022-01-2\\u0000" | /header/publicationDate | expected a date "YYYY-MM-DD", found "2022-01-2\\u0000"
        2021 | "licensing":{"decisions":64} | "licensing":{"decisions":{"na":"/\\u0000"}} | /T2/licensing/decisions/na | a not-applicable mark must hold no control character, found U+0000 at index 1, found "/\\u0000"
        2021 | "licensing":{"decisions":64} | "licensing":{"decisions":{"na":"\\"\\\\0"}} | /T2/licensing/decisions/na | a not-applicable mark must hold no digit, found "\\"\\\\0"
        2021 | "reportYear":2021 | "reportYear":2007 | /header/reportYear | expected a report year from 2008 to 9999, found 2007
        2021 | "reportYear":2021 | "reportYear":10000 | /header/reportYear | expected a report year from 2008 to 9999, found 10000
        2021 | "version":1     | "version":null  | /version | expected the format version, the integer 1 or 2, found null
        2021 | "version":1     | "version":{}    | /version | expected the format version, the integer 1 or 2, found an object
        2021 | "version":1     | "version":1.5   | /version | expected the format version, the integer 1 or 2, found a decimal number
        2019 | "change":-3     | "change":-3.5   | /T2/punishment/change | a change must be a whole number written without a fraction or exponent, found -3.5
        2019 | "change":-3     | "change":-9223372036854775809 | /T2/punishment/change | the number -9223372036854775809 is beyond the integer range (-9223372036854775808 to 9223372036854775807)
        2019 | "change":-3     | "change":true   | /T2/punishment/change | expected a signed change (an integer), null or {"na": mark}, found a boolean
        2019 | "T3":{          | "T3":{"otherDisposal.other":{}, | /T3/otherDisposal.other | row T3/otherDisposal.other does not exist in the 2019 edition (it is a row of the 2021 edition)
        2019 | "rules":{       | "rules":{"issued":0, | /T2/rules/issued | cell T2/rules/issued does not exist in the 2019 edition; row T2/rules has the columns "newlyMade", "newlyPublished", "totalPublished"
        last | "licensing":{"decisions":64} | "licensing":{"decisions":64,"robot":1} | /T2/licensing/robot | unknown column "robot"; row T2/licensing has the columns "previousYearItems", "change", "decisions"
        """)
    void problemSaysWhatWasExpectedAndWhatWasFound(String document, String from, String to, String pointer,
            String problem) {
        String base = switch (document) {
            case "2021" -> SAMPLE;
            case "2019" -> SAMPLE_2019;
            default -> EDITION_LAST;
        };
        ReportJsonException e = assertThrows(ReportJsonException.class,
                () -> ReportJson.standard().read(edit(base, from, to)));
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertEquals(problem, e.problem());
    }

    /**
     * An unpaired surrogate in a member name is named by its code and index; escaped, Jackson finds it first
     * and says so in its own words.
     */
    @Test
    void aMemberNameThatIsNotWellFormedIsNamedByItsSurrogate() {
        ReportJsonException raw = assertThrows(ReportJsonException.class,
                () -> ReportJson.standard().read(edit(SAMPLE, "\"T4\":{", "\"T4\":{\"a\uDC00\":{},")));
        assertEquals("/T4", raw.pointer());
        assertEquals("malformed JSON: a member name is not well-formed Unicode (I-JSON, RFC 7493): the unpaired"
                + " surrogate U+DC00 at index 1", raw.problem());
        ReportJsonException escaped = assertThrows(ReportJsonException.class,
                () -> ReportJson.standard().read(edit(SAMPLE, "\"T4\":{", "\"T4\":{\"a\\udc00\":{},")));
        assertEquals("/T4", escaped.pointer());
        assertEquals("malformed JSON: Unexpected low surrogate in property name: 0xdc00", escaped.problem());
    }

    @Test
    void unknownRowsAreListedForTheEditionOrForBothBeforeItIsKnown() {
        String rows2021 = unknownRow(SAMPLE);
        String rows2019 = unknownRow(SAMPLE_2019);
        String rowsEither = unknownRow(EDITION_LAST);
        assertTrue(rows2021.contains("\"otherDisposal.other\"") && !rows2021.contains("\"otherDisposal\","),
                rows2021);
        assertTrue(rows2019.contains("\"otherDisposal\",") && !rows2019.contains("\"otherDisposal.other\""),
                rows2019);
        assertTrue(rowsEither.contains("\"otherDisposal\",") && rowsEither.contains("\"otherDisposal.other\""),
                rowsEither);
    }

    private static String unknownRow(String document) {
        ReportJsonException e = assertThrows(ReportJsonException.class,
                () -> ReportJson.standard().read(edit(document, "\"T3\":{", "\"T3\":{\"robot\":{},")));
        assertEquals(Kind.UNKNOWN_MEMBER, e.kind());
        assertTrue(e.problem().startsWith("unknown row \"robot\"; table T3 has the rows \"newlyReceived\", "),
                e.problem());
        return e.problem();
    }

    @ParameterizedTest
    @ValueSource(ints = {2008, 9999})
    void reportYearsAtTheBoundsAreRead(int year) {
        Report report = ReportJson.standard().read(edit(SAMPLE, "\"reportYear\":2021", "\"reportYear\":" + year));
        assertEquals(year, report.header().reportYear());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        ~    | /~0
        /    | /~1
        a~b  | /a~0b
        a/b  | /a~1b
        ~/   | /~0~1
        """)
    void pointersEscapeTildeAndSlash(String member, String pointer) {
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> ReportJson.standard()
                .read(edit(SAMPLE, "\"narrative\":{}", "\"narrative\":{},\"" + member + "\":1")));
        assertEquals(Kind.UNKNOWN_MEMBER, e.kind());
        assertEquals(pointer, e.pointer());
    }

    @Test
    void aLimitNamesTheValueBeingRead() {
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> ReportJson.builder()
                .limits(ReportJson.Limits.defaults().withMaxStringLength(5)).build().read(SAMPLE));
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
        assertEquals("/format", e.pointer());
        // The library's limit and its value, not Jackson's getter and the length it stopped counting at.
        assertEquals("input exceeds a limit: a string is longer than 5 characters (ReportJson.Limits.maxStringLength)",
                e.problem());
        ReportJsonException deep = assertThrows(ReportJsonException.class, () -> ReportJson.builder()
                .limits(ReportJson.Limits.defaults().withMaxNestingDepth(2)).build().read(SAMPLE));
        assertEquals("input exceeds a limit: the document nests deeper than 2 levels "
                + "(ReportJson.Limits.maxNestingDepth)", deep.problem());
        ReportJsonException longer = assertThrows(ReportJsonException.class, () -> ReportJson.builder()
                .limits(ReportJson.Limits.defaults().withMaxDocumentLength(10)).build().read(SAMPLE));
        assertEquals("input exceeds a limit: the document is longer than 10 (ReportJson.Limits.maxDocumentLength)",
                longer.problem());
        ReportJsonException malformed = assertThrows(ReportJsonException.class,
                () -> ReportJson.standard().read(edit(SAMPLE, "\"narrative\":{}}", "\"narrative\":")));
        assertTrue(malformed.problem().startsWith("malformed JSON: "), malformed.problem());
    }

    @Test
    void atLineKeepsWhereTheErrorWasRaised() {
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> ReportJson.standard().read("[]"));
        assertArrayEquals(e.getStackTrace(), e.atLine(3).getStackTrace());
        assertTrue(e.getStackTrace().length > 0);
    }

    @Test
    void writerToAStreamWritesUtf8LinesAndFlushes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonLines.LineWriter writer = ReportJson.standard().lines().writer(bytes);
        assertSame(writer, writer.write(Samples.liangshan2021()));
        writer.write(Samples.edge2019());
        writer.flush();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(SAMPLE + "\n" + SAMPLE_2019 + "\n", text);
        List<Report> read = ReportJson.standard().lines().readReports(new StringReader(text))
                .collect(Collectors.toList());
        assertEquals(List.of(Samples.liangshan2021(), Samples.edge2019()), read);
        writer.close();
    }

    /** Counts the flushes that reach a stream or writer. */
    private static final class Flushes {
        int count;

        OutputStream stream(OutputStream out) {
            return new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws java.io.IOException {
                    out.write(b, off, len);
                }

                @Override
                public void flush() throws java.io.IOException {
                    count++;
                    super.flush();
                }
            };
        }

        java.io.Writer writer(java.io.Writer out) {
            return new java.io.FilterWriter(out) {
                @Override
                public void flush() throws java.io.IOException {
                    count++;
                    super.flush();
                }
            };
        }
    }

    @Test
    void writingAReportFlushesTheTargetAndALineDoesNot() {
        Flushes stream = new Flushes();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportJson.standard().write(Samples.liangshan2021(), stream.stream(bytes));
        assertEquals(SAMPLE, bytes.toString(StandardCharsets.UTF_8));
        assertTrue(stream.count > 0, "write(report, stream) flushes the stream");
        Flushes writer = new Flushes();
        java.io.StringWriter text = new java.io.StringWriter();
        ReportJson.builder().pretty(true).build().write(Samples.liangshan2021(), writer.writer(text));
        assertTrue(writer.count > 0, "write(report, writer) flushes the writer");

        Flushes lines = new Flushes();
        java.io.StringWriter out = new java.io.StringWriter();
        JsonLines.LineWriter lineWriter = ReportJson.standard().lines().writer(lines.writer(out));
        lineWriter.write(Samples.liangshan2021()).write(Samples.edge2019());
        assertEquals(0, lines.count, "lines are written without flushing the writer, one flush at the end");
        lineWriter.flush();
        assertEquals(SAMPLE + "\n" + SAMPLE_2019 + "\n", out.toString());
    }
}
