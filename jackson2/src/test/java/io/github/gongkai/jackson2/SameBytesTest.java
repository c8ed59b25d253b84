package io.github.gongkai.jackson2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.testkit.ReportGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Jackson 2 mapper with the module writes byte for byte what ReportJson writes and reads back the same
 * report, for the sample reports and for thousands of generated ones of each edition.
 */
class SameBytesTest {

    private static final int COUNT = Integer.getInteger("gongkai.testkit.count", 2_000);
    private static final ReportJson JSON = ReportJson.standard();
    /** Found through META-INF/services, as an application's findAndRegisterModules() finds it. */
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @Test
    void theModuleIsFoundByTheServiceLoader() {
        assertTrue(MAPPER.getRegisteredModuleIds().contains(GongkaiJackson2Module.class.getName()),
                MAPPER.getRegisteredModuleIds().toString());
        GongkaiJackson2Module.requireRegistered(MAPPER);
    }

    @Test
    void samplesAreWrittenAsReportJsonWritesThem() throws Exception {
        for (Report report : Samples.all()) {
            assertSame(report);
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void generatedReportsAreWrittenAsReportJsonWritesThem(Edition edition) throws Exception {
        ReportGenerator generator = ReportGenerator.builder().edition(edition).build();
        SplittableRandom random = new SplittableRandom(17 + edition.ordinal());
        for (int i = 0; i < COUNT; i++) {
            assertSame(generator.generate(random));
        }
    }

    private static void assertSame(Report report) throws Exception {
        String canonical = JSON.write(report);
        assertEquals(canonical, MAPPER.writeValueAsString(report));
        assertArrayEquals(JSON.writeBytes(report), MAPPER.writeValueAsBytes(report));
        StringWriter out = new StringWriter();
        MAPPER.writeValue(out, report);
        assertEquals(canonical, out.toString());
        assertEquals(report, MAPPER.readValue(canonical, Report.class));
        assertEquals(report, MAPPER.readValue(JSON.writeBytes(report), Report.class));
    }

    @Test
    void aPrettyModuleWritesThePrettyForm() throws Exception {
        ReportJson pretty = ReportJson.builder().pretty(true).build();
        ObjectMapper mapper = JsonMapper.builder().addModule(new GongkaiJackson2Module(pretty)).build();
        for (Report report : Samples.all()) {
            assertEquals(pretty.write(report), mapper.writeValueAsString(report));
        }
        // The example file is the canonical pretty form.
        assertEquals(Samples.liangshanJson(), mapper.writeValueAsString(Samples.liangshan2021()));
    }

    /** A type of the application holding reports. */
    record Batch(String name, List<Report> reports) {
    }

    @Test
    void reportsInsideTheApplicationsTypesAreTheCanonicalDocuments() throws Exception {
        Batch batch = new Batch("2021", Samples.all());
        StringBuilder expected = new StringBuilder("{\"name\":\"2021\",\"reports\":[");
        for (int i = 0; i < batch.reports().size(); i++) {
            expected.append(i == 0 ? "" : ",").append(JSON.write(batch.reports().get(i)));
        }
        expected.append("]}");
        assertEquals(expected.toString(), MAPPER.writeValueAsString(batch));
        assertEquals(batch, MAPPER.readValue(expected.toString(), Batch.class));
        // An indenting mapper indents around the reports; each report stays canonical and reads back.
        String indented = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(batch);
        assertTrue(indented.contains("\n  \"reports\" : [ " + JSON.write(batch.reports().get(0))), indented);
        assertEquals(batch, MAPPER.readValue(indented, Batch.class));
    }

    @Test
    void aTokenBufferGetsTokensAndAmountsStayExact() throws Exception {
        // A TokenBuffer (convertValue, Spring's buffering) is no text generator: the module replays the
        // canonical tokens, amounts as BigDecimal with their scale, and reads them back from the buffer.
        for (Report report : Samples.all()) {
            TokenBuffer buffer = new TokenBuffer(MAPPER, false);
            MAPPER.writeValue(buffer, report);
            try (JsonParser tokens = buffer.asParser()) {
                assertEquals(JsonToken.START_OBJECT, tokens.nextToken());
                assertEquals("format", tokens.nextFieldName());
            }
            try (JsonParser tokens = buffer.asParser()) {
                assertEquals(report, MAPPER.readValue(tokens, Report.class));
            }
        }
        Batch batch = new Batch("b", List.of(Samples.amounts2021()));
        assertEquals(batch, MAPPER.convertValue(batch, Batch.class));
    }
}
