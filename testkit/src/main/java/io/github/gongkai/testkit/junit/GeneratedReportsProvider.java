package io.github.gongkai.testkit.junit;

import io.github.gongkai.testkit.GeneratedReport;
import io.github.gongkai.testkit.ReportGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The {@link ArgumentsProvider} behind {@link GeneratedReports}. Not meant to be used directly.
 */
public final class GeneratedReportsProvider implements ArgumentsProvider, AnnotationConsumer<GeneratedReports> {

    /** System property overriding {@link GeneratedReports#seed()}. */
    public static final String SEED_PROPERTY = "gongkai.testkit.seed";
    /** System property overriding {@link GeneratedReports#count()}. */
    public static final String COUNT_PROPERTY = "gongkai.testkit.count";
    /** System property overriding {@link GeneratedReports#replay()}: comma-separated case seeds. */
    public static final String REPLAY_PROPERTY = "gongkai.testkit.replay";

    private GeneratedReports annotation;

    /** Creates the provider; JUnit calls this. */
    public GeneratedReportsProvider() {
    }

    @Override
    public void accept(GeneratedReports generatedReports) {
        this.annotation = generatedReports;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        if (annotation.edition().length > 1) {
            throw new IllegalArgumentException("@GeneratedReports: give at most one edition (none means both)");
        }
        ReportGenerator generator = ReportGenerator.builder()
                .edition(annotation.edition().length == 0 ? null : annotation.edition()[0])
                .size(annotation.size())
                .blankZeroProbability(annotation.blankZeroProbability())
                .build();
        boolean wantsGenerated = parameters.getFirst()
                .map(p -> p.getParameterType() == GeneratedReport.class).orElse(false);
        long[] seeds = caseSeeds();
        return LongStream.range(0, seeds.length).mapToObj(i -> {
            GeneratedReport generated = GeneratedReport.generate(generator, seeds[(int) i]);
            String name = "#" + (i + 1) + " seed " + generated.seedHex();
            Object payload = wantsGenerated ? generated : generated.report();
            return Arguments.of(Named.of(name, payload));
        });
    }

    /**
     * Returns the case seeds this provider will use: the replayed ones, or {@code count} seeds derived
     * from the master seed.
     *
     * @return the seeds, never null
     */
    long[] caseSeeds() {
        long[] replayed = replayed();
        if (replayed != null) {
            return replayed;
        }
        if (annotation.replay().length > 0) {
            return annotation.replay().clone();
        }
        return derived(annotation.seed(), annotation.count());
    }

    /**
     * Returns the case seeds for a test that loops over generated reports itself, honouring the same system
     * properties as {@link GeneratedReports}: the seeds of {@value #REPLAY_PROPERTY} if set, else {@code count}
     * seeds (or {@value #COUNT_PROPERTY}) derived from {@code seed} (or {@value #SEED_PROPERTY}).
     *
     * @param seed the master seed when no property gives one
     * @param count how many cases when no property says, at least 1
     * @return the seeds, never null
     * @throws IllegalArgumentException if the count is below 1
     */
    public static long[] caseSeeds(long seed, int count) {
        long[] replayed = replayed();
        return replayed != null ? replayed : derived(seed, count);
    }

    /** The seeds of the replay property, or null if it is not set. */
    private static long[] replayed() {
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay == null || replay.isBlank()) {
            return null;
        }
        List<Long> seeds = new ArrayList<>();
        for (String part : replay.split(",")) {
            seeds.add(Long.parseUnsignedLong(strip(part.trim()), 16));
        }
        return seeds.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] derived(long defaultSeed, int defaultCount) {
        long seed = Long.getLong(SEED_PROPERTY, defaultSeed);
        int count = Integer.getInteger(COUNT_PROPERTY, defaultCount);
        if (count < 1) {
            throw new IllegalArgumentException("@GeneratedReports: count must be at least 1, was " + count);
        }
        SplittableRandom master = new SplittableRandom(seed);
        return LongStream.generate(master::nextLong).limit(count).toArray();
    }

    private static String strip(String hex) {
        return hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    }
}
