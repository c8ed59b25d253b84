package io.github.gongkai.spring.boot;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.gongkai.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A {@code @WebMvcTest} slice has the starter's configuration (its {@code AutoConfigureWebMvc.imports}): without
 * it the slice's ObjectMapper lacked the module and every report was a 400.
 */
@WebMvcTest(TestApplication.Reports.class)
class WebMvcSliceTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void aReportWithWrongTotalsIsA400InASliceToo() throws Exception {
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON)
                        .content(ReportJson.standard().write(TestApplication.wrongTotals())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("T3.ROW_TOTAL.1"));
        mvc.perform(post("/reports").contentType(MediaType.APPLICATION_JSON)
                        .content(ReportJson.standard().write(TestApplication.liangshan())))
                .andExpect(status().isOk());
    }
}
