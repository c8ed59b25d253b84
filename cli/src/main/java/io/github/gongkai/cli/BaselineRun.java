package io.github.gongkai.cli;

import io.github.gongkai.core.Report;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;

/**
 * One run's use of a baseline ({@code --baseline}) and of {@code --write-baseline}: the findings a baseline
 * dismisses are taken out of the results before anything is printed or counted (a dismissed error does not fail
 * the run), the others are marked, and every finding of the run can be written as a new baseline.
 */
final class BaselineRun {

    private final Baseline baseline;
    private final Path writeTo;
    private final Collection<Path> inputs;
    private final Map<Baseline.Mark, Integer> counts = new EnumMap<>(Baseline.Mark.class);
    private final ArrayNode written = FindingsJson.MAPPER.createArrayNode();

    BaselineRun(Baseline baseline, Path writeTo, Collection<Path> inputs) {
        this.baseline = baseline;
        this.writeTo = writeTo;
        this.inputs = inputs;
        for (Baseline.Mark mark : Baseline.Mark.values()) {
            counts.put(mark, 0);
        }
    }

    /** The result without the findings the baseline dismisses; every finding is counted and remembered. */
    ValidationResult apply(Report report, ValidationResult result) {
        if (!baseline.isPresent() && writeTo == null) {
            return result; // nothing to mark or write: no fingerprint is computed
        }
        List<Finding> kept = new ArrayList<>(result.findings().size());
        for (Finding finding : result.findings()) {
            if (writeTo != null) {
                written.add(Baseline.entry(report, finding));
            }
            Baseline.Mark mark = baseline.mark(report, finding);
            counts.merge(mark, 1, Integer::sum);
            if (mark != Baseline.Mark.DISMISSED) {
                kept.add(finding);
            }
        }
        return kept.size() == result.findings().size() ? result : new ValidationResult(kept, result.stoppedEarly());
    }

    /** What the baseline says of a finding kept, or null without a baseline. */
    Baseline.Mark mark(Report report, Finding finding) {
        return baseline.isPresent() ? baseline.mark(report, finding) : null;
    }

    /** One line on standard error: how the run compares with the baseline. */
    void summary(PrintWriter err, Lang lang) {
        if (!baseline.isPresent()) {
            return;
        }
        err.println(lang.t("基线：新 ", "baseline: new ") + counts.get(Baseline.Mark.NEW)
                + lang.t("，有变化 ", ", changed ") + counts.get(Baseline.Mark.CHANGED)
                + lang.t("，仍确认 ", ", still confirmed ") + counts.get(Baseline.Mark.CONFIRMED)
                + lang.t("，已排除（未列出）", ", dismissed (left out) ") + counts.get(Baseline.Mark.DISMISSED));
        err.flush();
    }

    /** The counts by mark, for a JSON summary; empty without a baseline. */
    java.util.Optional<tools.jackson.databind.node.ObjectNode> json() {
        if (!baseline.isPresent()) {
            return java.util.Optional.empty();
        }
        tools.jackson.databind.node.ObjectNode node = FindingsJson.MAPPER.createObjectNode();
        counts.forEach((mark, count) -> node.put(mark.key(), count));
        return java.util.Optional.of(node);
    }

    /** Writes {@code --write-baseline}, if asked, whole or not at all. */
    void write(PrintWriter err, Lang lang) throws IOException {
        if (writeTo == null) {
            return;
        }
        try (Output output = Output.to(writeTo, "--write-baseline", inputs, null)) {
            output.writer().write(FindingsJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Baseline.document(written)));
            output.writer().write('\n');
            output.commit();
        }
        err.println(lang.t("基线已写入：", "baseline written: ") + Display.path(writeTo) + lang.t("（" + written.size()
                + " 个问题，均标为 confirmed）", " (" + written.size() + " finding(s), each confirmed)"));
        err.flush();
    }
}
