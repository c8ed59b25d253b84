package io.github.gongkai.quarkus.example;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.gongkai.json.ReportJson;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /reports} in a running Quarkus application: the canonical JSON back for a valid report, a 400 problem
 * naming rule and cell (in the request's language) for wrong totals, and one naming the JSON Pointer for a body that
 * is not a report's JSON.
 */
@QuarkusTest
class ReportEndpointTest {

    private static final String JSON = "application/json";

    @Test
    void aValidReportComesBackAsTheCanonicalBytes() {
        byte[] canonical = ReportJson.standard().write(Reports.liangshan()).getBytes(StandardCharsets.UTF_8);
        byte[] body = given().contentType(JSON).body(canonical)
                .when().post("/reports")
                .then().statusCode(200).contentType(startsWith(JSON))
                .extract().asByteArray();
        assertArrayEquals(canonical, body);
    }

    @Test
    void theExampleFileAsWrittenByHandComesBackCanonical() throws Exception {
        // The example file is pretty-printed: the answer is the compact canonical form, whatever the input's layout.
        byte[] file = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("../examples/src/main/resources/liangshan-2021.json"));
        byte[] body = given().contentType(JSON).body(file)
                .when().post("/reports")
                .then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(ReportJson.standard().write(Reports.liangshan()).getBytes(StandardCharsets.UTF_8), body);
    }

    @Test
    void wrongTotalsAreA400ProblemNamingRuleAndCellInEnglish() {
        given().contentType(JSON).header("Accept-Language", "en")
                .body(ReportJson.standard().write(Reports.wrongTotals()).getBytes(StandardCharsets.UTF_8))
                .when().post("/reports")
                .then().statusCode(400)
                .contentType(startsWith(ReportProblems.PROBLEM_JSON))
                .body("type", org.hamcrest.Matchers.equalTo(ReportProblems.TYPE.toString()))
                .body("title", org.hamcrest.Matchers.equalTo("Invalid report"))
                .body("status", org.hamcrest.Matchers.equalTo(400))
                .body("instance", org.hamcrest.Matchers.equalTo("/reports"))
                .body("detail", org.hamcrest.Matchers.equalTo("The report breaks 1 rule of the format (3 findings)."))
                .body("errors", hasSize(3))
                .body("errors.findAll { it.cell == 'T3/newlyReceived/total' }.rule", hasItem("T3.ROW_TOTAL.1"))
                .body("errors.findAll { it.cell == 'T3/newlyReceived/total' }.pointer",
                        hasItem("/T3/newlyReceived/total"))
                .body("errors.findAll { it.cell == 'T3/newlyReceived/total' }.severity", hasItem("ERROR"))
                .body("errors.findAll { it.cell == 'T3/newlyReceived/total' }.message",
                        hasItem(startsWith("Table 3, row newlyReceived")));
    }

    @Test
    void andInChinese() {
        given().contentType(JSON).header("Accept-Language", "zh-CN")
                .body(ReportJson.standard().write(Reports.wrongTotals()).getBytes(StandardCharsets.UTF_8))
                .when().post("/reports")
                .then().statusCode(400)
                .body("title", org.hamcrest.Matchers.equalTo("年度报告未通过校验"))
                .body("detail", org.hamcrest.Matchers.equalTo("年度报告违反了 1 条规则（3 处）。"))
                .body("errors.findAll { it.cell == 'T3/disclosed/total' }.rule", hasItem("T3.ROW_TOTAL.1"))
                .body("errors.findAll { it.cell == 'T3/disclosed/total' }.message",
                        hasItem(startsWith("表三“（一）予以公开”（disclosed）行：总计为1")));
    }

    @Test
    void aNegativeCountIsA400ProblemNamingThePointerAndTheCell() {
        given().contentType(JSON).header("Accept-Language", "en")
                .body(Reports.canonicalWith("\"decisions\":64", "\"decisions\":-64"))
                .when().post("/reports")
                .then().statusCode(400)
                .contentType(startsWith(ReportProblems.PROBLEM_JSON))
                .body("type", org.hamcrest.Matchers.equalTo(ReportProblems.JSON_TYPE.toString()))
                .body("title", org.hamcrest.Matchers.equalTo("Invalid report JSON"))
                .body("detail", org.hamcrest.Matchers.equalTo(
                        "The body is not a valid report's JSON: /T2/licensing/decisions: a count must not be negative, found -64"))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", org.hamcrest.Matchers.equalTo("/T2/licensing/decisions"))
                .body("errors[0].cell", org.hamcrest.Matchers.equalTo("T2/licensing/decisions"))
                .body("errors[0].kind", org.hamcrest.Matchers.equalTo("INVALID_VALUE"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("a count must not be negative, found -64"));
    }

    @Test
    void anUnknownMemberIsA400ProblemInChineseWithAnEscapedPointer() {
        given().contentType(JSON).header("Accept-Language", "zh-CN")
                .body(Reports.canonicalWith("\"header\":{", "\"header\":{\"or/gan\\u0007\":1,"))
                .when().post("/reports")
                .then().statusCode(400)
                .body("title", org.hamcrest.Matchers.equalTo("年度报告 JSON 无效"))
                .body("detail", startsWith("请求体不是有效的年度报告 JSON：/header/or~1gan\\u0007：格式中没有这个成员（未知的成员 \"or/gan\\u0007\"；"))
                .body("errors[0].pointer", org.hamcrest.Matchers.equalTo("/header/or~1gan\\u0007"))
                .body("errors[0].cell", org.hamcrest.Matchers.nullValue())
                .body("errors[0].kind", org.hamcrest.Matchers.equalTo("UNKNOWN_MEMBER"));
    }

    @Test
    void aBodyCutShortIsMalformedJsonAtTheWholeDocument() {
        given().contentType(JSON).header("Accept-Language", "en")
                .body("{\"format\":".getBytes(StandardCharsets.UTF_8))
                .when().post("/reports")
                .then().statusCode(400)
                .body("errors[0].kind", org.hamcrest.Matchers.equalTo("MALFORMED_JSON"))
                .body("detail", startsWith("The body is not a valid report's JSON: "));
    }

    @Test
    void andInChineseLedInChineseBeforeTheParsersOwnExplanation() {
        given().contentType(JSON).header("Accept-Language", "zh-CN")
                .body("{\"format\":".getBytes(StandardCharsets.UTF_8))
                .when().post("/reports")
                .then().statusCode(400)
                .body("errors[0].kind", org.hamcrest.Matchers.equalTo("MALFORMED_JSON"))
                .body("errors[0].message", startsWith("malformed JSON: Unexpected end-of-input"))
                .body("detail", startsWith("请求体不是有效的年度报告 JSON：（整个文档）：JSON 格式错误（解析器的说明："
                        + "Unexpected end-of-input"));
    }

    @Test
    void anEmptyBodyIsA400ProblemNamingTheParameter() {
        given().contentType(JSON).header("Accept-Language", "en")
                .when().post("/reports")
                .then().statusCode(400)
                .contentType(startsWith(ReportProblems.PROBLEM_JSON))
                .body("detail", org.hamcrest.Matchers.equalTo("The request breaks 1 constraint."))
                .body("errors", hasSize(1))
                .body("errors[0].rule", org.hamcrest.Matchers.nullValue())
                .body("errors[0].field", org.hamcrest.Matchers.endsWith("report"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("must not be null"));
    }
}
