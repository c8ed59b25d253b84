package io.github.gongkai.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Large hostile pages made in memory: a real report with a great deal of something after it or inside it.
 * Shared by the allocation test and the small-heap program.
 */
final class HostilePages {

    static final Path SAMPLE = Path.of("src/test/resources/corpus/000_5f5cda31151d78ea.txt");
    static final Path MARKDOWN = Path.of("src/test/resources/corpus/002_shanghai_office_2025.md");
    static final Path HTML = Path.of("src/test/resources/fixtures/html_2021_rowspan.html");

    /** The heading that follows table 三 in the sample: content put before it stands inside table 三. */
    static final String SAMPLE_T4_HEADING = "四、政府信息公开行政复议、行政诉讼情况";

    private HostilePages() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pages, by name, each of about {@code chars} characters, with the format to read them as; each is made
     * when asked for, so that only one is held at a time.
     */
    static Map<String, Supplier<Page>> all(int chars) {
        String sample = read(SAMPLE);
        String markdown = read(MARKDOWN);
        String html = read(HTML);
        Map<String, Supplier<Page>> pages = new LinkedHashMap<>();
        pages.put("a million numbers after section 六, one a line",
                () -> new Page(SourceFormat.TEXT, fill(sample + "\n", chars, i -> Math.floorMod(i * 7919L, 1_000_000) + "\n")));
        pages.put("one glued digit run after section 六", () -> new Page(SourceFormat.TEXT,
                fill(sample + "\n", chars, i -> "1234567890")));
        pages.put("one line of numbers and words after section 六", () -> new Page(SourceFormat.TEXT,
                fill(sample + "\n", chars, i -> "第" + i % 100 + "项，")));
        pages.put("one line of spaced numbers after section 六", () -> new Page(SourceFormat.TEXT,
                fill(sample + "\n", chars, i -> i % 10 + " ")));
        pages.put("one line of section headings after section 六", () -> new Page(SourceFormat.TEXT,
                fill(sample + "\n", chars, i -> "五、改进四、复议")));
        pages.put("short lines of one character after section 六", () -> new Page(SourceFormat.TEXT,
                fill(sample + "\n", chars, i -> i % 2 == 0 ? "0\n" : "是\n")));
        pages.put("numbers in table 三 after its last row", () -> new Page(SourceFormat.TEXT,
                insertBefore(sample, SAMPLE_T4_HEADING, "注:\n", chars, i -> (i % 1000) + "\n")));
        pages.put("Markdown rows after section 六", () -> new Page(SourceFormat.MARKDOWN,
                fill(markdown + "\n", chars, i -> "| " + i % 10 + " | " + i % 7 + " | " + i % 3 + " |\n")));
        pages.put("Markdown numbers after section 六, one a line", () -> new Page(SourceFormat.MARKDOWN,
                fill(markdown + "\n", chars, i -> (i % 100_000) + "\n")));
        pages.put("HTML paragraphs of numbers after section 六", () -> new Page(SourceFormat.HTML,
                insertBefore(html, "</body>", "", chars, i -> "<p>" + i % 100_000 + "</p>\n")));
        pages.put("HTML table of numbers after section 六", () -> new Page(SourceFormat.HTML,
                insertBefore(html, "</body>", "<table>", chars, i -> "<tr><td>" + i % 1000 + "</td><td>"
                        + i % 7 + "</td></tr>\n").replace("</body>", "</table></body>")));
        return pages;
    }

    /** A page and its format. */
    record Page(SourceFormat format, String text) {
    }

    private static String fill(String start, int chars, java.util.function.IntFunction<String> piece) {
        StringBuilder sb = new StringBuilder(Math.max(chars, start.length()) + 64).append(start);
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(piece.apply(i));
        }
        return sb.toString();
    }

    private static String insertBefore(String page, String marker, String first, int chars,
            java.util.function.IntFunction<String> piece) {
        int at = page.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException(marker);
        }
        String filled = fill(page.substring(0, at) + first, chars - (page.length() - at), piece);
        return filled + page.substring(at);
    }
}
