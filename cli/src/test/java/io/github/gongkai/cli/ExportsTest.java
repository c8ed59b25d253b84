package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The exports of issue 17: the cells CSV's new columns and {@code --excel} bytes, the data package beside a CSV
 * checked against the Table Schema rules, the findings CSV, and what {@code convert} and {@code batch} name.
 */
class ExportsTest {

    private static final Set<String> TABLE_SCHEMA_TYPES = Set.of("string", "number", "integer", "boolean", "object",
            "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any");

    @TempDir
    Path dir;

    private List<List<String>> convertCells(Path input, Path csv, String... options) throws IOException {
        String[] args = new String[4 + options.length];
        args[0] = "convert";
        System.arraycopy(options, 0, args, 1, options.length);
        args[1 + options.length] = input.toString();
        args[2 + options.length] = "-o";
        args[3 + options.length] = csv.toString();
        Run run = GongkaiCliTest.run(args);
        assertEquals(0, run.exit(), run.err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        return CsvParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static List<String> row(List<List<String>> rows, String cell) {
        return rows.stream().filter(r -> r.get(4).equals(cell)).findFirst().orElseThrow(() -> new AssertionError(cell));
    }

    @Test
    void theCellsCsvNamesTableRowAndColumnAndPrintsValuesAsText() throws IOException {
        List<List<String>> rows = convertCells(Fixtures.exports(dir), dir.resolve("cells.csv"));
        assertEquals(CellRows.HEADER, String.join(",", rows.get(0)));
        // The twelve columns of before keep their places.
        assertEquals(List.of("source", "organ", "year", "edition", "cell", "label", "kind", "value", "unit", "raw",
                "status", "reason"), rows.get(0).subList(0, 12));
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(16, row.size(), row.toString());
            assertEquals(row.get(4), row.get(12) + "/" + row.get(13) + "/" + row.get(14));
        }
        List<String> amount = row(rows, "S6/informationProcessingFees/amountCollected");
        assertEquals(List.of("amount", "0.00", "万元", "0.00万元", "read", "", "S6", "informationProcessingFees",
                "amountCollected", "[0.00]"), amount.subList(6, 16));
        assertEquals(List.of("count", "0", "", "0", "read", "", "T2", "rules", "inForce", "[0]"),
                row(rows, "T2/rules/inForce").subList(6, 16), "the count 0 beside the amount 0.00");
        assertEquals("'=HYPERLINK(\"http://x\",\"局\")", amount.get(1), "the organ is guarded, its quotes kept");
    }

    @Test
    void excelGetsAByteOrderMarkAndCrlfAndThePlainCsvNeither() throws IOException {
        Path excel = dir.resolve("excel.csv");
        List<List<String>> rows = convertCells(Fixtures.exports(dir), excel, "--excel");
        byte[] bytes = Files.readAllBytes(excel);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 's', 'o', 'u', 'r', 'c', 'e', ','},
                Arrays.copyOf(bytes, 10));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(rows.size(), text.split("\r\n", -1).length - 1, "every line ends with CRLF");
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF");

        Path plain = dir.resolve("plain.csv");
        assertEquals(rows, convertCells(Fixtures.exports(dir), plain));
        byte[] plainBytes = Files.readAllBytes(plain);
        assertEquals('s', plainBytes[0]);
        assertFalse(new String(plainBytes, StandardCharsets.UTF_8).contains("\r"));
    }

    @Test
    void aCsvInAFolderGetsADataPackageThatDescribesIt() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path csv = out.resolve("cells.csv");
        List<List<String>> rows = convertCells(Fixtures.exports(dir), csv, "--excel");
        JsonNode pack = FindingsJson.MAPPER.readTree(out.resolve("datapackage.json").toFile());
        assertEquals("tabular-data-package", pack.get("profile").asString());
        JsonNode resource = pack.get("resources").get(0);
        assertEquals("cells.csv", resource.get("path").asString());
        assertEquals("\r\n", resource.get("dialect").get("lineTerminator").asString());
        checkAgainstTableSchema(resource.get("schema"), rows);
        JsonNode key = resource.get("schema").get("primaryKey");
        assertEquals("[\"source\",\"cell\"]", key.toString());

        // The findings CSV of the same folder joins the package; the cells keep their resource.
        Path findings = out.resolve("findings.csv");
        Run run = GongkaiCliTest.run("check", "--format", "csv", Fixtures.broken(dir).toString(), "-o",
                findings.toString());
        assertEquals(1, run.exit(), run.err());
        pack = FindingsJson.MAPPER.readTree(out.resolve("datapackage.json").toFile());
        assertEquals(2, pack.get("resources").size());
        assertEquals("cells.csv", pack.get("resources").get(0).get("path").asString());
        JsonNode second = pack.get("resources").get(1);
        assertEquals("findings", second.get("name").asString());
        checkAgainstTableSchema(second.get("schema"),
                CsvParser.parse(Files.readString(findings, StandardCharsets.UTF_8)));

        // Converting again replaces the cells' resource instead of adding one.
        convertCells(Fixtures.exports(dir), csv);
        pack = FindingsJson.MAPPER.readTree(out.resolve("datapackage.json").toFile());
        assertEquals(2, pack.get("resources").size());
        assertEquals("\n", pack.get("resources").get(1).get("dialect").get("lineTerminator").asString());
    }

    /**
     * The Table Schema rules that can be checked here: field names are the CSV header in order, each field's type is
     * one of the spec's, every value not missing is of its field's type and within its enum, and the primary key's
     * fields exist and are unique together.
     */
    private static void checkAgainstTableSchema(JsonNode schema, List<List<String>> rows) {
        List<String> names = schema.get("fields").valueStream().map(f -> f.get("name").asString()).toList();
        assertEquals(rows.get(0), names);
        Set<String> missing = new HashSet<>();
        schema.get("missingValues").forEach(v -> missing.add(v.asString()));
        assertEquals(Set.of(""), missing);
        List<JsonNode> fields = schema.get("fields").valueStream().toList();
        for (JsonNode field : fields) {
            assertTrue(TABLE_SCHEMA_TYPES.contains(field.get("type").asString()), field.toString());
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(names.size(), row.size());
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i);
                JsonNode field = fields.get(i);
                if (missing.contains(value)) {
                    continue;
                }
                switch (field.get("type").asString()) {
                    case "integer" -> assertTrue(value.matches("[+-]?[0-9]+"), field + ": " + value);
                    case "number" -> new BigDecimal(value);
                    default -> { }
                }
                JsonNode allowed = field.path("constraints").path("enum");
                if (allowed.isArray()) {
                    assertTrue(allowed.valueStream().anyMatch(v -> v.asString().equals(value)), field + ": " + value);
                }
            }
        }
        JsonNode key = schema.path("primaryKey");
        if (key.isArray()) {
            List<Integer> columns = key.valueStream().map(k -> names.indexOf(k.asString())).toList();
            assertFalse(columns.contains(-1), key.toString());
            Set<List<String>> seen = new HashSet<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                assertTrue(seen.add(columns.stream().map(row::get).toList()), "primary key repeated: " + row);
            }
        }
    }

    @Test
    void aFolderWithAnotherDatapackageJsonIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = Files.createDirectories(dir.resolve("theirs"));
        Files.writeString(out.resolve("datapackage.json"), "[1, 2]");
        Run run = GongkaiCliTest.run("convert", Fixtures.sample(dir).toString(), "-o", out.resolve("c.csv").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is not a data package"), run.err());
        assertFalse(Files.exists(out.resolve("c.csv")));
        assertEquals("[1, 2]", Files.readString(out.resolve("datapackage.json")));
    }

    @Test
    void standardOutputGetsNoDataPackage() throws IOException {
        Path sample = Fixtures.sample(dir);
        Run run = GongkaiCliTest.run("convert", "--to", "cells", sample.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith(CellRows.HEADER + "\n"));
        assertFalse(Files.exists(dir.resolve("datapackage.json")));
    }

    @Test
    void theFindingsCsvHasARowPerFindingAndOnePerUnreadableInput() throws IOException {
        Path broken = Fixtures.broken(dir);
        Path notice = Fixtures.unreadable(dir);
        Run run = GongkaiCliTest.run("check", "--lang", "en", "--format", "csv", "--excel", broken.toString(),
                notice.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.out().startsWith("\uFEFF" + FindingRows.HEADER + "\r\n"), run.out());
        List<List<String>> rows = CsvParser.parse(run.out().substring(1));
        List<String> failed = rows.stream().filter(r -> r.get(4).equals("T3.ROW_TOTAL.1")).findFirst().orElseThrow();
        assertEquals(List.of(broken.toString(), "凉山州经济和信息化局", "2021", "2021", "T3.ROW_TOTAL.1", "ERROR", "FAILED"),
                failed.subList(0, 7));
        assertTrue(failed.get(8).startsWith("Table 3, row newlyReceived"), failed.get(8));
        assertTrue(failed.get(9).contains("T3/newlyReceived/naturalPerson T3/newlyReceived/"), failed.get(9));
        assertEquals(List.of("T3/newlyReceived/naturalPerson", "[0]", "HIGH"), failed.subList(10, 13));
        List<String> unreadable = rows.get(rows.size() - 1);
        assertEquals(notice.toString(), unreadable.get(0));
        assertEquals("UNREADABLE", unreadable.get(6));
        assertTrue(unreadable.get(8).contains("; next: "), unreadable.get(8));

        Run zh = GongkaiCliTest.run("check", "--lang", "zh", "--format", "csv", broken.toString());
        assertTrue(zh.out().contains(",T3.ROW_TOTAL.1,ERROR,FAILED,"), zh.out());
        assertFalse(zh.out().contains("Table 3, row"), zh.out());
    }

    @Test
    void excelIsRefusedForOtherFormats() throws IOException {
        Run run = GongkaiCliTest.run("check", "--lang", "en", "--excel", Fixtures.sample(dir).toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--excel is for --format csv only"), run.err());
        run = GongkaiCliTest.run("convert", "--lang", "en", "--excel", "--to", "jsonl", Fixtures.sample(dir).toString());
        assertEquals(2, run.exit());
    }

    @Test
    void convertListsTheCellsItCouldNotPlace() throws IOException {
        Run run = GongkaiCliTest.run("convert", "--lang", "en", "--to", "cells", Fixtures.lostCell(dir).toString(),
                "-o", dir.resolve("lost.csv").toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        int head = lines.size() - 1;
        while (head >= 0 && !lines.get(head).contains("liangshan-2021-lost-cell.txt: ")) {
            head--;
        }
        assertTrue(head >= 0 && lines.get(head).endsWith(":"), run.err());
        List<String> listed = lines.subList(head + 1, lines.size());
        assertFalse(listed.isEmpty(), run.err());
        assertTrue(listed.stream().allMatch(l -> l.startsWith("  T2/rules/")), run.err());
    }

    @Test
    void batchNamesTheReportsNotValidAndTheInputsNotRead() throws IOException {
        Path broken = Fixtures.broken(dir);
        Path sample = Fixtures.sample(dir);
        Path notice = Fixtures.unreadable(dir);
        Run run = GongkaiCliTest.run("batch", "--lang", "en", "--progress", "none", sample.toString(),
                broken.toString(), notice.toString());
        assertEquals(2, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("not valid:\n  " + broken + "\n"), out);
        assertTrue(out.contains("unreadable:\n  " + notice + ": "), out);
        assertFalse(out.contains("  " + sample + "\n"), out);
    }
}
