package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.core.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's README says what the code does: its rules table lists exactly {@link Rule#values()}, in order,
 * with their ids, default severities, editions and, for the identities I-1 to I-4, their family's place in
 * {@link ReportFormat#identities()} and how many identities each edition has; its "which rules check a cell"
 * example prints what {@link Rule#checking} returns.
 */
class ReadmeTest {

    /** A row of the rules table: id, what it checks, severity, editions, identities 2021 / 2019. */
    private static final Pattern ROW = Pattern.compile(
            "\\| `([A-Z0-9_.]+)` \\| (.+) \\| ([A-Z]+) \\| ([0-9, ]+) \\| (\\d+ / \\d+|—) \\|");
    private static final Pattern IDENTITY = Pattern.compile("^I-(\\d): .+");

    private static List<String> readme() throws IOException {
        return Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    /** The lines of the section that starts with {@code heading}, up to the next heading of its level or above. */
    private static List<String> section(String heading) throws IOException {
        List<String> lines = readme();
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, "README has no " + heading);
        int level = headingLevel(heading);
        List<String> section = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            int other = headingLevel(line);
            if (other > 0 && other <= level) {
                break;
            }
            section.add(line);
        }
        return section;
    }

    /** The number of {@code #} before the space of a Markdown heading; 0 for any other line. */
    private static int headingLevel(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n > 0 && line.startsWith(" ", n) ? n : 0;
    }

    @Test
    void theRulesTableListsEveryRuleAsTheCodeAndTheFormatDefineIt() throws IOException {
        List<Matcher> rows = section("## Rules").stream().map(ROW::matcher).filter(Matcher::matches).toList();
        assertEquals(Arrays.stream(Rule.values()).map(r -> r.id().toString()).toList(),
                rows.stream().map(m -> m.group(1)).toList(), "the rules, in the order they are applied");
        List<String> families = ReportFormat.of(Edition.V2021).identities().stream().map(Identity::rule).distinct()
                .toList();
        for (Matcher row : rows) {
            Rule rule = Rule.fromId(row.group(1)).orElseThrow();
            assertEquals(rule.defaultSeverity().name(), row.group(3), rule::toString);
            assertEquals(rule.editions().stream().sorted(Comparator.naturalOrder()).map(Edition::key)
                    .collect(Collectors.joining(", ")), row.group(4), rule::toString);
            Matcher identity = IDENTITY.matcher(row.group(2));
            if (families.contains(rule.id().code())) {
                assertTrue(identity.matches(), () -> rule + " is an identity: " + row.group(2));
                assertEquals(families.indexOf(rule.id().code()) + 1, Integer.parseInt(identity.group(1)),
                        () -> rule + " is I-" + (families.indexOf(rule.id().code()) + 1) + " in the format");
                assertEquals(rule.identities(Edition.V2021).size() + " / " + rule.identities(Edition.V2019).size(),
                        row.group(5), rule::toString);
            } else {
                assertTrue(!identity.matches() && row.group(5).equals("—"), () -> rule + " has no identity");
                assertEquals(List.of(), rule.identities(Edition.V2021));
            }
        }
    }

    @Test
    void theWhichRulesCheckACellExamplePrintsWhatTheCodeReturns() throws IOException {
        List<String> section = section("### Which rules check a cell?");
        assertTrue(section.contains(
                "for (CellCheck check : Rule.checking(CellRef.parse(\"T3/withheld.stateSecret/naturalPerson\"), "
                        + "Edition.V2021)) {"));
        assertTrue(section.contains("    System.out.println(check.rule().id() + \"  \" + check.describe(Locale.ENGLISH));"));
        int open = section.indexOf("```text");
        List<String> after = section.subList(open + 1, section.size());
        List<String> printed = after.subList(0, after.indexOf("```"));
        List<CellCheck> checks = Rule.checking(CellRef.parse("T3/withheld.stateSecret/naturalPerson"), Edition.V2021);
        assertEquals(checks.size(), printed.size());
        for (int i = 0; i < checks.size(); i++) {
            String actual = checks.get(i).rule().id() + "  " + checks.get(i).describe(Locale.ENGLISH);
            String shown = printed.get(i);
            if (shown.endsWith(" …")) {
                assertTrue(actual.startsWith(shown.substring(0, shown.length() - 1)), actual + " / " + shown);
            } else {
                assertEquals(actual, shown);
            }
        }
        String chinese = checks.get(0).describe(Locale.SIMPLIFIED_CHINESE);
        String quoted = "（三）不予公开 1.属于国家秘密：总计 = 自然人 + 商业企业 + ";
        assertTrue(chinese.startsWith(quoted), chinese);
        assertTrue(section.stream().anyMatch(l -> l.contains("`" + quoted + "…`")));
    }
}
