package io.github.gongkai.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report format spec ({@code spec/report-format.md}) read as Markdown: its {@code ##} sections, their
 * pipe tables, paragraphs and list items. Only generic Markdown structure is parsed here; what the
 * structures mean is read by {@link SpecConformanceTest}.
 */
final class SpecDocument {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    private final Map<String, String> sections = new LinkedHashMap<>();

    SpecDocument(String markdown) {
        String heading = "";
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\r?\n", -1)) {
            if (line.startsWith("## ")) {
                sections.put(heading, body.toString());
                heading = line.substring(3).trim();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        sections.put(heading, body.toString());
    }

    static SpecDocument load() {
        return new SpecDocument(TestResources.text("spec/report-format.md"));
    }

    /** The text before the first {@code ##} heading. */
    String preamble() {
        return sections.get("");
    }

    /** The heading of the one section whose heading starts with the prefix. */
    String heading(String prefix) {
        String found = null;
        for (String heading : sections.keySet()) {
            if (!heading.isEmpty() && heading.startsWith(prefix)) {
                if (found != null) {
                    throw new IllegalStateException("two sections start with '" + prefix + "'");
                }
                found = heading;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no section starts with '" + prefix + "': " + sections.keySet());
        }
        return found;
    }

    /** The body of the one section whose heading starts with the prefix. */
    String section(String prefix) {
        return sections.get(heading(prefix));
    }

    /** The rows of the first pipe table in the text, without its header and separator rows. */
    static List<List<String>> table(String text) {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        boolean header = true;
        for (String line : text.split("\n")) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            if (header) {
                header = false;
                continue;
            }
            if (line.matches("\\|[-:| ]+\\|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            String inner = line.substring(1, line.lastIndexOf('|'));
            for (String cell : inner.split("\\|", -1)) {
                cells.add(cell.trim());
            }
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no table in: " + text);
        }
        return rows;
    }

    /** The paragraph that starts with the given text, its wrapped lines joined by a space. */
    static String paragraph(String text, String start) {
        List<String> lines = List.of(text.split("\n"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                StringBuilder paragraph = new StringBuilder(lines.get(i).trim());
                for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank() && !lines.get(j).startsWith("|")
                        && !lines.get(j).matches("\\d+\\. .*"); j++) {
                    paragraph.append(' ').append(lines.get(j).trim());
                }
                return paragraph.toString();
            }
        }
        throw new IllegalStateException("no paragraph starts with '" + start + "'");
    }

    /** The items of a numbered list, each with its wrapped lines joined by a space, by number. */
    static Map<Integer, String> numberedList(String text) {
        Map<Integer, String> items = new LinkedHashMap<>();
        Pattern item = Pattern.compile("(\\d+)\\. (.*)");
        Integer current = null;
        for (String line : text.split("\n")) {
            Matcher m = item.matcher(line);
            if (m.matches()) {
                current = Integer.valueOf(m.group(1));
                items.put(current, m.group(2).trim());
            } else if (current != null && line.startsWith("   ") && !line.isBlank()) {
                items.put(current, items.get(current) + " " + line.trim());
            } else {
                current = null;
            }
        }
        return items;
    }

    /** Every {@code `quoted`} string in the text, in order. */
    static List<String> backticked(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The {@code `key` (label)} pairs in the text, in order. */
    static Map<String, String> keyLabelPairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher m = Pattern.compile("`(\\w+)`\\s*\\(([^)]*)\\)").matcher(text);
        while (m.find()) {
            pairs.put(m.group(1), m.group(2));
        }
        return pairs;
    }

    /** The first group of the first match of the regex in the text. */
    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("'" + regex + "' not found in: " + text);
        }
        return m.group(1);
    }

    /** Splits a list written {@code a, b, c} (or with another separator) into trimmed items. */
    static List<String> split(String text, String separatorRegex) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(separatorRegex)) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }
}
