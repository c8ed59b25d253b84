package io.github.gongkai.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SampleReportExampleTest {

    @Test
    void printsTheSampleTables() {
        String output = run();
        assertTrue(output.startsWith("凉山州经济和信息化局 2021年政府信息公开工作年度报告"), output);
        assertTrue(output.contains("第二十条第（五）项 行政许可:  本年处理决定数量 64"), output);
        assertTrue(output.contains("第二十条第（一）项 行政规范性文件:  本年制发件数 0  本年废止件数 0  现行有效件数 1"), output);
        assertTrue(output.contains("（七）总计:  自然人 0"), output);
        assertTrue(output.contains("行政诉讼 复议后起诉:  结果维持 0"), output);
        assertTrue(output.contains("T2/licensing/decisions（第二十条第（五）项 行政许可 / 本年处理决定数量） = 64"), output);
    }

    private static String run() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            SampleReportExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
