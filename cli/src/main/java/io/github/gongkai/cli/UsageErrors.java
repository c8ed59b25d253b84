package io.github.gongkai.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command line picocli could not parse, told in the output's language: an unknown option or command (with
 * picocli's suggestion of what was meant), a missing parameter, a value it could not convert. picocli's own
 * messages are English; the common ones are said in Chinese here, the others keep picocli's text after a Chinese
 * lead. Then where to find the usage.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /**
     * Prints a parse error on the command's standard error.
     *
     * @param e the error
     * @param lang the output's language (the help's: {@code --lang} wherever it stands, else the environment's)
     */
    static void print(CommandLine.ParameterException e, Lang lang) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String unknown = unknownCommand(e);
        err.println(Display.text(unknown != null ? lang.t("未知命令：", "Unknown command: ") + unknown
                : lang == Lang.zh ? chinese(e) : e.getMessage()));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println(lang.t("是不是想输入：", "Did you mean: ") + Display.text(String.join(lang.t("、", ", "),
                        suggestions)) + lang.t("？", "?"));
            }
        }
        String name = command.getCommandSpec().qualifiedName();
        err.println(lang.t("用 '" + name + " --help' 查看用法和示例。", "Try '" + name + " --help' for usage and examples."));
    }

    /** The first word after the command name where a subcommand was expected, quoted; null if it is not that. */
    private static String unknownCommand(CommandLine.ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || command.getSubcommands().isEmpty()
                || unmatched.getUnmatched().isEmpty() || unmatched.getUnmatched().get(0).startsWith("-")) {
            return null;
        }
        return "'" + unmatched.getUnmatched().get(0) + "'";
    }

    private static String chinese(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            boolean options = args.stream().allMatch(a -> a.startsWith("-") && !a.equals("-"));
            return (options ? "未知选项：" : "多余的参数：") + quoted(args);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return "缺少必需的参数：" + missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining("、"));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && e.getMessage().startsWith("Invalid value")) {
            String allowed = arg.type().isEnum() ? "（可选：" + Arrays.stream(arg.type().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining("、")) + "）" : "";
            return name(arg) + " 的值无效：'" + e.getValue() + "'" + allowed;
        }
        return "命令行有误：" + e.getMessage();
    }

    private static String quoted(List<String> args) {
        return args.stream().map(a -> "'" + a + "'").collect(Collectors.joining("、"));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName()
                : ((PositionalParamSpec) arg).paramLabel();
    }
}
