package io.github.gongkai.json;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.UnreadReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schema of the format from the core model, so that the shipped schema provably lists
 * every table, row and column of each edition. {@link ReportSchemaTest} checks the shipped files equal
 * its output; run that test with {@code -Dgongkai.writeSchema=true} to rewrite them after a model change.
 */
final class SchemaGenerator {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String ID = "https://gongkai.github.io/schema/report-v2.schema.json";

    private SchemaGenerator() {
    }

    static String generate() {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "gongkai report, versions " + ReportJson.FIRST_VERSION + " and " + ReportJson.VERSION);
        root.put("description", "One 政府信息公开工作年度报告 (government information disclosure annual report) as written"
                + " by gongkai's ReportJson. Every cell of the declared edition is present: a count is an integer,"
                + " a blank cell is null, a not-applicable cell is {\"na\": mark}, an amount is a string in plain"
                + " decimal notation, followed by its unit only when it differs from the column's unit. Version 2 adds"
                + " the unread cell, {\"unread\": reason}, which version 1 does not allow; a document is version 1"
                + " unless a cell is unread.");
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        props.putObject("format").put("const", ReportJson.FORMAT);
        ObjectNode version = props.putObject("version");
        version.put("description", "The format version: 1, or 2 when a cell is unread.");
        version.putArray("enum").add(ReportJson.FIRST_VERSION).add(ReportJson.VERSION);
        enumOf(props.putObject("edition"), "2019", "2021");
        props.putObject("header").put("$ref", "#/$defs/header");
        for (ReportTable table : ReportTable.values()) {
            props.putObject(table.key()).put("description", table.label());
        }
        props.putObject("narrative").put("$ref", "#/$defs/narrative");
        required(root, "format", "version", "edition", "header", "T2", "T3", "T4", "narrative");
        root.put("additionalProperties", false);
        ArrayNode allOf = root.putArray("allOf");
        for (Edition edition : Edition.values()) {
            ObjectNode rule = allOf.addObject();
            ObjectNode ifNode = rule.putObject("if");
            ifNode.putObject("properties").putObject("edition").put("const", edition.key());
            required(ifNode, "edition");
            rule.putObject("then").put("$ref", "#/$defs/edition" + edition.key());
        }
        allOf.add(version1());

        ObjectNode defs = root.putObject("$defs");
        defs.set("header", header());
        defs.set("narrative", narrative());
        for (Edition edition : Edition.values()) {
            ObjectNode e = defs.putObject("edition" + edition.key());
            e.put("description", "The tables of the " + edition.key() + " edition, " + edition.label());
            ObjectNode eProps = e.putObject("properties");
            List<String> req = new ArrayList<>();
            for (ReportTable table : ReportTable.values()) {
                List<TableRow> rows = new ArrayList<>();
                for (TableRow row : table.rows()) {
                    if (row.existsIn(edition)) {
                        rows.add(row);
                    }
                }
                if (rows.isEmpty()) {
                    eProps.put(table.key(), false);
                    continue;
                }
                req.add(table.key());
                ObjectNode t = eProps.putObject(table.key());
                t.put("type", "object");
                ObjectNode tProps = t.putObject("properties");
                List<String> rowKeys = new ArrayList<>();
                for (TableRow row : rows) {
                    rowKeys.add(row.key());
                    ObjectNode r = tProps.putObject(row.key());
                    r.put("description", row.qualifiedLabel(edition));
                    r.put("type", "object");
                    ObjectNode rProps = r.putObject("properties");
                    List<String> columnKeys = new ArrayList<>();
                    for (TableColumn column : row.columns(edition)) {
                        columnKeys.add(column.key());
                        ObjectNode c = rProps.putObject(column.key());
                        c.put("description", column.label(edition));
                        c.put("$ref", "#/$defs/" + cellDef(column));
                    }
                    required(r, columnKeys.toArray(String[]::new));
                    r.put("additionalProperties", false);
                }
                required(t, rowKeys.toArray(String[]::new));
                t.put("additionalProperties", false);
            }
            required(e, req.toArray(String[]::new));
        }
        defs.set("count", cell(F.objectNode().put("type", "integer").put("minimum", 0)
                .put("maximum", Long.MAX_VALUE), "A count: an integer from 0."));
        defs.set("signedCount", cell(F.objectNode().put("type", "integer").put("minimum", Long.MIN_VALUE)
                .put("maximum", Long.MAX_VALUE), "A signed change (2019 本年增/减)."));
        defs.set("amountYuan", cell(amount("(万元)?"), "An amount in a column in 元; 万元 follows when printed so."));
        defs.set("amountTenThousandYuan", cell(amount("(元)?"),
                "An amount in a column in 万元; 元 follows when printed so."));
        defs.set("amountUnstated", cell(amount("(元|万元)?"),
                "An amount in a column without a unit; the unit printed in the cell follows, if any."));
        ObjectNode na = defs.putObject("notApplicable");
        na.put("description", "A cell holding a mark such as / or — instead of a number.");
        na.put("type", "object");
        ObjectNode naProps = na.putObject("properties");
        naProps.putObject("na").put("type", "string").put("minLength", 1)
                .put("maxLength", CellValue.MAX_PLACEHOLDER_LENGTH)
                .put("pattern", SchemaPatterns.PLACEHOLDER);
        required(na, "na");
        na.put("additionalProperties", false);
        defs.set("unread", unread());
        defs.set("printedRun", printedRun());
        defs.set("printedTotal", printedTotal());
        defs.set("cellRef", cellRef());
        defs.set("tableOfVersion1", tableOfVersion1());
        return pretty(root);
    }

    private static String cellDef(TableColumn column) {
        return switch (column.valueKind()) {
            case COUNT -> "count";
            case SIGNED_COUNT -> "signedCount";
            case AMOUNT -> column.headerUnit() == AmountUnit.YUAN ? "amountYuan"
                    : column.headerUnit() == AmountUnit.TEN_THOUSAND_YUAN ? "amountTenThousandYuan" : "amountUnstated";
        };
    }

    private static ObjectNode amount(String unit) {
        return F.objectNode().put("type", "string").put("pattern", "^(0|[1-9][0-9]{0,"
                + (CellValue.MAX_AMOUNT_INTEGER_DIGITS - 1) + "})(\\.[0-9]{1," + CellValue.MAX_AMOUNT_SCALE + "})?"
                + unit + "$");
    }

    private static ObjectNode cell(ObjectNode number, String description) {
        ObjectNode node = F.objectNode();
        node.put("description", description + " null for a blank cell; {\"na\": mark} for a not-applicable one;"
                + " {\"unread\": reason} for one that could not be read (version 2).");
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.add(number);
        anyOf.addObject().put("type", "null");
        anyOf.addObject().put("$ref", "#/$defs/notApplicable");
        anyOf.addObject().put("$ref", "#/$defs/unread");
        return node;
    }

    /** Version 1: no cell of any table has an {@code unread} member. */
    private static ObjectNode version1() {
        ObjectNode rule = F.objectNode();
        ObjectNode ifNode = rule.putObject("if");
        ifNode.putObject("properties").putObject("version").put("const", ReportJson.FIRST_VERSION);
        required(ifNode, "version");
        ObjectNode then = rule.putObject("then");
        then.put("description", "A version-1 document has no unread cell.");
        ObjectNode tables = then.putObject("properties");
        for (ReportTable table : ReportTable.values()) {
            tables.putObject(table.key()).put("$ref", "#/$defs/tableOfVersion1");
        }
        return rule;
    }

    private static ObjectNode tableOfVersion1() {
        ObjectNode table = F.objectNode();
        table.put("description", "A table of a version-1 document: no cell is an unread cell.");
        ObjectNode cell = table.putObject("additionalProperties").putObject("additionalProperties");
        ObjectNode unread = cell.putObject("not");
        unread.put("type", "object");
        required(unread, "unread");
        return table;
    }

    private static ObjectNode unread() {
        ObjectNode u = F.objectNode();
        u.put("description", "Version 2: a cell that could not be read from the page, neither blank nor zero. A"
                + " piece of a glued run of digits has its run; a cell printed merged with others (reason merged,"
                + " and only then) has the total printed for them.");
        u.put("type", "object");
        ObjectNode p = u.putObject("properties");
        ArrayNode reasons = p.putObject("unread").putArray("enum");
        for (UnreadReason reason : UnreadReason.values()) {
            reasons.add(reason.key());
        }
        p.putObject("run").put("$ref", "#/$defs/printedRun");
        p.putObject("total").put("$ref", "#/$defs/printedTotal");
        required(u, "unread");
        u.put("additionalProperties", false);
        required(u.putObject("not"), "run", "total");
        ObjectNode ifMerged = u.putObject("if");
        ifMerged.putObject("properties").putObject("unread").put("const", UnreadReason.MERGED.key());
        required(u.putObject("then"), "total");
        required(u.putObject("else").putObject("not"), "total");
        return u;
    }

    private static ObjectNode printedRun() {
        ObjectNode r = F.objectNode();
        r.put("description", "The digits printed as one run for several consecutive cells, and which piece of it"
                + " this cell is (from 0); the run can be cut into that many whole numbers.");
        r.put("type", "object");
        ObjectNode p = r.putObject("properties");
        p.putObject("text").put("type", "string").put("maxLength", PrintedRun.MAX_LENGTH)
                .put("pattern", "^[0-9]+( [0-9]+)*$");
        p.putObject("piece").put("type", "integer").put("minimum", 0).put("maximum", PrintedRun.MAX_LENGTH - 1);
        p.putObject("pieces").put("type", "integer").put("minimum", 1).put("maximum", PrintedRun.MAX_LENGTH);
        required(r, "text", "piece", "pieces");
        r.put("additionalProperties", false);
        return r;
    }

    private static ObjectNode printedTotal() {
        ObjectNode t = F.objectNode();
        t.put("description", "One number printed for several cells together, and the cells: 2 or more, distinct,"
                + " of one table, in the order of the format.");
        t.put("type", "object");
        ObjectNode p = t.putObject("properties");
        p.putObject("value").put("type", "integer").put("minimum", 0).put("maximum", Long.MAX_VALUE);
        ObjectNode cells = p.putObject("cells");
        cells.put("type", "array").put("minItems", 2).put("maxItems", PrintedTotal.MAX_CELLS)
                .put("uniqueItems", true);
        cells.putObject("items").put("$ref", "#/$defs/cellRef");
        required(t, "value", "cells");
        t.put("additionalProperties", false);
        return t;
    }

    /** Every cell of either edition, as TABLE/ROW/COLUMN. */
    private static ObjectNode cellRef() {
        ObjectNode c = F.objectNode();
        c.put("description", "A cell reference TABLE/ROW/COLUMN, as in the findings; its JSON Pointer is it with a"
                + " leading slash.");
        ArrayNode values = c.putArray("enum");
        new TreeSet<>(Arrays.stream(Edition.values()).flatMap(e -> CellRef.all(e).stream()).toList())
                .forEach(ref -> values.add(ref.toString()));
        return c;
    }

    private static ObjectNode header() {
        ObjectNode h = F.objectNode();
        h.put("type", "object");
        ObjectNode p = h.putObject("properties");
        p.putObject("organName").put("type", "string").put("pattern", SchemaPatterns.SINGLE_LINE_NOT_BLANK);
        p.putObject("reportYear").put("type", "integer").put("minimum", ReportHeader.FIRST_REPORT_YEAR)
                .put("maximum", ReportHeader.LAST_REPORT_YEAR);
        p.putObject("publicationDate").put("type", "string").put("format", "date")
                .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        p.putObject("source").put("type", "string").put("pattern", SchemaPatterns.SINGLE_LINE_NOT_BLANK);
        required(h, "organName", "reportYear");
        h.put("additionalProperties", false);
        return h;
    }

    private static ObjectNode narrative() {
        ObjectNode n = F.objectNode();
        n.put("type", "object");
        ObjectNode p = n.putObject("properties");
        p.putObject("overview").put("type", "string").put("description", "一、总体情况");
        p.putObject("problemsAndImprovements").put("type", "string").put("description", "五、存在的主要问题及改进情况");
        p.putObject("otherMatters").put("type", "string").put("description", "六、其他需要报告的事项");
        n.put("additionalProperties", false);
        return n;
    }

    private static void required(ObjectNode node, String... names) {
        ArrayNode array = node.putArray("required");
        for (String name : names) {
            array.add(name);
        }
    }

    private static void enumOf(ObjectNode node, String... values) {
        ArrayNode array = node.putArray("enum");
        for (String value : values) {
            array.add(value);
        }
    }

    private static String pretty(ObjectNode root) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JsonMapper.builder().disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build().writer().with(printer).writeValueAsString(root) + "\n";
    }
}
