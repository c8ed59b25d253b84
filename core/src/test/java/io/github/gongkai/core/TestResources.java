package io.github.gongkai.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the files under {@code src/test/resources}. */
final class TestResources {

    private TestResources() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /**
     * Reads a CSV file with a header line: fields separated by commas, quoted with {@code "} where they hold
     * commas or quotes ({@code ""} inside quotes is one quote).
     *
     * @return the records after the header, each as its fields
     */
    static List<List<String>> csv(String path) {
        List<List<String>> records = new ArrayList<>();
        String[] lines = text(path).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                records.add(csvLine(lines[i]));
            }
        }
        return records;
    }

    private static List<String> csvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote in CSV line: " + line);
        }
        fields.add(field.toString());
        return fields;
    }
}
