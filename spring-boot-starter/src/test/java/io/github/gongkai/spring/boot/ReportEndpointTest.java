package io.github.gongkai.spring.boot;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Boot 4 application with the starter reads, writes and {@code @Valid}-checks a report: the canonical JSON
 * back for a valid one, a 400 problem naming rule and cell in the request's language for a wrong total.
 */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc
class ReportEndpointTest {

    /** A report as a person writes it, on many lines. */
    private static final String PRETTY = ReportJson.builder().pretty(true).build().write(TestApplication.liangshan());

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JsonMapper mapper;

    @Test
    void aValidReportComesBackAsTheSameCanonicalJson() throws Exception {
        String canonical = ReportJson.standard().write(TestApplication.liangshan());
        byte[] body = mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).content(canonical))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();
        assertEquals(canonical, new String(body, StandardCharsets.UTF_8));
        assertEquals(canonical, mapper.writeValueAsString(TestApplication.liangshan()));
    }

    @Test
    void aReportWithASlashReadsBackEqualThoughBootsMapperEscapesTheSlash() throws Exception {
        Report withSlash = TestApplication.liangshan().toBuilder().source("https://www.example.gov.cn/a/b.html")
                .set(CellRef.parse("S6/informationProcessingFees/noticesIssued"), CellValue.notApplicable("/"))
                .build();
        String written = mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON)
                        .content(ReportJson.standard().write(withSlash)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertEquals(withSlash, ReportJson.standard().read(written));
    }

    @Test
    void aWrongTotalIsA400ProblemNamingRuleAndCellInEnglish() throws Exception {
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(ReportJson.standard().write(TestApplication.wrongTotals())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid report"))
                .andExpect(jsonPath("$.instance").value("/reports"))
                .andExpect(jsonPath("$.type").value(ReportProblemDetails.TYPE.toString()))
                .andExpect(jsonPath("$.detail").value("The report breaks 1 rule of the format (3 findings)."))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.cell == 'T3/newlyReceived/total')].rule").value("T3.ROW_TOTAL.1"))
                .andExpect(jsonPath("$.errors[?(@.cell == 'T3/newlyReceived/total')].pointer")
                        .value("/T3/newlyReceived/total"))
                .andExpect(jsonPath("$.errors[?(@.cell == 'T3/newlyReceived/total')].severity").value("ERROR"))
                .andExpect(jsonPath("$.errors[?(@.cell == 'T3/newlyReceived/total')].message",
                        hasItem(startsWith("Table 3, row newlyReceived"))));
    }

    @Test
    void andInChinese() throws Exception {
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                        .content(ReportJson.standard().write(TestApplication.wrongTotals())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("年度报告未通过校验"))
                .andExpect(jsonPath("$.detail").value("年度报告违反了 1 条规则（3 处）。"))
                .andExpect(jsonPath("$.errors[?(@.cell == 'T3/disclosed/total')].rule").value("T3.ROW_TOTAL.1"))
                .andExpect(jsonPath("$.errors[?(@.cell == 'T3/disclosed/total')].message",
                        hasItem(startsWith("表三“（一）予以公开”（disclosed）行：总计为1"))));
    }

    @Test
    void aMalformedReportIsA400NamingThePointer() throws Exception {
        String bad = ReportJson.standard().write(TestApplication.liangshan())
                .replace("\"decisions\":64", "\"decisions\":-64");
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest());
        // The reader's error, as the application's mapper raises it, names the pointer.
        org.junit.jupiter.api.Assertions.assertTrue(org.junit.jupiter.api.Assertions.assertThrows(
                io.github.gongkai.json.ReportJsonException.class, () -> mapper.readValue(bad, Report.class))
                .getMessage().startsWith("/T2/licensing/decisions: "));
    }

    @Test
    void aMalformedReportIsA400ProblemNamingThePointerAndTheCell() throws Exception {
        String bad = ReportJson.standard().write(TestApplication.liangshan())
                .replace("\"decisions\":64", "\"decisions\":-64");
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ReportProblemDetails.JSON_TYPE.toString()))
                .andExpect(jsonPath("$.title").value("Invalid report JSON"))
                .andExpect(jsonPath("$.detail", startsWith(
                        "The body is not a valid report's JSON: /T2/licensing/decisions: a count must not be negative, found -64")))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].pointer").value("/T2/licensing/decisions"))
                .andExpect(jsonPath("$.errors[0].cell").value("T2/licensing/decisions"))
                .andExpect(jsonPath("$.errors[0].kind").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].message").value("a count must not be negative, found -64"));
    }

    @Test
    void andInChineseWithTheReadersExplanation() throws Exception {
        String bad = ReportJson.standard().write(TestApplication.liangshan()).replace("\"header\":{",
                "\"header\":{\"or/gan\\u0007\":1,");
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("年度报告 JSON 无效"))
                .andExpect(jsonPath("$.detail", startsWith("请求体不是有效的年度报告 JSON：/header/or~1gan\\u0007：格式中没有这个成员（未知的成员 \"or/gan\\u0007\"；")))
                .andExpect(jsonPath("$.errors[0].pointer").value("/header/or~1gan\\u0007"))
                .andExpect(jsonPath("$.errors[0].cell").doesNotExist())
                .andExpect(jsonPath("$.errors[0].kind").value("UNKNOWN_MEMBER"));
    }

    @Test
    void aWrongValueDeepInTheBodyIsNamedByItsLineAndColumnAsWithBoot3() throws Exception {
        String bad = PRETTY.replace("\"decisions\": 64", "\"decisions\": -64");
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The body is not a valid report's JSON: /T2/licensing/decisions: "
                        + "a count must not be negative, found -64 (at line 22, column 20 of the document)"))
                .andExpect(jsonPath("$.errors[0].message").value("a count must not be negative, found -64"));
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求体不是有效的年度报告 JSON：/T2/licensing/decisions："
                        + "格式不允许这个值（计数不能是负数，实为 -64）（文档第 22 行第 20 列）"));
    }

    @Test
    void aSyntaxErrorIsNamedByTheLineAndColumnOfTheBadTokenAsWithBoot3() throws Exception {
        String bad = PRETTY.replace("\"decisions\": 64", "\"decisions\": 64 64");
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].kind").value("MALFORMED_JSON"))
                .andExpect(jsonPath("$.errors[0].pointer").value("/T2/licensing"))
                .andExpect(jsonPath("$.detail", startsWith("The body is not a valid report's JSON: /T2/licensing: "
                        + "malformed JSON: Unexpected character ('6' (code 54)): was expecting comma")))
                .andExpect(jsonPath("$.detail", endsWith(" (at line 22, column 23 of the document)")));
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("请求体不是有效的年度报告 JSON：/T2/licensing：JSON 格式错误"
                        + "（解析器的说明：Unexpected character ('6' (code 54)): was expecting comma")))
                .andExpect(jsonPath("$.detail", endsWith("）（文档第 22 行第 23 列）")));
    }

    @Test
    void aBodyThatIsNotJsonAtAllIsAProblemOfTheWholeDocument() throws Exception {
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).content("{\"format\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].kind").value("MALFORMED_JSON"))
                .andExpect(jsonPath("$.detail", startsWith("The body is not a valid report's JSON: ")));
    }

    @Test
    void anUnreadableBodyOfAnotherTargetKeepsSpringsOwnHandling() throws Exception {
        mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("errors"))));
    }

    @Test
    void otherTargetsKeepSpringsOwnHandling() throws Exception {
        mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("errors"))));
    }
}
