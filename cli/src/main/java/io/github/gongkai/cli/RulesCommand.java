package io.github.gongkai.cli;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.validation.CellCheck;
import io.github.gongkai.validation.Rule;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai rules}: the validation rules with the formulas of their identities, or, with {@code --cell},
 * the rules that check one cell. Everything printed comes from the format's description in core and the
 * rules of the validator: nothing is restated here.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List the validation rules: id with revision, default severity, editions, description, and "
                + "for the identities I-1 to I-4 their formulas in the chosen edition.",
                "With --cell, list only the rules that check that cell, each with the identity through the cell."},
        footer = {"", "Examples:", "  gongkai rules", "  gongkai rules --lang zh --edition 2019",
                "  gongkai rules --cell T3/withheld.stateSecret/naturalPerson", "  gongkai rules --format json > rules.json"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private Lang lang;

    @Option(names = "--edition", paramLabel = "2021|2019", description = "The edition whose rows the formulas "
            + "name. Default: 2021.")
    String edition = Edition.V2021.key();

    @Option(names = "--format", paramLabel = "text|json", description = "Output format: text (default) or json "
            + "(an array of rules: id, code, revision, severity, editions, description, and identities as formulas "
            + "and terms with cell, coefficient and role).")
    RulesJson.Format format = RulesJson.Format.text;

    @Option(names = "--cell", paramLabel = "TABLE/ROW/COLUMN", description = "Only the rules that check this cell, "
            + "such as T3/withheld.stateSecret/naturalPerson.")
    String cell;

    @Override
    public Integer call() {
        lang = GongkaiCli.lang(spec);
        Edition chosen;
        try {
            chosen = Edition.parse(edition);
        } catch (IllegalArgumentException e) {
            throw new OperatorException("--edition " + Display.text(edition) + lang.t("：应为 2019 或 2021",
                    ": expected 2019 or 2021"));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == RulesJson.Format.json) {
            out.println(cell != null ? RulesJson.checks(checks(parse(cell), chosen), lang)
                    : RulesJson.rules(chosen, lang));
            out.flush();
            return GongkaiCli.VALID;
        }
        if (cell != null) {
            cell(out, parse(cell), chosen);
        } else {
            for (Rule rule : Rule.values()) {
                heading(out, rule);
                for (Identity identity : rule.identities(chosen)) {
                    out.println("    " + identity.formula(lang.locale()));
                }
            }
        }
        out.flush();
        return GongkaiCli.VALID;
    }

    private void heading(PrintWriter out, Rule rule) {
        String editions = rule.editions().stream().map(Edition::key).sorted().collect(Collectors.joining(","));
        out.printf("%-42s %-8s %-10s %s%n", rule.id(), rule.defaultSeverity(), editions,
                rule.description(lang.locale()));
    }

    private static List<CellCheck> checks(CellRef ref, Edition chosen) {
        List<CellCheck> checks = Rule.checking(ref, chosen);
        if (checks.isEmpty()) {
            throw new OperatorException(lang -> "--cell " + ref + lang.t("：" + chosen.key() + " 版没有这个单元格",
                    ": the " + chosen.key() + " edition has no such cell"));
        }
        return checks;
    }

    private void cell(PrintWriter out, CellRef ref, Edition chosen) {
        List<CellCheck> checks = checks(ref, chosen);
        out.println(ref.describe(chosen) + lang.t("  JSON 指针 /", "  JSON pointer /") + ref);
        for (CellCheck check : checks) {
            out.printf("  %-42s %-8s %s%n", check.rule().id(), check.rule().defaultSeverity(),
                    check.describe(lang.locale()));
        }
    }

    private static CellRef parse(String text) {
        try {
            return CellRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new OperatorException(lang -> "--cell " + Display.text(text) + lang.t(
                    "：不是单元格键（" + whyNotACell(text) + "）", ": " + e.getMessage()));
        }
    }

    /**
     * Which part of a text that {@link CellRef#parse} rejected names nothing, in Chinese (core's own explanation is
     * English): the form, the table, the row, the column, or a row and a column of one table that make no cell.
     */
    private static String whyNotACell(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3) {
            return "应为 表/行/列 的形式，如 T3/newlyReceived/total";
        }
        Optional<ReportTable> table = ReportTable.fromKey(parts[0]);
        if (table.isEmpty()) {
            return "没有表 " + Display.text(parts[0]) + "，应为 T2、T3、T4 或 S6";
        }
        if (table.get().row(parts[1]).isEmpty()) {
            return "表 " + parts[0] + " 没有行 " + Display.text(parts[1]);
        }
        if (table.get().column(parts[2]).isEmpty()) {
            return "表 " + parts[0] + " 没有列 " + Display.text(parts[2]);
        }
        return "表 " + parts[0] + " 的行 " + parts[1] + " 没有列 " + parts[2];
    }
}
