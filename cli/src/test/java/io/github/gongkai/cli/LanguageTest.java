package io.github.gongkai.cli;

import static io.github.gongkai.cli.GongkaiCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.cli.GongkaiCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The CLI's language (issue 17): {@code --lang} before or after the command, {@code GONGKAI_LANG}, help in
 * Chinese for every command and option, and Chinese output without English words for the library's constants.
 */
class LanguageTest {

    @TempDir
    Path dir;

    @Test
    void langWorksBeforeAndAfterTheCommand() throws IOException {
        Path broken = Fixtures.broken(dir);
        Run before = run("--lang", "zh", "check", broken.toString());
        Run after = run("check", "--lang", "zh", broken.toString());
        assertEquals(before, after);
        assertTrue(before.out().contains("不通过"), before.out());
        Run english = run("--lang=en", "check", broken.toString());
        assertTrue(english.out().contains("NOT valid"), english.out());
    }

    @Test
    void chineseOutputNamesTheLibrarysConstantsInChinese() throws IOException {
        Run zh = run("--lang", "zh", "check", Fixtures.broken(dir).toString());
        for (String english : List.of("ERROR", "FAILED", "NOT_ASSESSABLE", "HIGH", "MEDIUM", "DIGIT_", " edition from ",
                " read, ")) {
            assertFalse(zh.out().contains(english), () -> english + " in:\n" + zh.out());
        }
        assertTrue(zh.out().contains("错误 不成立 T3.ROW_TOTAL.1"), zh.out());
        assertTrue(zh.out().contains("可信度高"), zh.out());
    }

    @Test
    void aBadCellKeyIsExplainedInTheOutputsLanguage() {
        assertEquals("gongkai rules: --cell T3/foo/total：不是单元格键（表 T3 没有行 foo）",
                run("--lang", "zh", "rules", "--cell", "T3/foo/total").err().strip());
        assertTrue(run("--lang", "zh", "rules", "--cell", "T9/a/b").err().contains("没有表 T9，应为 T2、T3、T4 或 S6"));
        assertTrue(run("--lang", "zh", "rules", "--cell", "T3/newlyReceived/bar").err().contains("表 T3 没有列 bar"));
        assertEquals("gongkai rules: --edition 2020：应为 2019 或 2021", run("--lang", "zh", "rules", "--edition", "2020").err().strip());
        assertTrue(run("--lang", "zh", "rules", "--cell", "T3").err().contains("应为 表/行/列 的形式"));
        assertTrue(run("--lang", "zh", "rules", "--cell", "T2/licensing/naturalPerson").err()
                .contains("不是单元格键（表 T2 没有列 naturalPerson）"));
        assertEquals("gongkai rules: --cell T3/foo/total: cell reference 'T3/foo/total': table T3 has no row 'foo'",
                run("--lang", "en", "rules", "--cell", "T3/foo/total").err().strip());
    }

    @Test
    void theReadersNotesAndPositionsAreInChinese() throws IOException {
        Run lost = run("--lang", "zh", "check", "-v", Fixtures.lostCell(dir).toString());
        assertTrue(lost.out().contains("漏掉了一个单元格，无法判断是哪一个"), lost.out());
        assertTrue(lost.out().matches("(?s).*无法确定：第 \\d+ 行.*"), lost.out());
        assertTrue(lost.out().contains("来自纯文本"), lost.out());
        Run notReport = run("--lang", "zh", "check", Fixtures.unreadable(dir).toString());
        assertTrue(notReport.out().contains("不是政府信息公开工作年度报告（未找到政府信息公开工作年度报告的任何部分或表格）"),
                notReport.out());
        for (String english : List.of("a cell was lost", "line ", "column ", "NOT_A_REPORT", "TEXT", "ambiguous",
                "no section")) {
            assertFalse(lost.out().contains(english), () -> english + " in:\n" + lost.out());
            assertFalse(notReport.out().contains(english), () -> english + " in:\n" + notReport.out());
        }
        Run english = run("--lang", "en", "check", Fixtures.lostCell(dir).toString());
        assertTrue(english.out().contains("a cell was lost, and which one cannot be told"), english.out());
    }

    /**
     * Every note the reader gives on the pages (glued runs split, table 二's runs undecided, fee sentences …) is
     * Chinese in Chinese output: no English word outside the page text it quotes.
     */
    @Test
    void theReadersWarningsAreInChinese() throws IOException {
        int notes = 0;
        for (String page : List.of("005_pingtan_2022.txt", "009_pingtan_2019.txt", "liangshan-2021.txt")) {
            Path file = dir.resolve(page);
            try (var in = LanguageTest.class.getResourceAsStream("/pages/" + page)) {
                Files.write(file, in.readAllBytes());
            }
            Run zh = run("--lang", "zh", "check", "-v", file.toString());
            for (String line : zh.out().lines().filter(l -> l.strip().startsWith("提示：")).toList()) {
                notes++;
                String ownWords = line.replaceAll("“[^”]*”", "").replaceAll("[0-9/]+", "");
                assertFalse(ownWords.matches("(?s).*[A-Za-z]{3,}.*"), () -> "English in: " + line);
            }
        }
        assertTrue(notes > 0, "the pages give notes");
    }

    @Test
    void theEnvironmentAndLocaleNamesAreRead() {
        assertEquals(Optional.of(Lang.zh), Lang.parse("zh_CN.UTF-8"));
        assertEquals(Optional.of(Lang.zh), Lang.parse(" ZH-hans "));
        assertEquals(Optional.of(Lang.en), Lang.parse("en-US"));
        assertEquals(Optional.empty(), Lang.parse("fr"));
        assertEquals(Optional.empty(), Lang.parse(null));
        assertEquals(Lang.zh, GongkaiCli.helpLanguage(new String[] {"check", "--lang", "zh", "x"}));
        assertEquals(Lang.en, GongkaiCli.helpLanguage(new String[] {"--lang=en", "--help"}));
    }

    @Test
    void helpIsInChineseForEveryCommandAndOption() {
        ResourceBundle zh = ResourceBundle.getBundle(GongkaiCli.HELP_BUNDLE, Locale.SIMPLIFIED_CHINESE);
        CommandLine root = new CommandLine(GongkaiCliTestAccess.root());
        List<String> missing = new ArrayList<>();
        check(root.getCommandSpec(), zh, missing);
        for (CommandLine sub : root.getSubcommands().values()) {
            check(sub.getCommandSpec(), zh, missing);
        }
        assertEquals(List.of(), missing);
        Run help = run("--lang", "zh", "batch", "--help");
        assertTrue(help.out().startsWith("用法： gongkai batch"), help.out());
        assertTrue(help.out().contains("退出码："), help.out());
        Run english = run("--lang", "en", "batch", "--help");
        assertTrue(english.out().startsWith("Usage: gongkai batch"), english.out());
    }

    @Test
    void picocliOwnMistakesAreToldInChineseAndUnchangedInEnglish() throws IOException {
        String sample = Fixtures.sample(dir).toString();
        String[][] cases = {
            {"缺少子命令（可选：check、convert、batch、compare、render、schema、rules、help、generate-completion）\n"
                    + "用 'gongkai --help' 查看用法和示例。\n", "Missing required subcommand\n"
                    + "Try 'gongkai --help' for usage and examples.\n"},
            {"选项 --format 只能给一次\n", "option '--format' (text|json|csv) should be specified only once\n",
                "check", "--format", "text", "--format", "json", sample},
            {"选项 --format 缺少值\n", "Missing required parameter for option '--format' (text|json|csv)\n",
                "check", sample, "--format"},
        };
        for (String[] c : cases) {
            String[] rest = java.util.Arrays.copyOfRange(c, 2, c.length);
            Run zh = run(with("zh", rest));
            assertEquals(2, zh.exit());
            assertTrue(zh.err().startsWith(c[0]), zh.err());
            String explanation = zh.err().lines().findFirst().orElseThrow();
            assertFalse(explanation.matches(".*[A-Za-z]{3,} [A-Za-z]{3,}.*"), explanation);
            Run en = run(with("en", rest));
            assertEquals(2, en.exit());
            assertTrue(en.err().startsWith(c[1]), en.err());
        }
    }

    @Test
    void aRulePacksSettingThatCannotBeTakenIsToldInTheOutputsLanguage() throws IOException {
        String sample = Fixtures.sample(dir).toString();
        String[][] cases = {
            {"gongkai.validation.failFast = yes", "设置 gongkai.validation.failFast：无法识别的值 'yes'",
                "setting gongkai.validation.failFast: value 'yes' is not understood"},
            {"gongkai.validation.rule.SET.YEAR_RATIO.factor = 0.5", "设置 gongkai.validation.rule.SET.YEAR_RATIO.factor："
                    + "年度变化幅度规则（SET.YEAR_RATIO）的倍数必须大于 1，实为 0.5",
                "setting gongkai.validation.rule.SET.YEAR_RATIO.factor: the year ratio factor must be above 1, was 0.5"},
            {"gongkai.validation.rule.T9.NOTHING = off", "没有内置规则 'T9.NOTHING'；内置规则有 [T3.BALANCE.1, ",
                "no built-in rule 'T9.NOTHING'; the rules are [T3.BALANCE.1, "},
            {"gongkai.validation.fail-fast = true", "设置 gongkai.validation.fail-fast：没有这个键；可用的键为 ",
                "setting gongkai.validation.fail-fast: no such key; the keys are "},
        };
        for (String[] c : cases) {
            Path pack = Files.writeString(dir.resolve("pack.properties"), "gongkai.rulepack.version = 1\n" + c[0]
                    + "\n");
            Run zh = run("--lang", "zh", "check", sample, "--rules", pack.toString());
            assertEquals(2, zh.exit());
            String lead = "gongkai check: --rules " + pack + "：";
            assertTrue(zh.err().startsWith(lead + c[1]), zh.err());
            assertFalse(zh.err().substring(lead.length()).matches("(?s).*[A-Za-z]{3,} [A-Za-z]{3,}.*"), zh.err());
            Run en = run("--lang", "en", "check", sample, "--rules", pack.toString());
            assertEquals(2, en.exit());
            assertTrue(en.err().startsWith("gongkai check: --rules " + pack + ": " + c[2]), en.err());
        }
    }

    private static String[] with(String lang, String[] args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = lang;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    @Test
    void mistakesOnTheCommandLineAreToldInTheOutputsLanguage() throws IOException {
        String sample = Fixtures.sample(dir).toString();
        Run option = run("--lang", "zh", "check", "--bogus", sample);
        assertEquals(2, option.exit());
        assertEquals("未知选项：'--bogus'\n用 'gongkai check --help' 查看用法和示例。\n", option.err());
        Run command = run("--lang", "zh", "chekc", sample);
        assertTrue(command.err().startsWith("未知命令：'chekc'\n是不是想输入：check"), command.err());
        Run english = run("--lang", "en", "chekc", sample);
        assertTrue(english.err().startsWith("Unknown command: 'chekc'\nDid you mean: check"), english.err());
        Run value = run("check", "--format", "xml", sample, "--lang", "zh");
        assertTrue(value.err().startsWith("--format 的值无效：'xml'（可选：text、json、csv）\n"), value.err());
        Run missing = run("--lang", "zh", "check");
        assertTrue(missing.err().startsWith("缺少必需的参数：FILE\n"), missing.err());
        Run output = run("--lang", "zh", "check", sample, "-o", "/nonexistent/x.txt");
        assertEquals("gongkai check: -o /nonexistent/x.txt：文件夹 /nonexistent 不存在\n", output.err());
        Path json = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"gongkai.report\",\"version\":1}");
        Run rejected = run("--lang", "zh", "check", json.toString());
        assertTrue(rejected.out().contains("报告 JSON 不符合格式：/edition：缺少必需的成员（应有报告的版本，\"2019\" 或 \"2021\"）"),
                rejected.out());
        assertFalse(rejected.out().contains("missing required member"), rejected.out());
        Run rule = run("--lang", "zh", "check", "--disable", "NOPE", sample);
        assertEquals("gongkai check: --disable NOPE：没有内置规则 'NOPE'；`gongkai rules` 列出所有规则\n", rule.err());
        Run outputEn = run("--lang", "en", "check", sample, "-o", "/nonexistent/x.txt");
        assertEquals("gongkai check: -o /nonexistent/x.txt: the folder /nonexistent does not exist\n", outputEn.err());
    }

    /**
     * Every command that reads reports names, in both languages, every kind of page it reads: the English texts
     * (annotations) and the Chinese ones (bundle) are kept apart, and once named fewer formats than were read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyInputParameterNamesEveryPageFormat(String language) {
        CommandLine root = new CommandLine(GongkaiCliTestAccess.root());
        root.setResourceBundle(ResourceBundle.getBundle(GongkaiCli.HELP_BUNDLE, Lang.valueOf(language).locale()));
        List<String> checked = new ArrayList<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            for (PositionalParamSpec parameter : sub.getCommandSpec().positionalParameters()) {
                if (!parameter.paramLabel().contains("FILE")) {
                    continue;
                }
                String text = String.join(" ", parameter.description());
                checked.add(sub.getCommandName());
                for (String format : List.of("txt", "html", "md", "pdf", "docx", "doc")) {
                    assertTrue(Pattern.compile("\\." + format + "(?![a-z])").matcher(text).find(),
                            () -> sub.getCommandName() + " (" + language + ") does not name ." + format + ": " + text);
                }
            }
        }
        assertEquals(Set.of("check", "convert", "batch", "render", "compare"), Set.copyOf(checked));
    }

    /** The Chinese help shows the same examples as the English one, and as many exit codes. */
    @Test
    void theChineseHelpHasTheEnglishExamplesAndExitCodes() {
        CommandLine english = new CommandLine(GongkaiCliTestAccess.root());
        english.setResourceBundle(ResourceBundle.getBundle(GongkaiCli.HELP_BUNDLE, Locale.ENGLISH));
        CommandLine chinese = new CommandLine(GongkaiCliTestAccess.root());
        chinese.setResourceBundle(ResourceBundle.getBundle(GongkaiCli.HELP_BUNDLE, Locale.SIMPLIFIED_CHINESE));
        for (String name : english.getSubcommands().keySet()) {
            String[] en = english.getSubcommands().get(name).getCommandSpec().usageMessage().footer();
            String[] zh = chinese.getSubcommands().get(name).getCommandSpec().usageMessage().footer();
            assertEquals(examples(en), examples(zh), name);
            assertEquals(exitCodes(en, "Exit codes"), exitCodes(zh, "退出码"), name);
        }
        assertEquals(examples(english.getCommandSpec().usageMessage().footer()),
                examples(chinese.getCommandSpec().usageMessage().footer()));
    }

    /** The example lines, without a --lang (each help may show its own language, before or after the command). */
    private static List<String> examples(String[] footer) {
        return java.util.Arrays.stream(footer).filter(line -> line.startsWith("  "))
                .map(line -> line.replaceAll(" --lang (zh|en)", "")).toList();
    }

    /** The exit codes a footer names: each digit that begins a clause ("0 valid", "；2 输入…"). */
    private static List<String> exitCodes(String[] footer, String heading) {
        List<String> codes = new ArrayList<>();
        for (String line : footer) {
            if (line.startsWith(heading)) {
                java.util.regex.Matcher m = Pattern.compile("(?:^|[:：,，;；] ?)([0-3]) ").matcher(line);
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static void check(CommandSpec spec, ResourceBundle zh, List<String> missing) {
        String prefix = spec.qualifiedName(".") + ".";
        if (!zh.containsKey(prefix + "usage.description") && !zh.containsKey(prefix + "usage.description.0")) {
            missing.add(prefix + "usage.description");
        }
        for (ArgSpec arg : spec.args()) {
            if (arg.inherited() || arg.hidden()) {
                continue;
            }
            String key = arg.descriptionKey() != null && !arg.descriptionKey().isEmpty() ? arg.descriptionKey()
                    : ((OptionSpec) arg).longestName().replaceFirst("^-+", "");
            // picocli's standard options are keyed mixinStandardHelpOptions.help, and read as help too.
            String plain = key.substring(key.lastIndexOf('.') + 1);
            if (!zh.containsKey(key) && !zh.containsKey(prefix + key) && !zh.containsKey(plain)) {
                missing.add(prefix + key);
            }
        }
    }
}
