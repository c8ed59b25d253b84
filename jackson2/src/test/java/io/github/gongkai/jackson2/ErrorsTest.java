package io.github.gongkai.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Reading is as strict as ReportJson's, whatever the mapper's leniency, and every error is an
 * InvalidReportJsonException naming the JSON Pointer from the document's root and, in a cell, the cell.
 */
class ErrorsTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new GongkaiJackson2Module()).build();
    private static final String GOOD = ReportJson.standard().write(Samples.liangshan2021());
    private static final String CELL = "\"licensing\":{\"decisions\":64";

    record Batch(String name, List<Report> reports) {
    }

    private static InvalidReportJsonException failure(ObjectMapper mapper, String json, Class<?> type) {
        return assertThrows(InvalidReportJsonException.class, () -> mapper.readValue(json, type));
    }

    @Test
    void aWrongValueInACellNamesItsPointerAndCell() {
        assertTrue(GOOD.contains(CELL), GOOD);
        InvalidReportJsonException e = failure(MAPPER, GOOD.replace(CELL, "\"licensing\":{\"decisions\":-64"),
                Report.class);
        assertEquals(Kind.INVALID_VALUE, e.kind());
        assertEquals("/T2/licensing/decisions", e.pointer());
        assertEquals(CellRef.parse("T2/licensing/decisions"), e.cell().orElseThrow());
        assertInstanceOf(ReportJsonException.class, e.getCause());
        assertEquals("/T2/licensing/decisions", e.getCause().pointer());
        assertTrue(e.getMessage().startsWith("invalid report at /T2/licensing/decisions: " + e.problem()),
                e.getMessage());
        assertInstanceOf(MismatchedInputException.class, e, "frameworks map it to 400 Bad Request");
        assertEquals(Report.class, e.getTargetType());
    }

    @Test
    void theProblemIsTheCausesInEitherLanguage() {
        InvalidReportJsonException e = failure(MAPPER, "{\"name\":\"x\",\"reports\":["
                + GOOD.replace(CELL, "\"licensing\":{\"decisions\":-64") + "]}", Batch.class);
        assertEquals("/reports/0/T2/licensing/decisions", e.pointer());
        assertEquals("计数不能是负数，实为 -64", e.problem(Locale.SIMPLIFIED_CHINESE));
        assertEquals(e.getCause().problem(Locale.CHINESE), e.problem(Locale.CHINESE));
        assertEquals("a count must not be negative, found -64", e.problem(Locale.ENGLISH));
        assertEquals(e.problem(), e.problem(Locale.ROOT));
    }

    @Test
    void malformedJsonAsTheMappersParserFoundItIsLedInEitherLanguage() {
        InvalidReportJsonException syntax = failure(MAPPER, GOOD.replace("{\"format\"", "{/* a comment */\"format\""),
                Report.class);
        assertTrue(syntax.problem().startsWith("malformed JSON: Unexpected character ('/'"), syntax.problem());
        // The lead is the reader's own, in Chinese too; the parser's explanation stays as Jackson wrote it.
        assertEquals(syntax.problem().replace("malformed JSON: ", "解析器的说明："),
                syntax.problem(Locale.SIMPLIFIED_CHINESE));
        assertTrue(syntax.getCause().message(Locale.CHINESE).startsWith("（整个文档）：JSON 格式错误（解析器的说明："
                + "Unexpected character ('/'"), syntax.getCause().message(Locale.CHINESE));
    }

    @Test
    void aReportOverTheLengthLimitIsSaidInEitherLanguage() {
        ReportJson small = ReportJson.builder().limits(ReportJson.Limits.defaults().withMaxDocumentLength(1000)).build();
        ObjectMapper mapper = JsonMapper.builder().addModule(new GongkaiJackson2Module(small)).build();
        InvalidReportJsonException e = failure(mapper, GOOD, Report.class);
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
        assertEquals("input exceeds a limit: the report is longer than 1000 characters", e.problem());
        assertEquals(e.problem(), e.problem(Locale.ENGLISH));
        assertEquals("输入超出读取限制：报告长于 1000 个字符", e.problem(Locale.SIMPLIFIED_CHINESE));
        assertEquals("（整个文档）：超出读取限制（输入超出读取限制：报告长于 1000 个字符）",
                e.getCause().message(Locale.CHINESE));
        assertEquals("(document): input exceeds a limit: the report is longer than 1000 characters",
                e.getCause().getMessage());
    }

    @Test
    void aValueThatIsNotJsonWhereAReportBelongsIsSaidInEitherLanguage() throws Exception {
        // A token buffer holds Java objects that no JSON text can: here an embedded byte array.
        com.fasterxml.jackson.databind.util.TokenBuffer tokens =
                new com.fasterxml.jackson.databind.util.TokenBuffer(MAPPER, false);
        tokens.writeStartObject();
        tokens.writeFieldName("format");
        tokens.writeEmbeddedObject(new byte[] {1, 2});
        tokens.writeEndObject();
        InvalidReportJsonException e = assertThrows(InvalidReportJsonException.class,
                () -> MAPPER.readValue(tokens.asParser(), Report.class));
        assertEquals(Kind.WRONG_TYPE, e.kind());
        assertEquals("a value that is not JSON (VALUE_EMBEDDED_OBJECT) where a report belongs", e.problem());
        assertEquals(e.problem(), e.problem(Locale.ENGLISH));
        assertEquals("应为报告，实为不是 JSON 的值（VALUE_EMBEDDED_OBJECT）", e.problem(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aHostileMemberNameInTheReferenceChainIsEscapedInTheMessage() {
        // Jackson appends the chain of members it came through, quoting their names: a terminal escape and a C1
        // control character in one must not reach a log as they are.
        String json = "{\"x\\u001b[2J\\u0085\":" + GOOD.replace(CELL, "\"licensing\":{\"decisions\":-64") + "}";
        InvalidReportJsonException e = assertThrows(InvalidReportJsonException.class, () -> MAPPER.readValue(json,
                new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Report>>() { }));
        assertEquals("/x\u001b[2J\u0085/T2/licensing/decisions", e.pointer());
        assertTrue(e.getMessage().contains("(through reference chain: java.util.LinkedHashMap[\"x\\u001b[2J\\u0085\"])"),
                e.getMessage());
        assertTrue(e.getMessage().chars().filter(c -> c != '\n').noneMatch(Character::isISOControl), e.getMessage());
        assertEquals(e.getMessage(), e.getLocalizedMessage());
    }

    @Test
    void aReportInsideADocumentIsLocatedFromTheDocumentsRoot() {
        String batch = "{\"name\":\"x\",\"reports\":[" + GOOD + "," + GOOD.replace(CELL, "\"licensing\":{\"decisions\":\"64\"")
                + "]}";
        InvalidReportJsonException e = failure(MAPPER, batch, Batch.class);
        assertEquals(Kind.WRONG_TYPE, e.kind());
        assertEquals("/reports/1/T2/licensing/decisions", e.pointer());
        assertEquals(CellRef.parse("T2/licensing/decisions"), e.cell().orElseThrow());
        assertEquals("/T2/licensing/decisions", e.getCause().pointer());
        assertEquals("reports", e.getPath().get(0).getFieldName());
        assertEquals(1, e.getPath().get(1).getIndex());
    }

    @Test
    void unknownMembersFailEvenWhenTheMapperIgnoresThem() {
        ObjectMapper lenient = JsonMapper.builder().addModule(new GongkaiJackson2Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        InvalidReportJsonException e = failure(lenient, GOOD.replace("{\"format\"", "{\"extra\":1,\"format\""),
                Report.class);
        assertEquals(Kind.UNKNOWN_MEMBER, e.kind());
        assertEquals("/extra", e.pointer());
        assertEquals(List.of(), e.cell().stream().toList());
    }

    @Test
    void duplicateAndMissingMembersFail() {
        assertEquals(Kind.DUPLICATE_MEMBER, failure(MAPPER, GOOD.replace("{\"format\"",
                "{\"format\":\"gongkai.report\",\"format\""), Report.class).kind());
        InvalidReportJsonException missing = failure(MAPPER, GOOD.replace(CELL, "\"licensing\":{"),
                Report.class);
        assertEquals(Kind.MISSING_MEMBER, missing.kind());
        assertEquals("/T2/licensing/decisions", missing.pointer());
    }

    @Test
    void exactNumbersAndTextReachTheStrictReader() {
        // A fraction where a count belongs, an exponent, and an unpaired surrogate are refused as by ReportJson.
        assertEquals(Kind.INVALID_VALUE, failure(MAPPER, GOOD.replace(CELL, "\"licensing\":{\"decisions\":64.0"),
                Report.class).kind());
        String surrogate = GOOD.replace("凉山州经济和信息化局", "\\ud800");
        assertEquals(Kind.MALFORMED_JSON, failure(MAPPER, surrogate, Report.class).kind());
        assertEquals("/header/organName", failure(MAPPER, surrogate, Report.class).pointer());
    }

    @Test
    void notAnObjectIsAWrongType() throws Exception {
        InvalidReportJsonException e = failure(MAPPER, "[1]", Report.class);
        assertEquals(Kind.WRONG_TYPE, e.kind());
        assertEquals("", e.pointer());
        assertTrue(e.getMessage().startsWith("invalid report at (document): "), e.getMessage());
        assertNull(MAPPER.readValue("null", Report.class));
        assertEquals(new Batch("x", null), MAPPER.readValue("{\"name\":\"x\",\"reports\":null}", Batch.class));
    }

    @Test
    void theMappersParserFeaturesActOnTheSyntaxFirst() throws Exception {
        ObjectMapper comments = JsonMapper.builder().addModule(new GongkaiJackson2Module())
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        String commented = GOOD.replace("{\"format\"", "{/* a comment */\"format\"");
        assertEquals(Samples.liangshan2021(), comments.readValue(commented, Report.class));
        InvalidReportJsonException syntax = failure(MAPPER, commented, Report.class);
        assertEquals(Kind.MALFORMED_JSON, syntax.kind());
        assertEquals("", syntax.pointer());
        assertTrue(syntax.problem().startsWith("malformed JSON: Unexpected character ('/'"), syntax.problem());
        assertInstanceOf(com.fasterxml.jackson.core.JsonParseException.class, syntax.getCause().getCause());
    }

    @Test
    void aSyntaxErrorInsideAReportIsMalformedJsonAtTheObjectItBroke() {
        String truncated = "{\"name\":\"x\",\"reports\":[" + GOOD.substring(0, GOOD.indexOf("\"T3\"") + 12);
        InvalidReportJsonException e = failure(MAPPER, truncated, Batch.class);
        assertEquals(Kind.MALFORMED_JSON, e.kind());
        assertTrue(e.pointer().startsWith("/reports/0/T3"), e.pointer());
        assertTrue(e.problem().startsWith("malformed JSON: Unexpected end-of-input"), e.problem());
    }

    @Test
    void theModulesLimitsApply() {
        ReportJson small = ReportJson.builder().limits(ReportJson.Limits.defaults().withMaxDocumentLength(1000)).build();
        ObjectMapper mapper = JsonMapper.builder().addModule(new GongkaiJackson2Module(small)).build();
        InvalidReportJsonException e = failure(mapper, "{\"name\":\"x\",\"reports\":[" + GOOD + "]}", Batch.class);
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
        assertEquals("/reports/0", e.pointer());
        ReportJson tiny = ReportJson.builder().limits(ReportJson.Limits.defaults().withMaxStringLength(5)).build();
        InvalidReportJsonException string = failure(JsonMapper.builder().addModule(new GongkaiJackson2Module(tiny))
                .build(), GOOD, Report.class);
        assertEquals(Kind.LIMIT_EXCEEDED, string.kind());
    }

    @Test
    void theMappersOwnParserLimitsAreReportErrorsAtTheValue() {
        // A count of 1,001 digits: past Jackson's default maxNumberLength, which the mapper's parser enforces.
        String huge = "1".repeat(1001);
        InvalidReportJsonException e = failure(MAPPER, "{\"name\":\"x\",\"reports\":["
                + GOOD.replace(CELL, "\"licensing\":{\"decisions\":" + huge) + "]}", Batch.class);
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
        assertEquals("/reports/0/T2/licensing/decisions", e.pointer());
        assertEquals(CellRef.parse("T2/licensing/decisions"), e.cell().orElseThrow());
        assertTrue(e.problem().startsWith("input exceeds a limit: Number value length (1001)"), e.problem());
        assertTrue(e.problem(Locale.SIMPLIFIED_CHINESE).startsWith("输入超出读取限制（解析器的说明：Number value"),
                e.problem(Locale.SIMPLIFIED_CHINESE));
        assertInstanceOf(MismatchedInputException.class, e, "frameworks map it to 400 Bad Request");
        int at = GOOD.indexOf(CELL) + CELL.length() - 2 + "{\"name\":\"x\",\"reports\":[".length();
        assertEquals(1, e.getLocation().getLineNr());
        assertTrue(e.getLocation().getColumnNr() >= at, e.getLocation().toString());
    }
}
