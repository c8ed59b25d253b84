package io.github.gongkai.core;

import static io.github.gongkai.core.SpecDocument.backticked;
import static io.github.gongkai.core.SpecDocument.find;
import static io.github.gongkai.core.SpecDocument.keyLabelPairs;
import static io.github.gongkai.core.SpecDocument.paragraph;
import static io.github.gongkai.core.SpecDocument.split;
import static io.github.gongkai.core.SpecDocument.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads the report format spec ({@code src/test/resources/spec/report-format.md}, a copy of
 * {@code shared/spec/report-format.md}) and checks that the enums have exactly its rows and columns: the
 * same English keys, the same official Chinese labels character for character, in the same order, and
 * nothing that the spec does not list.
 */
class SpecConformanceTest {

    private static final SpecDocument SPEC = SpecDocument.load();

    // ---- section 二 ---------------------------------------------------------------------------------------

    /** One line of a section 二 table: a row, its block of article 20 and its column labels. */
    record T2Row(String key, String label, String block, List<String> columnLabels) {
    }

    /** Section 二 of one edition as the spec gives it. */
    record T2Layout(int cells, List<T2Row> rows, Map<String, String> columnKeysByLabel) {
        List<String> rowKeys() {
            List<String> keys = new ArrayList<>();
            for (T2Row row : rows) {
                keys.add(row.key());
            }
            return keys;
        }
    }

    static T2Layout t2(Edition edition) {
        String heading = SPEC.heading("Section 二, " + edition.key() + " edition");
        String body = SPEC.section(heading);
        int cells = Integer.parseInt(find(heading, "(\\d+) cells"));

        List<String> blocks = new ArrayList<>();
        List<String> rowLabels = new ArrayList<>();
        List<List<String>> rowColumns = new ArrayList<>();
        Set<String> columnLabels = new LinkedHashSet<>();
        for (List<String> line : table(body)) {
            List<String> columns = split(line.get(2), ",");
            for (String rowLabel : split(line.get(1), ";")) {
                blocks.add(line.get(0));
                rowLabels.add(rowLabel);
                rowColumns.add(columns);
            }
            columnLabels.addAll(columns);
        }

        String keys = paragraph(body, "Keys:");
        String rowsPart = find(keys, "^Keys: rows (.*?); columns ");
        String columnsPart = find(keys, "; columns (.*)$");

        // Rows: `key` (label) pairs, and "as in YEAR" for the rows another edition already keyed, in order.
        Map<String, String> explicit = keyLabelPairs(rowsPart);
        Iterator<String> inherited = List.<String>of().iterator();
        if (rowsPart.startsWith("as in ")) {
            inherited = t2(Edition.parse(find(rowsPart, "^as in (\\d{4})"))).rowKeys().iterator();
        }
        List<T2Row> rows = new ArrayList<>();
        for (int i = 0; i < rowLabels.size(); i++) {
            String label = rowLabels.get(i);
            String key = null;
            for (Map.Entry<String, String> pair : explicit.entrySet()) {
                if (pair.getValue().equals(label)) {
                    key = pair.getKey();
                }
            }
            if (key == null) {
                assertTrue(inherited.hasNext(), "spec gives no key for T2 row " + label + " in " + edition.key());
                key = inherited.next();
            }
            rows.add(new T2Row(key, label, blocks.get(i), rowColumns.get(i)));
        }
        assertFalse(inherited.hasNext(), "spec keys more inherited rows than the table has");

        // Columns: the keys in the order the table first prints each column.
        List<String> columnKeys = backticked(columnsPart);
        assertEquals(columnLabels.size(), columnKeys.size(),
                "spec: T2 " + edition.key() + " column keys " + columnKeys + " vs labels " + columnLabels);
        Map<String, String> columnKeysByLabel = new LinkedHashMap<>();
        Iterator<String> keyIterator = columnKeys.iterator();
        for (String label : columnLabels) {
            columnKeysByLabel.put(label, keyIterator.next());
        }
        // Where the Keys paragraph repeats a column's label, it agrees with the table's (perhaps shortened).
        for (Map.Entry<String, String> pair : keyLabelPairs(columnsPart).entrySet()) {
            if (!pair.getValue().matches("^[A-Za-z].*")) {
                String label = labelOf(columnKeysByLabel, pair.getKey());
                assertTrue(label.startsWith(pair.getValue()), pair + " vs " + label);
            }
        }
        return new T2Layout(cells, rows, columnKeysByLabel);
    }

    private static String labelOf(Map<String, String> keysByLabel, String key) {
        for (Map.Entry<String, String> entry : keysByLabel.entrySet()) {
            if (entry.getValue().equals(key)) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no label for key " + key);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void t2RowsHaveTheSpecsKeysLabelsAndOrder(Edition edition) {
        T2Layout spec = t2(edition);
        List<String> expected = new ArrayList<>();
        for (T2Row row : spec.rows()) {
            expected.add(row.key() + "=" + row.label());
        }
        List<String> actual = new ArrayList<>();
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            if (row.existsIn(edition)) {
                actual.add(row.key() + "=" + row.label(edition));
            }
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void t2RowsHaveTheSpecsBlocksAndColumns(Edition edition) {
        T2Layout spec = t2(edition);
        int cells = 0;
        for (T2Row specRow : spec.rows()) {
            ActiveDisclosureRow row = ActiveDisclosureRow.fromKey(specRow.key()).orElseThrow(
                    () -> new AssertionError("no T2 row " + specRow.key()));
            assertEquals(specRow.block(), row.block(), row.key());
            assertEquals(specRow.block() + " " + specRow.label(), row.qualifiedLabel(edition));
            List<String> expected = new ArrayList<>();
            for (String label : specRow.columnLabels()) {
                expected.add(spec.columnKeysByLabel().get(label) + "=" + label);
            }
            List<String> actual = new ArrayList<>();
            for (ActiveDisclosureColumn column : row.columns(edition)) {
                actual.add(column.key() + "=" + column.label(edition));
            }
            assertEquals(expected, actual, "columns of T2/" + row.key() + " in " + edition.key());
            cells += expected.size();
        }
        assertEquals(spec.cells(), cells, "spec heading's cell count");
        int actualCells = 0;
        for (CellRef ref : CellRef.all(edition)) {
            actualCells += ref.table() == ReportTable.T2 ? 1 : 0;
        }
        assertEquals(spec.cells(), actualCells);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void t2ColumnsHaveTheSpecsKeysLabelsAndOrder(Edition edition) {
        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, String> column : t2(edition).columnKeysByLabel().entrySet()) {
            expected.add(column.getValue() + "=" + column.getKey());
        }
        List<String> actual = new ArrayList<>();
        for (ActiveDisclosureColumn column : ActiveDisclosureColumn.values()) {
            if (column.existsIn(edition)) {
                actual.add(column.key() + "=" + column.label(edition));
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void everyT2ConstantIsInTheSpec() {
        Set<String> rows = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Edition edition : Edition.values()) {
            rows.addAll(t2(edition).rowKeys());
            columns.addAll(t2(edition).columnKeysByLabel().values());
        }
        for (ActiveDisclosureRow row : ActiveDisclosureRow.values()) {
            assertTrue(rows.contains(row.key()), "T2 row " + row.key() + " is not in the spec");
        }
        for (ActiveDisclosureColumn column : ActiveDisclosureColumn.values()) {
            assertTrue(columns.contains(column.key()), "T2 column " + column.key() + " is not in the spec");
        }
        assertEquals(rows.size(), ActiveDisclosureRow.values().length);
        assertEquals(columns.size(), ActiveDisclosureColumn.values().length);
    }

    @Test
    void t2ValueKindsAndUnitsAsTheSpecDescribesThem() {
        String body2021 = SPEC.section("Section 二, 2021 edition");
        String unit = find(body2021, "one amount in (万元|元)");
        int amounts = 0;
        for (ActiveDisclosureColumn column : ActiveDisclosureColumn.values()) {
            if (column.existsIn(Edition.V2021) && column.valueKind() == ValueKind.AMOUNT) {
                assertEquals(unit, column.headerUnit().symbol(), column.key());
                amounts++;
            }
        }
        assertEquals(1, amounts);

        String body2019 = SPEC.section("Section 二, 2019 edition");
        String signed = find(body2019, "\n(\\S+) is signed");
        String noUnit = find(body2019, "\\s(\\S+) has no printed unit");
        for (ActiveDisclosureColumn column : ActiveDisclosureColumn.values()) {
            if (column.existsIn(Edition.V2019)) {
                String label = column.label(Edition.V2019);
                assertEquals(label.equals(signed), column.valueKind() == ValueKind.SIGNED_COUNT, label);
                if (label.equals(noUnit)) {
                    assertEquals(ValueKind.AMOUNT, column.valueKind());
                    assertEquals(AmountUnit.UNSTATED, column.headerUnit());
                }
            }
        }
    }

    // ---- section 三 ---------------------------------------------------------------------------------------

    /** A row of section 三 as the spec gives it: full key, label, group key (or null) and number. */
    record T3Row(String key, String shortKey, String label, String group) {
    }

    /** A group heading of section 三: key and label. */
    record T3Group(String key, String label) {
    }

    static List<T3Group> t3Groups() {
        List<T3Group> groups = new ArrayList<>();
        for (List<String> line : table(SPEC.section("Section 三"))) {
            if (line.get(0).isEmpty() && line.get(2).startsWith("group ")) {
                groups.add(new T3Group(backticked(line.get(2)).get(0),
                        line.get(1).replaceFirst("\\s*\\(group[^)]*\\)$", "")));
            }
        }
        return groups;
    }

    static List<T3Row> t3Rows(Edition edition) {
        String body = SPEC.section("Section 三");
        List<T3Row> rows = new ArrayList<>();
        T3Group group = null;
        int number = 0;
        for (List<String> line : table(body)) {
            String label = line.get(1);
            if (line.get(0).isEmpty()) {
                // A heading without cells: a keyed group, or a plain heading that closes any group.
                group = line.get(2).startsWith("group ") ? new T3Group(backticked(line.get(2)).get(0),
                        label.replaceFirst("\\s*\\(group[^)]*\\)$", "")) : null;
                continue;
            }
            assertEquals(++number, Integer.parseInt(line.get(0)), "spec rows are numbered in order");
            if (group != null && !label.matches("^\\d+\\..*")) {
                group = null; // （七）总计 and 四、… are not items of the group above them
            }
            String shortKey = line.get(2).replace("`", "");
            rows.add(new T3Row(group == null ? shortKey : group.key() + "." + shortKey, shortKey, label,
                    group == null ? null : group.key()));
        }
        String counts = paragraph(body, "Rows, in order");
        assertEquals("2021", find(counts, "\\((\\d{4}) edition: \\d+ rows"));
        if (edition == Edition.V2021) {
            assertEquals(Integer.parseInt(find(counts, "edition: (\\d+) rows")), rows.size());
            return rows;
        }
        // "The 2019 edition has the same columns and rows, except that （六）其他处理 is ONE row with no
        // sub-rows (key `otherDisposal`): 23 rows, 161 cells."
        String exception = paragraph(body, "The 2019 edition");
        String groupLabel = find(exception, "except that (\\S+) is ONE row");
        String rowKey = find(exception, "ONE row with no sub-rows \\(key `(\\w+)`\\)");
        List<T3Row> rows2019 = new ArrayList<>();
        String groupKey = null;
        for (T3Group g : t3Groups()) {
            if (g.label().equals(groupLabel)) {
                groupKey = g.key();
            }
        }
        assertTrue(groupKey != null, "spec: " + groupLabel + " is a group of the 2021 edition");
        for (T3Row row : rows) {
            if (groupKey.equals(row.group())) {
                if (rows2019.stream().noneMatch(r -> r.key().equals(rowKey))) {
                    rows2019.add(new T3Row(rowKey, rowKey, groupLabel, null));
                }
            } else {
                rows2019.add(row);
            }
        }
        assertEquals(Integer.parseInt(find(exception, "(\\d+) rows, \\d+ cells")), rows2019.size());
        return rows2019;
    }

    static int t3Cells(Edition edition) {
        String body = SPEC.section("Section 三");
        return Integer.parseInt(edition == Edition.V2021 ? find(paragraph(body, "Rows, in order"), "(\\d+) cells")
                : find(paragraph(body, "The 2019 edition"), "(\\d+) cells"));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void t3RowsHaveTheSpecsKeysLabelsAndOrder(Edition edition) {
        List<String> expected = new ArrayList<>();
        for (T3Row row : t3Rows(edition)) {
            expected.add(row.key() + "=" + row.label());
        }
        List<String> actual = new ArrayList<>();
        for (ApplicationRow row : ApplicationRow.rows(edition)) {
            actual.add(row.key() + "=" + row.label(edition));
        }
        assertEquals(expected, actual);
        List<String> declared = new ArrayList<>();
        for (ApplicationRow row : ApplicationRow.values()) {
            if (row.existsIn(edition)) {
                declared.add(row.key() + "=" + row.label(edition));
            }
        }
        assertEquals(expected, declared, "constants are declared in printed order");
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void t3RowsAreInTheSpecsGroups(Edition edition) {
        for (T3Row specRow : t3Rows(edition)) {
            ApplicationRow row = ApplicationRow.fromKey(specRow.key()).orElseThrow(
                    () -> new AssertionError("no T3 row " + specRow.key()));
            assertEquals(Optional.ofNullable(specRow.group()), row.group().map(ApplicationGroup::key), row.key());
            assertEquals(specRow.shortKey(), row.shortKey());
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void t3CellCountsAsTheSpecStates(Edition edition) {
        int columns = Integer.parseInt(find(SPEC.section("Section 三"), "Columns \\((\\d+)\\)"));
        assertEquals(t3Cells(edition), t3Rows(edition).size() * columns);
        int actual = 0;
        for (CellRef ref : CellRef.all(edition)) {
            actual += ref.table() == ReportTable.T3 ? 1 : 0;
        }
        assertEquals(t3Cells(edition), actual);
    }

    @Test
    void t3GroupsHaveTheSpecsKeysLabelsAndOrder() {
        List<String> expected = new ArrayList<>();
        for (T3Group group : t3Groups()) {
            expected.add(group.key() + "=" + group.label());
        }
        List<String> actual = new ArrayList<>();
        for (ApplicationGroup group : ApplicationGroup.values()) {
            actual.add(group.key() + "=" + group.label());
        }
        assertEquals(expected, actual);
    }

    @Test
    void everyT3RowConstantIsInTheSpec() {
        Set<String> keys = new LinkedHashSet<>();
        for (Edition edition : Edition.values()) {
            for (T3Row row : t3Rows(edition)) {
                keys.add(row.key());
            }
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            assertTrue(keys.contains(row.key()), "T3 row " + row.key() + " is not in the spec");
        }
        assertEquals(keys.size(), ApplicationRow.values().length);
    }

    @Test
    void t3ColumnsHaveTheSpecsKeysLabelsAndOrder() {
        String body = SPEC.section("Section 三");
        String columns = paragraph(body, "Columns (");
        int count = Integer.parseInt(find(columns, "^Columns \\((\\d+)\\)"));
        // "自然人; then under 法人或其他组织 the five: 商业企业, …, 其他; then 总计."
        List<String> labels = new ArrayList<>();
        List<Boolean> underHeading = new ArrayList<>();
        String heading = null;
        boolean under = false;
        for (String token : split(find(columns, "in order: ([^.]*)\\."), "[;,:]")) {
            boolean then = token.startsWith("then ");
            String item = token.replaceFirst("^then ", "");
            if (item.matches(".*[A-Za-z].*")) {
                heading = find(item, "(\\p{IsHan}+)");
                under = true;
                continue;
            }
            if (then) {
                under = false;
            }
            labels.add(item);
            underHeading.add(under);
        }
        List<String> keys = split(find(paragraph(body, "Column keys:"), "^Column keys: (.*)\\.$"), ",");
        assertEquals(count, labels.size());
        assertEquals(count, keys.size());

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(keys.get(i) + "=" + labels.get(i) + (underHeading.get(i) ? " under " + heading : ""));
        }
        List<String> actual = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            actual.add(column.key() + "=" + column.label()
                    + (column.isOrganization() ? " under " + ApplicantColumn.ORGANIZATIONS_LABEL : ""));
        }
        assertEquals(expected, actual);
    }

    // ---- section 四 ---------------------------------------------------------------------------------------

    @Test
    void t4HasTheSpecsGroupsAndColumns() {
        String heading = SPEC.heading("Section 四");
        String body = SPEC.section(heading);
        String groupsParagraph = paragraph(body, "Three groups");
        List<String> columnLabels = split(find(groupsParagraph, "five columns ([^:]*):"), ",");
        List<String> groupLabels = new ArrayList<>();
        for (String group : split(find(groupsParagraph, ":\\s*(.*?)\\. Printed"), ";")) {
            groupLabels.add(group.replaceFirst("\\s*\\([A-Za-z ]+\\)$", "").replace(" / ", " "));
        }
        String keys = paragraph(body, "Keys:");
        List<String> rowKeys = backticked(find(keys, "rows \\(groups\\) (.*?); columns"));
        List<String> columnKeys = backticked(find(keys, "; columns (.*)$"));
        assertEquals(3, groupLabels.size());
        assertEquals(5, columnLabels.size());
        assertEquals(Integer.parseInt(find(heading, "(\\d+) cells")), groupLabels.size() * columnLabels.size());

        List<String> expectedRows = new ArrayList<>();
        for (int i = 0; i < rowKeys.size(); i++) {
            expectedRows.add(rowKeys.get(i) + "=" + groupLabels.get(i));
        }
        List<String> actualRows = new ArrayList<>();
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            actualRows.add(row.key() + "=" + row.qualifiedLabel());
        }
        assertEquals(expectedRows, actualRows);

        List<String> expectedColumns = new ArrayList<>();
        for (int i = 0; i < columnKeys.size(); i++) {
            expectedColumns.add(columnKeys.get(i) + "=" + columnLabels.get(i));
        }
        List<String> actualColumns = new ArrayList<>();
        for (ReviewLitigationColumn column : ReviewLitigationColumn.values()) {
            actualColumns.add(column.key() + "=" + column.label());
        }
        assertEquals(expectedColumns, actualColumns);
    }

    @Test
    void t4GroupHeadingsAsTheSpecPrintsThem() {
        String groupsParagraph = paragraph(SPEC.section("Section 四"), "Three groups");
        for (String group : split(find(groupsParagraph, ":\\s*(.*?)\\. Printed"), ";")) {
            String printed = group.replaceFirst("\\s*\\([A-Za-z ]+\\)$", "");
            String[] parts = printed.split(" / ");
            ReviewLitigationRow row = ReviewLitigationRow.fromLabel(parts[parts.length - 1]).orElseThrow(
                    () -> new AssertionError("no T4 row labelled " + printed));
            assertEquals(parts.length == 2 ? Optional.of(parts[0]) : Optional.empty(), row.parentLabel(), printed);
        }
    }

    // ---- section 六 ---------------------------------------------------------------------------------------

    @Test
    void s6HasTheSpecsFeeFigures() {
        Map<String, String> pairs = keyLabelPairs(paragraph(SPEC.section("Section 六"), "Keys:"));
        List<String> expected = new ArrayList<>();
        pairs.forEach((key, label) -> expected.add(key + "=" + label));
        List<String> actual = new ArrayList<>();
        for (FeeColumn column : FeeColumn.values()) {
            actual.add(column.key() + "=" + column.label(Edition.V2021));
        }
        assertEquals(expected, actual);
    }

    @Test
    void s6RowAndEditionAsTheSpecDescribesThem() {
        String item = SpecDocument.numberedList(SPEC.section("Sections")).get(6);
        String label = find(item, "fee \\((\\p{IsHan}+)\\)");
        Edition since = Edition.parse(find(item, "since (\\d{4})"));
        String unit = find(item, "in (元|万元)\\.$");
        String rowKey = null;
        for (String quoted : backticked(SPEC.section("Keys and cell references"))) {
            if (quoted.startsWith("S6/")) {
                rowKey = quoted.split("/")[1];
            }
        }
        assertEquals(List.of(FeeRow.values()), List.of(FeeRow.fromKey(rowKey).orElseThrow()));
        FeeRow row = FeeRow.INFORMATION_PROCESSING_FEES;
        assertEquals(label, row.label(since));
        for (Edition edition : Edition.values()) {
            boolean expected = edition.firstReportYear() >= since.firstReportYear();
            assertEquals(expected, row.existsIn(edition), edition.key());
            for (FeeColumn column : FeeColumn.values()) {
                assertEquals(expected, column.existsIn(edition), column.key() + " in " + edition.key());
            }
        }
        for (FeeColumn column : FeeColumn.values()) {
            if (column.valueKind() == ValueKind.AMOUNT) {
                assertEquals(unit, column.headerUnit().symbol(), column.key());
            }
        }
    }

    // ---- sections, editions and references -----------------------------------------------------------------

    @Test
    void tableLabelsAreTheSpecsSectionTitles() {
        Map<Integer, String> sections = SpecDocument.numberedList(SPEC.section("Sections"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), List.copyOf(sections.keySet()));
        for (ReportTable table : ReportTable.values()) {
            int number = Integer.parseInt(table.key().substring(1));
            assertEquals(find(sections.get(number), "^([^:]+):"), table.label(), table.key());
        }
    }

    @Test
    void tableKeysAsTheSpecListsThem() {
        String text = paragraph(SPEC.section("Keys and cell references"), "The English keys");
        List<String> expected = backticked(find(text, "with tables (.*?), and a grouped row"));
        List<String> actual = new ArrayList<>();
        for (ReportTable table : ReportTable.values()) {
            actual.add(table.key());
        }
        assertEquals(expected, actual);
    }

    @Test
    void cellReferenceExamplesOfTheSpecParse() {
        int examples = 0;
        for (String quoted : backticked(SPEC.section("Keys and cell references"))) {
            if (quoted.matches("[A-Z]\\d/.*") && !quoted.equals("TABLE/ROW/COLUMN")) {
                assertEquals(quoted, CellRef.parse(quoted).toString());
                examples++;
            }
        }
        assertEquals(5, examples);
    }

    @Test
    void editionsAsTheSpecListsThem() {
        List<List<String>> editions = table(SPEC.preamble());
        assertEquals(Edition.values().length, editions.size());
        for (List<String> line : editions) {
            Edition edition = Edition.parse(find(line.get(0), "^(\\d{4})"));
            String document = find(line.get(1), "^([^,]+)");
            assertTrue(edition.label().startsWith(document), edition.label() + " vs " + document);
            assertEquals(line.get(0).contains("试行"), edition.label().contains("试行"), edition.label());
            String years = line.get(2);
            int first = Integer.parseInt(find(years, "^(\\d{4})"));
            assertEquals(first, edition.firstReportYear());
            assertEquals(edition, Edition.prescribedFor(first));
            if (years.contains("and later")) {
                assertEquals(edition, Edition.prescribedFor(first + 10));
            } else {
                assertEquals(edition, Edition.prescribedFor(Integer.parseInt(find(years, "and (\\d{4})"))));
            }
        }
    }

    // ---- the copy -----------------------------------------------------------------------------------------

    @Test
    void copyIsByteIdenticalToTheSharedSpec() throws IOException {
        Optional<Path> shared = sharedSpec();
        assumeTrue(shared.isPresent(), "shared/spec/report-format.md is not beside the project");
        assertArrayEquals(Files.readAllBytes(shared.get()), TestResources.bytes("spec/report-format.md"),
                "src/test/resources/spec/report-format.md differs from " + shared.get() + ": copy it again");
    }

    /** The shared spec beside the project root; Maven runs the tests in the module's directory. */
    private static Optional<Path> sharedSpec() {
        Path cwd = Path.of("").toAbsolutePath();
        for (String candidate : List.of("../../shared/spec/report-format.md", "../shared/spec/report-format.md")) {
            Path path = cwd.resolve(candidate).normalize();
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
