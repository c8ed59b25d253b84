package io.github.gongkai.cli;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.MissingCell;
import io.github.gongkai.reader.ReadingReport;
import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.render.Verdict;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.NotAssessableReason;
import io.github.gongkai.validation.RunReading;
import io.github.gongkai.validation.Suspect;
import io.github.gongkai.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of checking inputs as JSON, for other tools. One object per input:
 * {@code {"source", "status": "valid"|"invalid"|"unreadable", ...}}; see the CLI README for the fields.
 * A cell value is a number for a count, null for a blank cell, {@code {"na": "/"}} for a placeholder,
 * {@code {"unread": reason, ...}} for a cell not read (as in the report JSON), and a string with its unit for an
 * amount ({@code "0.00万元"}). {@code "unread"} lists the report's unread cells.
 */
final class FindingsJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Lang lang;

    private java.util.function.BiFunction<io.github.gongkai.core.Report, Finding, Baseline.Mark> marks = (r, f) -> null;
    private boolean locate;

    /** Adds {@code "locations"}, the least changes of each table with a failed identity ({@link Locations}); returns this. */
    FindingsJson withLocations() {
        this.locate = true;
        return this;
    }

    /** Adds to each finding what a baseline says of it ({@code "baseline": "new"}); returns this. */
    FindingsJson marks(java.util.function.BiFunction<io.github.gongkai.core.Report, Finding, Baseline.Mark> baselineMarks) {
        this.marks = baselineMarks;
        return this;
    }

    FindingsJson(Lang lang) {
        this.lang = lang;
    }

    ObjectNode unreadable(Loaded.Unreadable input) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("source", input.source());
        node.put("status", "unreadable");
        node.put("error", input.englishReason()); // English in every language: JSON is for programs
        node.put("hint", input.hint());
        return node;
    }

    ObjectNode checked(Loaded.Read input, ValidationResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        var header = input.report().header();
        node.put("source", input.source());
        node.put("status", result.isValid() ? "valid" : "invalid");
        node.put("verdict", Verdict.of(input.report(), result).key());
        node.put("organName", header.organName());
        node.put("reportYear", header.reportYear());
        node.put("edition", input.report().edition().key());
        // Failed rules by severity; rules that could not be checked apart (a blank total is not an error).
        ObjectNode counts = node.putObject("counts");
        result.counts().forEach((severity, count) -> counts.put(severity.name(), count));
        node.put("notAssessable", result.notAssessableCount());
        input.reading().ifPresent(reading -> reading(node.putObject("reading"), reading));
        UnreadListing.json(node.putArray("unread"), input.report());
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode item = finding(finding);
            Baseline.Mark mark = marks.apply(input.report(), finding);
            if (mark != null) {
                item.put("baseline", mark.key());
            }
            findings.add(item);
        }
        if (locate) {
            Locations.json(node.putArray("locations"), input.report(), result);
        }
        return node;
    }

    ObjectNode finding(Finding finding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", finding.rule().toString());
        node.put("fingerprint", finding.fingerprint());
        node.put("severity", finding.severity().name());
        node.put("status", finding.status().name());
        node.put("blankPolicy", finding.blankPolicy().name());
        node.put("subject", finding.subject());
        node.put("subjectLabel", finding.subjectLabel());
        node.put("message", finding.message(lang.locale()));
        finding.notAssessableReason().ifPresent(r -> node.put("notAssessable", r == NotAssessableReason.NOT_READ
                ? "notRead" : "blank"));
        decimal(node, "expected", finding.expected());
        decimal(node, "actual", finding.actual());
        decimal(node, "difference", finding.difference());
        ArrayNode cells = node.putArray("cells");
        for (CellInvolvement cell : finding.cells()) {
            ObjectNode c = cells.addObject();
            c.put("cell", cell.cell().toString());
            c.put("role", cell.role().name());
            value(c, "value", cell.value());
        }
        ArrayNode suspects = node.putArray("suspects");
        for (Suspect suspect : finding.suspects()) {
            ObjectNode s = suspects.addObject();
            s.put("cell", suspect.cell().toString());
            value(s, "printed", suspect.printed());
            value(s, "suggested", suspect.suggested());
            s.put("confidence", suspect.confidence().name());
            suspect.typingError().ifPresent(t -> s.put("typingError", t.toString()));
        }
        if (!finding.readings().isEmpty()) {
            ArrayNode readings = node.putArray("readings");
            for (RunReading reading : finding.readings()) {
                ObjectNode r = readings.addObject();
                reading.values().forEach((cell, v) -> r.put(cell.toString(), v));
            }
        }
        return node;
    }

    private static void reading(ObjectNode node, ReadingReport reading) {
        node.put("format", reading.format().name());
        node.put("cellsRead", reading.cellsRead().size());
        node.put("blankCells", reading.blankCells().size());
        ArrayNode ambiguities = node.putArray("ambiguities");
        for (Ambiguity ambiguity : reading.ambiguities()) {
            ObjectNode a = ambiguities.addObject();
            ArrayNode cells = a.putArray("cells");
            ambiguity.cells().forEach(cell -> cells.add(cell.toString()));
            a.put("raw", ambiguity.raw());
            a.put("position", ambiguity.position().toString());
            a.put("code", ambiguity.code().name());
            a.put("reason", ambiguity.reason());
            a.put("candidateCount", ambiguity.candidateCount());
            ArrayNode candidates = a.putArray("candidates");
            for (List<CellValue> candidate : ambiguity.candidates()) {
                ArrayNode values = candidates.addArray();
                candidate.forEach(v -> values.add(v.toString()));
            }
        }
        ArrayNode notFound = node.putArray("notFound");
        for (MissingCell missing : reading.notFound()) {
            ObjectNode m = notFound.addObject();
            m.put("cell", missing.cell().toString());
            m.put("code", missing.code().name());
            m.put("reason", missing.reason());
            missing.position().ifPresent(p -> m.put("position", p.toString()));
        }
        ArrayNode warnings = node.putArray("warnings");
        for (ReadingWarning warning : reading.warnings()) {
            ObjectNode w = warnings.addObject();
            w.put("code", warning.code().name());
            w.put("detail", warning.detail().name());
            ArrayNode arguments = w.putArray("arguments");
            warning.arguments().forEach(arguments::add);
            w.put("message", warning.message());
            warning.position().ifPresent(p -> w.put("position", p.toString()));
            warning.cell().ifPresent(c -> w.put("cell", c.toString()));
        }
    }

    private static void decimal(ObjectNode node, String name, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            node.put(name, value.get().toPlainString());
        } else {
            node.putNull(name);
        }
    }

    static void value(ObjectNode node, String name, CellValue value) {
        if (value instanceof CellValue.Count count) {
            node.put(name, count.value());
        } else if (value instanceof CellValue.SignedCount signed) {
            node.put(name, signed.value());
        } else if (value instanceof CellValue.Amount amount) {
            node.put(name, amount.toString());
        } else if (value instanceof CellValue.NotApplicable na) {
            node.putObject(name).put("na", na.placeholder());
        } else if (value instanceof CellValue.Unread unread) {
            UnreadListing.members(node.putObject(name), unread);
        } else {
            node.putNull(name);
        }
    }
}
