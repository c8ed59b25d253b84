package io.github.gongkai.reader;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads 8-million-character hostile pages ({@link HostilePages}) one after the other; run by
 * {@link SmallHeapTest} in a JVM with a 256 MB heap. Prints one line per page, read or rejected with a
 * {@link ReportReadException} (the HTML table of 8 million characters has more cells than the reader takes);
 * anything else, such as running out of memory, ends the program with another status than 0.
 */
public final class SmallHeapMain {

    private SmallHeapMain() {
    }

    /**
     * Reads the pages.
     *
     * @param args the page names to read (all if none)
     */
    public static void main(String[] args) {
        ReportReader reader = ReportReader.standard();
        int chars = 7_999_000;
        for (Map.Entry<String, Supplier<HostilePages.Page>> e : HostilePages.all(chars).entrySet()) {
            if (args.length > 0 && !List.of(args).contains(e.getKey())) {
                continue;
            }
            HostilePages.Page page = e.getValue().get();
            long start = System.nanoTime();
            String outcome;
            try {
                outcome = reader.read(page.text(), page.format()).reading().summary();
            } catch (ReportReadException rejected) {
                outcome = "rejected: " + rejected.getMessage(); // a limit: an answer too, as long as memory held
            }
            System.out.printf("read %s: %,d characters in %d ms, %s%n", e.getKey(), page.text().length(),
                    (System.nanoTime() - start) / 1_000_000, outcome);
        }
    }
}
