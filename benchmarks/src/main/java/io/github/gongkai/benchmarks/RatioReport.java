package io.github.gongkai.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs each benchmark with its baseline in one JMH run and prints the ratios as a Markdown table.
 *
 * <p>Arguments are {@code key=value}: {@code forks} (1), {@code warmup} iterations (10), {@code iterations}
 * (5), {@code time} seconds per iteration (1), {@code include} (a regular expression over the benchmark
 * classes, all by default), {@code prof} (a JMH profiler such as {@code gc}) and {@code jvmArgs}
 * (space-separated, for the forked JVMs), {@code clock}: {@code cpu} (the default: the benchmark thread's CPU
 * time per operation, from {@link CpuTimeProfiler}, which a loaded shared machine distorts far less) or
 * {@code wall} (JMH's own score).
 *
 * <p>Each figure is the mean of the measured iterations, as JMH's score is. A row whose candidate's (or
 * baseline's) slowest iteration took more than {@link #UNSTEADY} times its fastest says so, with their range:
 * the machine's speed changed during the measurement, and the row should be measured again. The verdict is the
 * mean's all the same.
 */
public final class RatioReport {

    /** One row of the table: a candidate against a baseline, or against an absolute rate if no baseline. */
    private record Pair(String name, String candidate, String baseline, double maxRatio, double minPerSecond) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("Validation: full rule set vs straight-line int[] check", "ValidationBench.engine",
                    "ValidationBench.straightLineBaseline", 2, 0),
            new Pair("Validation: reports/s (one thread)", "ValidationBench.engine", null, 0, 1_000_000),
            new Pair("Error location, one wrong cell vs validating the report", "ErrorLocationBench.oneWrongCell",
                    "ErrorLocationBench.validateBaseline", 10, 0),
            new Pair("Error location, one wrong cell: failing tables/s (one thread)",
                    "ErrorLocationBench.oneWrongCell", null, 0, 20_000),
            new Pair("Error location, two wrong cells of a table: failing tables/s (one thread)",
                    "ErrorLocationBench.twoWrongCells", null, 0, 20_000),
            new Pair("Bean Validation vs engine", "BeanValidationBench.beanValidation",
                    "BeanValidationBench.engineBaseline", 5, 0),
            new Pair("JSON typed read vs readTree", "JsonBench.read", "JsonBench.readTreeBaseline", 1, 0),
            new Pair("JSON typed write vs writing the tree", "JsonBench.write", "JsonBench.writeTreeBaseline", 1,
                    0),
            new Pair("Reader HTML page vs jsoup parse alone", "ReaderBench.html", "ReaderBench.jsoupParseBaseline",
                    2, 0),
            new Pair("Reader flattened text: reports/s (one thread)", "ReaderBench.text", null, 0, 20_000),
            new Pair("Render a realistic 2021 report's tables to HTML: pages/s (one thread)", "RenderBench.html",
                    null, 0, 5_000),
            new Pair("Render a checked-report page (one cell wrong, two findings): pages/s (one thread)",
                    "RenderBench.checkedPage", null, 0, 1_000),
            new Pair("Reader glued table at the search limit vs the glued page", "GluedTableBench.worstCase",
                    "GluedTableBench.gluedPageBaseline", 200, 0),
            new Pair("Reader 5-page PDF vs PDFBox's PDFTextStripper alone", "PdfBench.read",
                    "PdfBench.textStripperBaseline", 1.5, 0),
            new Pair("Reader Word .docx vs POI XWPF parse alone", "WordBench.docx", "WordBench.xwpfParseBaseline",
                    1.5, 0));

    private RatioReport() {
    }

    /**
     * The {@code key=value} arguments of a benchmark tool's command line.
     *
     * @param args the arguments
     * @return the settings by key
     * @throws IllegalArgumentException for an argument without a key and {@code =}
     */
    static Map<String, String> settings(String[] args) {
        Map<String, String> settings = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return settings;
    }

    /**
     * Runs the benchmarks and prints the table.
     *
     * @param args {@code key=value} settings, see the class comment
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        Map<String, String> settings = settings(args);
        int time = Integer.parseInt(settings.getOrDefault("time", "1"));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(RatioReport.class.getPackageName() + "\\." + settings.getOrDefault("include", ".*"))
                .forks(Integer.parseInt(settings.getOrDefault("forks", "1")))
                .warmupIterations(Integer.parseInt(settings.getOrDefault("warmup", "10")))
                .warmupTime(TimeValue.seconds(time))
                .measurementIterations(Integer.parseInt(settings.getOrDefault("iterations", "5")))
                .measurementTime(TimeValue.seconds(time));
        boolean cpu = !"wall".equals(settings.getOrDefault("clock", "cpu"));
        if (cpu) {
            options.addProfiler(CpuTimeProfiler.class);
        }
        if (settings.containsKey("prof")) {
            options.addProfiler(settings.get("prof"));
        }
        if (settings.containsKey("jvmArgs")) {
            options.jvmArgsAppend(settings.get("jvmArgs").split(" "));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println("Times are " + (cpu ? "CPU time of the benchmark thread per operation (CpuTimeProfiler)"
                : "wall time per operation") + ".");
        System.out.println(table(results, cpu));
    }

    /**
     * Nanoseconds per operation of each benchmark's measured iterations, by its {@code Class.method} name: the
     * CPU time ({@link CpuTimeProfiler}) or the wall time.
     */
    private static Map<String, double[]> iterations(Collection<RunResult> results, boolean cpu) {
        Map<String, double[]> iterations = new HashMap<>();
        for (RunResult r : results) {
            String full = r.getParams().getBenchmark();
            String name = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
            List<Double> nanos = new ArrayList<>();
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    nanos.add(nanos(cpu ? i.getSecondaryResults().get("cpu") : i.getPrimaryResult()));
                }
            }
            iterations.put(name, nanos.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return iterations;
    }

    /** A result's score in nanoseconds per operation. */
    private static double nanos(Result<?> result) {
        double factor = switch (result.getScoreUnit()) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new IllegalStateException("unexpected unit " + result.getScoreUnit());
        };
        return result.getScore() * factor;
    }

    static String table(Collection<RunResult> results, boolean cpu) {
        return table(iterations(results, cpu));
    }

    /**
     * The table, from each benchmark's measured iterations in nanoseconds per operation: a row's figure is
     * their mean, as JMH's score is; a row whose iterations differ by more than {@link #UNSTEADY} says so.
     *
     * @param iterations the iterations' times by {@code Class.method} name; a pair with a benchmark missing is
     *     left out
     * @return the Markdown table
     */
    static String table(Map<String, double[]> iterations) {
        List<String> lines = new ArrayList<>();
        lines.add("| benchmark | candidate | baseline | ratio | target | met? |");
        lines.add("| --- | ---: | ---: | ---: | --- | --- |");
        for (Pair p : PAIRS) {
            double[] candidate = iterations.get(p.candidate());
            if (candidate == null) {
                continue;
            }
            if (p.baseline() == null) {
                double perSecond = 1e9 / mean(candidate);
                lines.add(String.format(Locale.ROOT, "| %s | %s | — | — | ≥ %,.0f/s | %s%s |", p.name(),
                        String.format(Locale.ROOT, "%,.0f/s", perSecond), p.minPerSecond(),
                        perSecond >= p.minPerSecond() ? "yes" : "**no**", unsteady("", candidate)));
                continue;
            }
            double[] baseline = iterations.get(p.baseline());
            if (baseline == null) {
                continue;
            }
            double ratio = mean(candidate) / mean(baseline);
            // The target as written: 1.5, not rounded to 2.
            String target = BigDecimal.valueOf(p.maxRatio()).stripTrailingZeros().toPlainString();
            String note = unsteady("", candidate) + unsteady("baseline ", baseline);
            lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %.2f× | ≤ %s× | %s%s |", p.name(),
                    format(mean(candidate)), format(mean(baseline)), ratio, target,
                    ratio <= p.maxRatio() ? "yes" : "**no**", note));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /**
     * Above this ratio of the slowest measured iteration to the fastest, a row is marked unsteady: the machine's
     * speed changed during the measurement (a shared host's other tenants), and the mean says less than the
     * target's verdict suggests. One run's iterations on a quiet machine stay within a few per cent.
     */
    static final double UNSTEADY = 1.25;

    /**
     * A note for a row whose iterations differ by more than {@link #UNSTEADY}, giving their range; empty
     * otherwise. The verdict stays the mean's: the note says to measure again, never what the figure would be.
     *
     * @param which what the iterations are of, before "unsteady": {@code ""} for the candidate
     * @param nanos the measured iterations, nanoseconds per operation
     * @return {@code " (unsteady: 53.5 µs to 89.9 µs)"}, or {@code ""}
     */
    static String unsteady(String which, double[] nanos) {
        double min = Arrays.stream(nanos).min().orElse(0);
        double max = Arrays.stream(nanos).max().orElse(0);
        if (min <= 0 || max / min <= UNSTEADY) {
            return "";
        }
        return " (" + which + "unsteady: " + format(min) + " to " + format(max) + ")";
    }

    private static double mean(double[] nanos) {
        return Arrays.stream(nanos).average().orElseThrow();
    }

    private static String format(double nanos) {
        return nanos >= 10_000 ? String.format(Locale.ROOT, "%,.1f µs", nanos / 1e3)
                : String.format(Locale.ROOT, "%,.1f ns", nanos);
    }
}
