package io.github.gongkai.benchmarks;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.ReportGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** The inputs the benchmarks share: a realistic generated 2021 report and two published pages. */
final class Fixtures {

    /** The seed of every generated report, so runs compare like with like. */
    static final long SEED = 20211231L;

    private Fixtures() {
    }

    /** A realistic, valid 2021 report from the testkit. */
    static Report report2021() {
        ReportGenerator generator = ReportGenerator.builder().edition(Edition.V2021).build();
        return generator.generate(new SplittableRandom(SEED));
    }

    /** A bundled file, as bytes. */
    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled page, as text. */
    static String page(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
