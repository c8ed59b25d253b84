package io.github.gongkai.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.gongkai.json.ReportJson;
import io.github.gongkai.validation.BlankPolicy;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import io.github.gongkai.validation.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code gongkai.validation.rule.T3.ROW_TOTAL=warning} in the application's properties turns the wrong totals
 * into warnings: the same request that is a 400 by default is a 200, and the ReportValidator bean agrees.
 */
@SpringBootTest(classes = TestApplication.class, properties = {"gongkai.validation.rule.T3.ROW_TOTAL=warning",
        "gongkai.validation.blanks=strict", "gongkai.json.pretty=true"})
@AutoConfigureMockMvc
class RuleSettingsTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ReportValidator validator;
    @Autowired
    private ReportJson json;

    @Test
    void aRuleTurnedIntoAWarningNoLongerFailsValid() throws Exception {
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON)
                        .content(ReportJson.standard().write(TestApplication.wrongTotals())))
                .andExpect(status().isOk());
        assertEquals(Severity.WARNING, validator.validate(TestApplication.wrongTotals()).findings().get(0).severity());
        assertEquals(BlankPolicy.STRICT, validator.validate(TestApplication.wrongTotals()).findings().get(0)
                .blankPolicy());
        assertEquals(Rule.T3_ROW_TOTAL.id(), validator.validate(TestApplication.wrongTotals()).findings().get(0).rule());
        assertEquals(true, json.isPretty());
    }
}
