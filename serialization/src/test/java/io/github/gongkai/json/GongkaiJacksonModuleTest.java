package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.TokenBuffer;

/** {@link GongkaiJacksonModule}: discovery, the same bytes as {@link ReportJson}, strictness, embedding. */
class GongkaiJacksonModuleTest {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    /** A user's type holding reports. */
    public record Corpus(String name, List<Report> reports) {
    }

    static Stream<Report> samples() {
        return Stream.concat(Samples.all().stream(), Stream.of(Samples.unread2021(), Samples.unread2019()));
    }

    @Test
    void isDiscoveredThroughTheServiceLoader() throws IOException {
        Module module = GongkaiJacksonModule.class.getModule();
        if (module.isNamed()) {
            assertTrue(module.getDescriptor().provides().stream().anyMatch(p ->
                    p.service().equals(JacksonModule.class.getName())
                    && p.providers().equals(List.of(GongkaiJacksonModule.class.getName()))));
        }
        try (InputStream in = module.getResourceAsStream("META-INF/services/" + JacksonModule.class.getName())) {
            assertEquals(GongkaiJacksonModule.class.getName(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        assertTrue(MAPPER.registeredModules().stream().anyMatch(m -> m instanceof GongkaiJacksonModule));
        GongkaiJacksonModule jacksonModule = new GongkaiJacksonModule();
        assertEquals("gongkai", jacksonModule.getModuleName());
        assertEquals("gongkai-serialization", jacksonModule.version().getArtifactId());
        assertEquals("io.github.gongkai", jacksonModule.version().getGroupId());
        assertTrue(jacksonModule.version().getMajorVersion() + jacksonModule.version().getMinorVersion() > 0);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writesTheCanonicalBytesAndReadsThemBack(Report report) {
        String json = MAPPER.writeValueAsString(report);
        assertEquals(ReportJson.standard().write(report), json);
        assertEquals(report, MAPPER.readValue(json, Report.class));
    }

    @Test
    void staysStrictWhateverTheMapperSays() {
        JsonMapper lenient = JsonMapper.builder()
                .addModule(new GongkaiJacksonModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        String json = ReportJson.standard().write(Samples.liangshan2021());
        ReportJsonException unknown = assertThrows(ReportJsonException.class,
                () -> lenient.readValue(json.replace("\"narrative\":{}", "\"narrative\":{},\"x\":1"), Report.class));
        assertEquals("/x", unknown.pointer());
        ReportJsonException missing = assertThrows(ReportJsonException.class,
                () -> lenient.readValue(json.replace("\"licensing\":{\"decisions\":64},", ""), Report.class));
        assertEquals("/T2/licensing", missing.pointer());
    }

    @Test
    void reportsInsideOtherTypesAreReadWithPointersFromTheRoot() {
        Corpus corpus = new Corpus("两份", List.of(Samples.liangshan2021(), Samples.edge2019()));
        String json = MAPPER.writeValueAsString(corpus);
        assertEquals(corpus, MAPPER.readValue(json, Corpus.class));
        List<Report> list = MAPPER.readValue(MAPPER.writeValueAsString(corpus.reports()),
                new TypeReference<List<Report>>() { });
        assertEquals(corpus.reports(), list);

        String broken = json.replaceFirst("\"decisions\":64", "\"decisions\":\"64\"");
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> MAPPER.readValue(broken, Corpus.class));
        assertEquals("/reports/0/T2/licensing/decisions", e.pointer());
        assertEquals(ReportJsonException.Kind.WRONG_TYPE, e.kind());

        String second = json.replaceFirst("\"edition\":\"2019\"", "\"edition\":\"2020\"");
        e = assertThrows(ReportJsonException.class, () -> MAPPER.readValue(second, Corpus.class));
        assertEquals("/reports/1/edition", e.pointer());

        String surrogate = json.replaceFirst("某市交通运输局", "某市\\\\ud800");
        e = assertThrows(ReportJsonException.class, () -> MAPPER.readValue(surrogate, Corpus.class));
        assertEquals(ReportJsonException.Kind.MALFORMED_JSON, e.kind());
        assertEquals("/reports/1/header/organName", e.pointer());
        String name = json.replaceFirst("\"T4\":\\{", "\"T4\":{\"\\\\udc00\":1,");
        e = assertThrows(ReportJsonException.class, () -> MAPPER.readValue(name, Corpus.class));
        assertEquals(ReportJsonException.Kind.MALFORMED_JSON, e.kind());
        assertEquals("/reports/0/T4", e.pointer());

        Corpus unread = new Corpus("未读", List.of(Samples.liangshan2021(), Samples.unread2021()));
        String v2 = MAPPER.writeValueAsString(unread);
        assertEquals(unread, MAPPER.readValue(v2, Corpus.class));
        String v1 = v2.replace("\"version\":2", "\"version\":1");
        e = assertThrows(ReportJsonException.class, () -> MAPPER.readValue(v1, Corpus.class));
        assertEquals(ReportJsonException.Kind.UNSUPPORTED_FORMAT, e.kind());
        assertEquals("/reports/1/T2/licensing/decisions", e.pointer());
        String late = v1.replace("\"version\":1,\"edition\":\"2021\",\"header\":{\"organName\":\"凉山州经济和信息化局\","
                + "\"reportYear\":2021,\"publicationDate\":\"2022-01-26\",\"source\"",
                "\"edition\":\"2021\",\"header\":{\"organName\":\"凉山州经济和信息化局\",\"reportYear\":2021,"
                + "\"publicationDate\":\"2022-01-26\",\"source\"").replace("\"narrative\":{}}]}",
                "\"narrative\":{},\"version\":1}]}");
        assertNotEquals(v1, late);
        e = assertThrows(ReportJsonException.class, () -> MAPPER.readValue(late, Corpus.class));
        assertEquals("/reports/1/T2/licensing/decisions", e.pointer(), "remembered until the version is read");

        e = assertThrows(ReportJsonException.class,
                () -> MAPPER.readValue("{\"name\":\"x\",\"reports\":[\"a report\"]}", Corpus.class));
        assertEquals(ReportJsonException.Kind.WRONG_TYPE, e.kind());
        assertEquals("/reports/0", e.pointer());
    }

    @Test
    void nullIsNullAndTreesConvert() {
        assertNull(MAPPER.readValue("null", Report.class));
        JsonNode tree = MAPPER.valueToTree(Samples.amounts2021());
        assertEquals("5000万元", tree.at("/S6/informationProcessingFees/amountNoticed").asString());
        assertEquals(Samples.amounts2021(), MAPPER.treeToValue(tree, Report.class));
    }

    @Test
    void aTokenStreamEndingInsideAReportIsAWrongType() {
        // Jackson's JSON parsers reject a truncated document as malformed before the reader sees its end; a token
        // source that does not check structure, such as a TokenBuffer, can end anywhere.
        TokenBuffer tokens = TokenBuffer.forGeneration();
        tokens.writeStartObject();
        tokens.writeName("format");
        ReportJsonException e = assertThrows(ReportJsonException.class,
                () -> MAPPER.readValue(tokens.asParser(), Report.class));
        assertEquals(ReportJsonException.Kind.WRONG_TYPE, e.kind());
        assertEquals("/format", e.pointer());
        assertEquals("expected the format name \"gongkai.report\", found the end of the input", e.problem());
    }

    @Test
    void limitsComeFromTheMapper() {
        JsonMapper tight = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                        .streamReadConstraints(ReportJson.Limits.defaults().withMaxNumberLength(2).toConstraints())
                        .build())
                .addModule(new GongkaiJacksonModule())
                .build();
        String json = ReportJson.standard().write(Samples.liangshan2021()).replace(":64", ":640");
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> tight.readValue(json, Report.class));
        assertEquals(ReportJsonException.Kind.LIMIT_EXCEEDED, e.kind());
    }
}
