package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJsonException.Kind;
import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.junit.GeneratedReports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader compares each member name first with the one the canonical order puts there and looks it up
 * only when it is another: a document must read the same whatever the order of the members of every
 * object (root, header, narrative, tables, rows), and members out of order must be checked as strictly.
 */
class MemberOrderTest {

    private static final ReportJson JSON = ReportJson.standard();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Rebuilds every object of the tree with its members reordered by {@code order}. */
    private static JsonNode reorder(JsonNode node, Consumer<List<String>> order) {
        if (!node.isObject()) {
            return node;
        }
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            names.add(member.getKey());
        }
        order.accept(names);
        ObjectNode copy = MAPPER.createObjectNode();
        for (String name : names) {
            copy.set(name, reorder(node.get(name), order));
        }
        return copy;
    }

    private static String reordered(Report report, Consumer<List<String>> order) {
        return MAPPER.writeValueAsString(reorder(MAPPER.readTree(JSON.write(report)), order));
    }

    @ParameterizedTest
    @GeneratedReports(count = 300, seed = 0x0_4D_45_4D)
    void everyObjectInAnyOrderReadsTheSame(GeneratedReport generated) {
        Report report = generated.report();
        assertEquals(report, JSON.read(reordered(report, Collections::reverse)), generated::toString);
        Random random = new Random(generated.toString().hashCode());
        assertEquals(report, JSON.read(reordered(report, names -> Collections.shuffle(names, random))),
                generated::toString);
    }

    @Test
    void everyOptionalMemberPresentAndInReverseOrder() {
        Report report = Samples.liangshan2021().toBuilder()
                .source("https://www.example.gov.cn/report.html")
                .narrative(Narrative.of("总体", "问题", "其他"))
                .build();
        assertEquals(report, JSON.read(JSON.write(report)));
        assertEquals(report, JSON.read(reordered(report, Collections::reverse)));
        Report blank = Report.builder(Edition.V2019).organName("某机关").reportYear(2019)
                .publicationDate(LocalDate.of(2020, 1, 31)).build();
        assertEquals(blank, JSON.read(reordered(blank, Collections::reverse)));
    }

    private static ReportJsonException fails(String document) {
        return assertThrows(ReportJsonException.class, () -> JSON.read(document));
    }

    private static String edit(String document, String from, String to) {
        String edited = document.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertNotEquals(document, edited, "edit did not apply: " + from);
        return edited;
    }

    @Test
    void duplicateOptionalHeaderMembersAndNarrativeSectionsAreFound() {
        Report report = Samples.liangshan2021().toBuilder().source("来源")
                .narrative(Narrative.of("总体", null, "其他")).build();
        String json = JSON.write(report);
        ReportJsonException e = fails(edit(json, "\"source\":\"来源\"", "\"source\":\"来源\",\"source\":\"来源\""));
        assertEquals(Kind.DUPLICATE_MEMBER, e.kind());
        assertEquals("/header/source", e.pointer());
        e = fails(edit(json, "\"publicationDate\":\"2022-01-26\"",
                "\"publicationDate\":\"2022-01-26\",\"publicationDate\":\"2022-01-26\""));
        assertEquals(Kind.DUPLICATE_MEMBER, e.kind());
        assertEquals("/header/publicationDate", e.pointer());
        e = fails(edit(json, "\"otherMatters\":\"其他\"", "\"otherMatters\":\"其他\",\"overview\":\"又一\""));
        assertEquals(Kind.DUPLICATE_MEMBER, e.kind());
        assertEquals("/narrative/overview", e.pointer());
        e = fails(edit(json, "\"narrative\":{\"overview\"", "\"narrative\":{\"otherMatters\":\"x\",\"overview\""));
        assertEquals(Kind.DUPLICATE_MEMBER, e.kind());
        assertEquals("/narrative/otherMatters", e.pointer());
    }

    @Test
    void aTableGivenTwiceIsNamedByItsOwnPointer() {
        String json = JSON.write(Samples.liangshan2021());
        for (String table : List.of("T2", "T3", "T4", "S6")) {
            ReportJsonException e = fails(json.substring(0, json.lastIndexOf('}')) + ",\"" + table + "\":{}}");
            assertEquals(Kind.DUPLICATE_MEMBER, e.kind(), e.getMessage());
            assertEquals("/" + table, e.pointer());
        }
    }

    @Test
    void aRowThatIsNoObjectIsNamed() {
        String json = JSON.write(Samples.liangshan2021());
        ReportJsonException e = fails(edit(json, "\"licensing\":{\"decisions\":64}", "\"licensing\":64"));
        assertEquals(Kind.WRONG_TYPE, e.kind());
        assertEquals("/T2/licensing", e.pointer());
        assertEquals("expected row T2/licensing, an object of cells, found an integer", e.problem());
    }

    @Test
    void theLargestCountIsACountAndNegativeChangesAreSigned() {
        String json = JSON.write(Samples.liangshan2021());
        Report read = JSON.read(edit(json, "\"licensing\":{\"decisions\":64}",
                "\"licensing\":{\"decisions\":9223372036854775807}"));
        assertEquals(CellValue.count(Long.MAX_VALUE), read.get(CellRef.parse("T2/licensing/decisions")));
        assertEquals(CellValue.count(0), read.get(CellRef.parse("T3/newlyReceived/naturalPerson")));
        Report edge = JSON.read(JSON.write(Samples.edge2019()));
        assertEquals(Samples.edge2019(), edge);
        assertTrue(edge.cells().stream().anyMatch(cell -> cell.value() instanceof CellValue.SignedCount s
                && s.value() < 0), "the sample has a negative change");
    }
}
