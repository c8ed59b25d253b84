package io.github.gongkai.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test kit README's JUnit 5 example is {@link MyReportConsumerTest}, character for character. */
class ReadmeExampleIsThisTestTest {

    private static final String SECTION = "## Testing your code with generated reports (JUnit 5)";

    @Test
    void theReadmesExampleIsTheTestThatRuns() throws IOException {
        String readme = Files.readString(Path.of("../testkit/README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf(SECTION));
        String example = section.split("```java\n", 2)[1].split("```", 2)[0];
        String test = Files.readString(
                Path.of("src/test/java/io/github/gongkai/examples/readme/MyReportConsumerTest.java"),
                StandardCharsets.UTF_8);
        assertEquals("package io.github.gongkai.examples.readme;\n\n" + example, test,
                "copy the README's example into MyReportConsumerTest (or the other way round)");
    }
}
