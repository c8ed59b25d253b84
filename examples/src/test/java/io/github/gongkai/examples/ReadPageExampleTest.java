package io.github.gongkai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Report;
import io.github.gongkai.reader.ReportReader;
import org.junit.jupiter.api.Test;

class ReadPageExampleTest {

    @Test
    void printsTheSampleTablesAndVerdict() {
        String output = Output.of(() -> ReadPageExample.main(new String[0]));
        assertTrue(output.startsWith("凉山州经济和信息化局 2021年政府信息公开工作年度报告"), output);
        assertTrue(output.contains("第二十条第（五）项 行政许可:  本年处理决定数量 64"), output);
        assertTrue(output.contains("第二十条第（一）项 行政规范性文件:  本年制发件数 0  本年废止件数 0  现行有效件数 1"), output);
        assertTrue(output.contains("（七）总计:  自然人 0"), output);
        assertTrue(output.contains("行政诉讼 复议后起诉:  结果维持 0"), output);
        assertTrue(output.contains("读取 / read: 2021 edition from TEXT: 203 read, 0 blank, 0 ambiguous, 0 not found"), output);
        assertTrue(output.contains("校验 / validation: valid, 0 finding(s)"), output);
    }

    @Test
    void thePageReadsIntoExactlyTheReportBuiltByHand() {
        Report read = ReportReader.standard().read(ReadPageExample.samplePage()).report();
        Report built = BuildReportExample.liangshan2021();
        assertEquals(built.cells(), read.cells());
        assertEquals(built.header().organName(), read.header().organName());
        assertEquals(built.header().reportYear(), read.header().reportYear());
        assertEquals(built.header().publicationDate(), read.header().publicationDate());
    }
}
