package io.github.gongkai.reader;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.testkit.BehaviourRecord;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the reader makes of the corpus, the fixtures and 6 000 pages mutated from them — every cell with its
 * kind, every provenance, ambiguity, missing cell and warning, or the error and its position — and, after them, of
 * the fixtures whose format or figures come from their content ({@code fixtures/content}, read in the format their
 * file extension declares), is what is recorded in {@code src/test/resources/record/reading.txt}: a refactoring
 * of the reader changes no reading.
 * Write the record anew with {@code -Dgongkai.testkit.record=true} only for an intended change, and say so
 * in the changelog.
 */
@Tag("slow")
class ReadingRecordTest {

    static final int MUTATED = 6_000;

    /**
     * A file to write every case's reading to as well (one case after another, each headed by its number), to
     * compare the readings of two builds case by case when the record differs: {@code -Dgongkai.reading.dump=FILE}.
     */
    static final String DUMP_PROPERTY = "gongkai.reading.dump";

    @Test
    void readingsAreAsRecorded() throws IOException {
        List<Page> pages = pages();
        ReportReader reader = ReportReader.standard();
        BehaviourRecord recorded = BehaviourRecord.of(Path.of("src/test/resources/record/reading.txt"), 500);
        String dumpFile = System.getProperty(DUMP_PROPERTY);
        List<String> dump = new ArrayList<>();
        java.util.function.Consumer<String> record = dumpFile == null ? recorded::add : description -> {
            dump.add("=== case " + recorded.cases() + "\n" + description);
            recorded.add(description);
        };
        for (Page page : pages) {
            record.accept(page.name() + "\n" + describe(reader, page.text(), page.format()));
        }
        for (int i = 0; i < MUTATED; i++) {
            SplittableRandom random = new SplittableRandom(i);
            Page page = pages.get(random.nextInt(pages.size()));
            String text = mutate(page.text(), random);
            record.accept(page.name() + " #" + i + "\n" + describe(reader, text, page.format()));
        }
        // Last, so that the cases before keep their numbers and blocks.
        for (Page page : pages(List.of(Path.of("src/test/resources/fixtures/content")))) {
            record.accept(page.name() + "\n" + describe(reader, page.text(), page.format()));
        }
        if (dumpFile != null) {
            Files.write(Path.of(dumpFile), dump, StandardCharsets.UTF_8);
        }
        recorded.finish();
    }

    record Page(String name, String text, SourceFormat format) {
    }

    private static List<Page> pages() throws IOException {
        return pages(List.of(Path.of("src/test/resources/corpus"), Path.of("src/test/resources/fixtures")));
    }

    /** The pages of the folders (not their subfolders), each in the format its extension declares. */
    private static List<Page> pages(List<Path> folders) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    SourceFormat format = name.endsWith(".html") ? SourceFormat.HTML
                            : name.endsWith(".md") ? SourceFormat.MARKDOWN : name.endsWith(".txt") ? SourceFormat.TEXT
                            : null;
                    if (format != null) {
                        pages.add(new Page(name, Files.readString(file, StandardCharsets.UTF_8), format));
                    }
                }
            }
        }
        return pages;
    }

    /** One to three edits of the kinds converters and people make: lines lost, doubled, joined, digits changed. */
    static String mutate(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && lines.size() > 2; e++) {
            int at = random.nextInt(lines.size() - 1);
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.set(at, lines.get(at) + lines.remove(at + 1));
                case 3 -> lines.add(at, "");
                case 4 -> lines.set(at, changeDigit(lines.get(at), random));
                default -> {
                    String line = lines.remove(at);
                    lines.add(at + 1, line);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String changeDigit(String line, SplittableRandom random) {
        int start = random.nextInt(line.length() + 1);
        for (int i = start; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return line.substring(0, i) + (char) ('0' + random.nextInt(10)) + line.substring(i + 1);
            }
        }
        return line + random.nextInt(10);
    }

    static String describe(ReportReader reader, String text, SourceFormat format) {
        StringBuilder out = new StringBuilder();
        try {
            ReadResult result = reader.read(text, format);
            describe(result.report().header(), out);
            for (Cell cell : result.report().cells()) {
                out.append(cell.ref()).append('=').append(value(cell.value())).append('\n');
            }
            describe(result.reading(), out);
        } catch (ReportReadException e) {
            out.append("error ").append(e.reason()).append(' ').append(e.getMessage()).append(' ')
                    .append(e.position().map(Object::toString).orElse("-"));
        }
        return out.toString();
    }

    private static String value(CellValue value) {
        return value.getClass().getSimpleName() + "(" + value + ")";
    }

    /** Every component of records, lists and optionals, recursively: independent of any toString. */
    private static void describe(Object value, StringBuilder out) {
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                out.append(component.getName()).append('=');
                try {
                    describe(component.getAccessor().invoke(record), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                out.append(';');
            }
            out.append("}\n");
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            for (Object element : list) {
                describe(element, out);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof Optional<?> optional) {
            out.append(optional.isPresent() ? "some(" : "none(");
            optional.ifPresent(v -> describe(v, out));
            out.append(')');
        } else if (value instanceof CellValue cell) {
            out.append(value(cell));
        } else {
            out.append(value);
        }
    }
}
