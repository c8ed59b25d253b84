package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Large hostile pages ({@link HostilePages}, 3 million characters: a real report with a million numbers, one
 * huge line or many short lines after it or inside it, as text, Markdown and HTML) are read allocating at most
 * {@value #MAX_BYTES_PER_CHAR} bytes per character of the page, as counted by the JVM for the reading thread
 * (garbage included), and nothing past the tables is dropped without a warning. For HTML the bound is on
 * what the reader allocates beyond jsoup's own parse of the same page, which the reader does not control.
 */
class LargePageTest {

    static final int MAX_BYTES_PER_CHAR = 16;
    private static final int CHARS = 3_000_000;
    private static final ReportReader READER = ReportReader.standard();

    static Stream<Arguments> pages() {
        return HostilePages.all(CHARS).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue().get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void isReadWithinSixteenBytesPerCharacterAndLosesNothingSilently(String name, HostilePages.Page page) {
        Report alone = READER.read(original(page), page.format()).report();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            // Warmed up, as a benchmark's steady state: class loading and the first compilations are not the page's.
            READER.read(page.text(), page.format());
            long jsoup = page.format() == SourceFormat.HTML ? jsoupAllocation(page.text()) : 0;
            long before = allocated();
            ReadResult result = READER.read(page.text(), page.format());
            long used = allocated() - before - jsoup;
            double perChar = (double) used / page.text().length();
            System.out.printf("%-55s %,d chars: %.1f bytes per character%s%n", name, page.text().length(), perChar,
                    jsoup > 0 ? String.format(" beyond jsoup's %.1f", (double) jsoup / page.text().length()) : "");
            assertTrue(perChar <= MAX_BYTES_PER_CHAR, name + ": " + perChar + " bytes per character");
            for (CellRef ref : CellRef.all(alone.edition())) {
                assertEquals(alone.get(ref), result.report().get(ref), name + ": " + ref);
            }
            List<ReadingWarning> told = result.reading().warnings().stream()
                    .filter(w -> w.code() == ReadingWarning.Code.CONTENT_IGNORED
                            || w.code() == ReadingWarning.Code.UNPLACED_NUMBERS)
                    .toList();
            int added = page.text().length() - original(page).length();
            boolean numbers = page.text().substring(page.text().length() - added).chars().anyMatch(Character::isDigit);
            if (told.isEmpty() && numbers) {
                // Nothing was left out: then all that was added is in the narrative of section 六.
                int kept = result.report().narrative().otherMatters().orElse("").length();
                assertTrue(kept >= added - 10, name + ": nothing reported ignored, yet the narrative holds " + kept
                        + " of " + added + " characters\n" + result.reading());
            } else if (!told.isEmpty()) {
                assertTrue(told.get(0).position().isPresent(), name + ": position of what was not used");
            }
            assertTrue(result.reading().toString().length() < 100_000, "the reading report stays small");
        });
    }

    /** The page without what was added: the report the hostile page must still give, cell for cell. */
    private static String original(HostilePages.Page page) {
        return switch (page.format()) {
            case TEXT -> HostilePages.read(HostilePages.SAMPLE);
            case MARKDOWN -> HostilePages.read(HostilePages.MARKDOWN);
            case HTML -> HostilePages.read(HostilePages.HTML);
            default -> throw new AssertionError("no hostile page is a " + page.format());
        };
    }

    private static long jsoupAllocation(String html) {
        org.jsoup.Jsoup.parse(html);
        long before = allocated();
        org.jsoup.Jsoup.parse(html);
        return allocated() - before;
    }

    /** The bytes the current thread has allocated so far (see {@code HostileInputTest}). */
    static long allocated() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            return (long) Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes").invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the JDK cannot count allocated bytes", e);
        }
    }

}
