package io.github.gongkai.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildReportExampleTest {

    @Test
    void printsTheTablesOfTheHandBuiltReport() {
        String output = Output.of(() -> BuildReportExample.main(new String[0]));
        assertTrue(output.contains("二、主动公开政府信息情况 [T2]"), output);
        assertTrue(output.contains("第二十条第（八）项 行政事业性收费:  本年收费金额（单位：万元） 0万元"), output);
        assertTrue(output.contains("信息处理费:  发出收费通知的件数 0  总金额 0元  实际收取的总金额 0元"), output);
    }
}
