package io.github.gongkai.benchmarks;

import io.github.gongkai.json.JsonLines;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.validation.ReportValidator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.GarbageCollectorMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The streaming benchmark: {@code generate [file] [count]} writes a JSON Lines file of realistic reports with
 * the testkit; {@code read [file]} reads and validates it line by line, then prints the reports per second
 * and the peak heap. Run the read under a small heap, {@code -Xmx64m}, to show that memory stays flat.
 */
public final class Streaming {

    /** The default file, under the build directory so it is never committed. */
    static final String DEFAULT_FILE = "benchmarks/target/reports.jsonl";

    private Streaming() {
    }

    /**
     * Generates or reads the file.
     *
     * @param args {@code generate [file] [count]} or {@code read [file]}
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: Streaming generate [file] [count] | read [file]");
            System.exit(2);
        }
        Path file = Path.of(args.length > 1 ? args[1] : DEFAULT_FILE);
        switch (args[0]) {
            case "generate" -> generate(file, args.length > 2 ? Long.parseLong(args[2]) : 1_000_000L);
            case "read" -> read(file);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static void generate(Path file, long count) {
        ReportGenerator generator = ReportGenerator.realistic();
        SplittableRandom random = new SplittableRandom(Fixtures.SEED);
        long start = System.nanoTime();
        try (JsonLines.LineWriter writer = ReportJson.standard().lines().writer(file)) {
            for (long i = 0; i < count; i++) {
                writer.write(generator.generate(random));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "wrote %,d reports to %s (%,d bytes) in %.1f s%n", count, file,
                size(file), seconds);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void read(Path file) {
        ReportJson json = ReportJson.standard();
        ReportValidator validator = ReportValidator.standard();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long reports = 0;
        long invalid = 0;
        long failed = 0;
        long afterGc = 0;
        long start = System.nanoTime();
        try (Stream<JsonLines.Line> lines = json.lines().read(file)) {
            for (JsonLines.Line line : (Iterable<JsonLines.Line>) lines::iterator) {
                if (line instanceof JsonLines.Parsed parsed) {
                    reports++;
                    if (!validator.validate(parsed.report()).isValid()) {
                        invalid++;
                    }
                } else {
                    failed++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakPools = 0;
        for (MemoryPoolMXBean pool : heap) {
            peakPools += pool.getPeakUsage().getUsed();
            if (pool.getCollectionUsage() != null) {
                afterGc += pool.getCollectionUsage().getUsed();
            }
        }
        long gcs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += gc.getCollectionCount();
        }
        System.out.printf(Locale.ROOT, "read and validated %,d reports (%,d invalid, %,d bad lines) in %.1f s: "
                + "%,.0f reports/s%n", reports, invalid, failed, seconds, reports / seconds);
        System.out.printf(Locale.ROOT, "max heap %,.1f MiB; peak heap used (sum of pool peaks) %,.1f MiB; "
                + "in use after the last GC %,.1f MiB; %,d GCs%n", mib(Runtime.getRuntime().maxMemory()),
                mib(peakPools), mib(afterGc), gcs);
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
