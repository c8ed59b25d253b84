package io.github.gongkai.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Two builds of the reader against each other in one JVM: the ratio a change to the reader makes, on a machine
 * whose speed drifts between JMH runs more than the change moves it.
 *
 * <p>Each reader jar ({@code gongkai-reader-*.jar}, as {@code ./mvnw package} leaves it in {@code reader/target})
 * is loaded by a class loader of its own that takes the {@code io.github.gongkai.reader} classes from that jar and
 * everything else ({@code core}, jsoup) from this class path, so both read with the same core. After a warmup of
 * both, batches of reads of the page alternate between the two in groups of four, old-new-new-old, and the CPU
 * time of each batch is taken; what is printed is the median over the groups of the ratio new / old (the two new
 * batches' time over the two old ones') with its quartiles, which a drift of the machine's speed over the run moves
 * much less than the mean of either side. The order within a group balances whatever a batch gains from running
 * second: with pairs always old-then-new, two builds compared both ways round each came out 4 % faster as "new".
 * Runs still differ by a few per cent (each JVM compiles the readers differently): compare both ways round, more
 * than once.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.gongkai.benchmarks.ReaderComparison \
 *      old=/tmp/old-reader.jar new=reader/target/gongkai-reader-0.1.0-SNAPSHOT.jar \
 *      [page=liangshan-2021.txt | page=/path/to/page.txt] [seconds=40] [warmup=10] [batch=500]
 * </pre>
 *
 * <p>A jar whose reader needs another version of {@code core} than this class path's cannot be compared this way.
 */
public final class ReaderComparison {

    private static final String READER_PACKAGE = "io.github.gongkai.reader.";

    private ReaderComparison() {
    }

    /**
     * Runs the comparison.
     *
     * @param args {@code key=value} settings: {@code old}, {@code new} (required: reader jars), {@code page} (a
     *     bundled page's name or a file; default {@code liangshan-2021.txt}), {@code seconds} (measured, default
     *     40), {@code warmup} (seconds, default 10), {@code batch} (reads per batch, default 500)
     * @throws Exception if a jar cannot be loaded or a read fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> settings = RatioReport.settings(args);
        Reader old = Reader.load(Path.of(required(settings, "old")));
        Reader candidate = Reader.load(Path.of(required(settings, "new")));
        String page = page(settings.getOrDefault("page", "liangshan-2021.txt"));
        int batch = Integer.parseInt(settings.getOrDefault("batch", "500"));

        long warmEnd = System.nanoTime() + seconds(settings, "warmup", 10);
        while (System.nanoTime() < warmEnd) {
            old.read(page, batch / 2);
            candidate.read(page, batch / 2);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        long oldTotal = 0;
        long newTotal = 0;
        long end = System.nanoTime() + seconds(settings, "seconds", 40);
        do {
            long oldCpu = 0;
            long newCpu = 0;
            for (int turn = 0; turn < 4; turn++) {
                boolean isNew = turn == 1 || turn == 2; // old, new, new, old
                long start = threads.getCurrentThreadCpuTime();
                (isNew ? candidate : old).read(page, batch);
                long cpu = threads.getCurrentThreadCpuTime() - start;
                if (isNew) {
                    newCpu += cpu;
                } else {
                    oldCpu += cpu;
                }
            }
            ratios.add((double) newCpu / oldCpu);
            oldTotal += oldCpu;
            newTotal += newCpu;
        } while (System.nanoTime() < end);
        int groups = ratios.size();
        Quartiles q = Quartiles.of(ratios);
        System.out.printf("old %.1f µs, new %.1f µs a read; new / old median %.3f (quartiles %.3f–%.3f), %d groups "
                + "of 4 × %d reads%n", oldTotal / 2e3 / groups / batch, newTotal / 2e3 / groups / batch,
                q.median(), q.lower(), q.upper(), groups, batch);
    }

    /**
     * The median and quartiles of the groups' ratios, each an element of the sorted list (no interpolation): at
     * {@code n / 4}, {@code n / 2} and {@code 3n / 4}.
     */
    record Quartiles(double lower, double median, double upper) {

        static Quartiles of(List<Double> ratios) {
            if (ratios.isEmpty()) {
                throw new IllegalArgumentException("no groups measured");
            }
            List<Double> sorted = new ArrayList<>(ratios);
            Collections.sort(sorted);
            int n = sorted.size();
            return new Quartiles(sorted.get(n / 4), sorted.get(n / 2), sorted.get(3 * n / 4));
        }
    }

    private static String required(Map<String, String> settings, String key) {
        String value = settings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key + "=JAR (see the class's documentation)");
        }
        return value;
    }

    private static long seconds(Map<String, String> settings, String key, int otherwise) {
        return Long.parseLong(settings.getOrDefault(key, Integer.toString(otherwise))) * 1_000_000_000L;
    }

    /** A bundled page by name, else a file. */
    private static String page(String name) throws IOException {
        Path file = Path.of(name);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : Fixtures.page(name);
    }

    /**
     * One build of the reader: its {@code ReportReader.standard()} and {@code read(String)}, by reflection, from a
     * class loader of its own.
     */
    record Reader(Object reader, Method read) {

        /**
         * Loads a build of the reader.
         *
         * @param jar its jar, or a directory of its classes (as {@code reader/target/classes})
         * @throws IllegalArgumentException if there is no such jar or directory
         */
        static Reader load(Path jar) throws ReflectiveOperationException, MalformedURLException {
            if (!Files.isRegularFile(jar) && !Files.isDirectory(jar)) {
                throw new IllegalArgumentException("no such jar: " + jar);
            }
            ClassLoader loader = new ReaderFirstLoader(jar.toUri().toURL(), ReaderComparison.class.getClassLoader());
            Class<?> type = loader.loadClass(READER_PACKAGE + "ReportReader");
            return new Reader(standard(type).invoke(null), type.getMethod("read", String.class));
        }

        /** The factory of the default reader: {@code standard()}, or {@code create()} in builds before its rename. */
        private static Method standard(Class<?> type) throws NoSuchMethodException {
            try {
                return type.getMethod("standard");
            } catch (NoSuchMethodException e) {
                return type.getMethod("create");
            }
        }

        void read(String page, int times) throws IllegalAccessException, InvocationTargetException {
            for (int i = 0; i < times; i++) {
                read.invoke(reader, page);
            }
        }

        /** One read: the {@code ReadResult}, of this build's class. */
        Object readOnce(String page) throws IllegalAccessException, InvocationTargetException {
            return read.invoke(reader, page);
        }
    }

    /** Takes the reader's classes and resources from its own jar, and everything it lacks from its parent. */
    private static final class ReaderFirstLoader extends URLClassLoader {

        ReaderFirstLoader(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(READER_PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notInJar) {
                        // Not the reader's own (gongkai-reader-pdf, -word): from the class path.
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        /** The reader's own resources (its message bundles) from its jar too. */
        @Override
        public URL getResource(String name) {
            URL own = name.startsWith("io/github/gongkai/reader/") ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }
    }
}
