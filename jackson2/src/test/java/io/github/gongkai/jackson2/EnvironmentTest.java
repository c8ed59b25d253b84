package io.github.gongkai.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * The tests run against the Jackson 2 the build says (the oldest supported in the default run, the newest in
 * the second), and in the oldest one without the jackson-annotations that Jackson 3's databind needs: so the
 * module works where Spring Boot 3 downgrades jackson-annotations.
 */
class EnvironmentTest {

    private static final String EXPECTED = System.getProperty("gongkai.jackson2.expected");

    @Test
    void theRunUsesTheJackson2VersionOfItsExecution() {
        assertNotNull(EXPECTED, "run through Maven, which sets gongkai.jackson2.expected");
        assertEquals(EXPECTED, PackageVersion.VERSION.toString());
        assertEquals(EXPECTED, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
    }

    @Test
    void jackson3DatabindIsNeverLoaded() throws Exception {
        if (PackageVersion.VERSION.getMinorVersion() < 21) {
            // jackson-annotations older than 2.21: Jackson 3's databind cannot even start here ...
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"));
            assertThrows(NoClassDefFoundError.class, () -> tools.jackson.databind.json.JsonMapper.builder());
        }
        // ... and the module, through ReportJson, still writes and reads.
        Report report = Samples.liangshan2021();
        assertEquals(report, new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                .readValue(ReportJson.standard().write(report), Report.class));
    }
}
