package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.ReportGenerator;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ReportSet;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spilled, sorted carry-over comparison finds exactly what validating the whole corpus as one
 * {@link ReportSet} finds, in order of organ and year, whatever the run size and merge fan-in.
 */
class CarryOverTest {

    private static final List<String> ORGANS = List.of("甲局", "乙局", "丙县人民政府", "丁办公室", "𠀀 局");

    private static ReportValidator onlyCarryOver() {
        ReportValidator.Builder builder = ReportValidator.builder();
        for (Rule rule : Rule.values()) {
            if (!rule.equals(Rule.SET_CARRY_OVER)) {
                builder.disable(rule);
            }
        }
        return builder.build();
    }

    /** Reports of a few organs over a few years, some repeated, with carried rows that often match. */
    private static List<Report> corpus(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Edition edition = random.nextBoolean() ? Edition.V2021 : Edition.V2019;
            Report base = ReportGenerator.builder().edition(edition).build().generate(random);
            Report.Builder builder = base.toBuilder().organName(ORGANS.get(random.nextInt(ORGANS.size())))
                    .reportYear(edition == Edition.V2021 ? 2021 + random.nextInt(4) : 2019 + random.nextInt(2));
            for (ApplicantColumn column : ApplicantColumn.values()) {
                // Small numbers, so that consecutive years often agree and sometimes do not.
                builder.set(CellRef.of(ApplicationRow.CARRIED_OVER, column), CellValue.count(random.nextInt(2)));
                builder.set(CellRef.of(ApplicationRow.CARRIED_FORWARD, column), CellValue.count(random.nextInt(2)));
            }
            reports.add(builder.build());
        }
        return reports;
    }

    private static List<String> expected(List<Report> reports) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : onlyCarryOver().validate(ReportSet.of(reports)).findings()) {
            int a = finding.cells().get(0).report();
            int b = finding.cells().get(finding.cells().size() - 1).report();
            boolean aFirst = reports.get(a).header().reportYear() <= reports.get(b).header().reportYear();
            lines.add(line(finding, "#" + (aFirst ? a : b), "#" + (aFirst ? b : a)));
        }
        return lines;
    }

    private static String line(Finding finding, String earlier, String later) {
        return finding.rule() + " " + earlier + " → " + later + " " + finding.message(java.util.Locale.ENGLISH);
    }

    private static List<String> spilled(List<Report> reports, int runSize, int fanIn, List<String> order)
            throws IOException {
        List<String> lines = new ArrayList<>();
        try (CarryOver carryOver = new CarryOver(runSize, fanIn, 1_000)) {
            for (int i = 0; i < reports.size(); i++) {
                carryOver.add(reports.get(i), "#" + i);
            }
            carryOver.compare(onlyCarryOver(), new CarryOver.Sink() {
                @Override
                public void finding(Finding finding, String earlier, String later) {
                    lines.add(line(finding, earlier, later));
                    Report report = reports.get(Integer.parseInt(earlier.substring(1)));
                    order.add(report.header().organName() + "/" + report.header().reportYear());
                }

                @Override
                public void truncated(String organ, int year, long count) {
                    throw new AssertionError("nothing is truncated at 1 000 per year");
                }
            });
        }
        return lines;
    }

    @Test
    void findsWhatTheWholeSetFindsForEveryRunSizeAndFanIn() throws IOException {
        for (long seed = 1; seed <= 6; seed++) {
            List<Report> reports = corpus(seed, 60);
            List<String> expected = expected(reports);
            assertTrue(!expected.isEmpty(), "the corpus exercises the rule, seed " + seed);
            Collections.sort(expected);
            for (int[] sizes : new int[][] {{1, 2}, {7, 3}, {16, 64}, {4_096, 64}}) {
                List<String> order = new ArrayList<>();
                List<String> actual = spilled(reports, sizes[0], sizes[1], order);
                List<String> sorted = new ArrayList<>(actual);
                Collections.sort(sorted);
                assertEquals(expected, sorted, "seed " + seed + ", run " + sizes[0] + ", fan-in " + sizes[1]);
                List<String> inOrder = new ArrayList<>(order);
                inOrder.sort(java.util.Comparator.<String, String>comparing(s -> s.substring(0, s.indexOf('/')))
                        .thenComparing(s -> s.substring(s.indexOf('/') + 1)));
                assertEquals(inOrder, order, "findings come by organ, then year");
            }
        }
    }

    /**
     * The spilled runs are held in one file without a name from the moment it is opened, in the folder
     * {@code java.io.tmpdir} names at the time (so that a killed run cannot leave it), and are freed when the
     * comparison fails. What the process holds open is read from {@code /proc/self/fd} (Linux), where a file
     * unlinked while open reads {@code … (deleted)}; elsewhere only the folder is looked at.
     */
    @Test
    void spilledRunsAreHeldWithoutANameAndFreedEvenWhenTheComparisonFails(@TempDir Path tmp) throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        boolean posix = tmp.getFileSystem().supportedFileAttributeViews().contains("posix");
        String system = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            List<Report> reports = corpus(2, 60);
            try (CarryOver carryOver = new CarryOver(2, 2, 1_000)) {
                for (int i = 0; i < reports.size(); i++) {
                    carryOver.add(reports.get(i), "#" + i);
                }
                if (posix) {
                    assertEquals(List.of(), names(tmp), "30 runs spilled, none with a name on disk");
                }
                if (Files.isDirectory(descriptors)) {
                    List<String> held = spillsHeld(descriptors);
                    assertEquals(1, held.size(), "the 30 runs are in one file held open: " + held);
                    assertTrue(held.get(0).matches(java.util.regex.Pattern.quote(tmp.toString())
                            + "/gongkai-carry-over-[0-9]+\\.tmp \\(deleted\\)"), held.get(0));
                }
                IllegalStateException stop = new IllegalStateException("a sink that fails");
                assertSame(stop, assertThrows(IllegalStateException.class, () -> carryOver.compare(onlyCarryOver(),
                        new CarryOver.Sink() {
                            @Override
                            public void finding(Finding finding, String earlier, String later) {
                                throw stop;
                            }

                            @Override
                            public void truncated(String organ, int year, long count) {
                            }
                        })));
            }
            assertEquals(List.of(), names(tmp));
            if (Files.isDirectory(descriptors)) {
                assertEquals(List.of(), spillsHeld(descriptors), "closed: the system frees the runs");
            }
        } finally {
            System.setProperty("java.io.tmpdir", system);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** What the open file descriptors of this process that are spilled runs point at. */
    private static List<String> spillsHeld(Path descriptors) throws IOException {
        List<String> held = new ArrayList<>();
        try (Stream<Path> fds = Files.list(descriptors)) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.contains("gongkai-carry-over-")) {
                        held.add(target);
                    }
                } catch (IOException closedMeanwhile) {
                    // the listing's own descriptor, or one another thread closed
                }
            }
        }
        return held;
    }

    @Test
    void anOrganRepeatedBeyondTheLimitIsComparedOnItsFirstReportsAndSaysSo() throws IOException {
        List<Report> reports = new ArrayList<>();
        Report base = ReportGenerator.builder().edition(Edition.V2021).build().generate(new SplittableRandom(3));
        for (int i = 0; i < 5; i++) {
            reports.add(base.toBuilder().organName("甲局").reportYear(2021).build());
        }
        reports.add(base.toBuilder().organName("甲局").reportYear(2022).build());
        List<String> truncated = new ArrayList<>();
        try (CarryOver carryOver = new CarryOver(2, 2, 3)) {
            for (int i = 0; i < reports.size(); i++) {
                carryOver.add(reports.get(i), "#" + i);
            }
            carryOver.compare(onlyCarryOver(), new CarryOver.Sink() {
                @Override
                public void finding(Finding finding, String earlier, String later) {
                    assertTrue(List.of("#0", "#1", "#2").contains(earlier), earlier);
                }

                @Override
                public void truncated(String organ, int year, long count) {
                    truncated.add(organ + " " + year + " " + count);
                }
            });
        }
        assertEquals(List.of("甲局 2021 5"), truncated);
    }
}
