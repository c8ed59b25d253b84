package io.github.gongkai.reader;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-checked expected values kept beside each test page as {@code <name>.expected.csv}, with columns
 * {@code cell,value,raw,note}: value is the number as printed, {@code BLANK} for an empty cell, {@code NA}
 * for a placeholder, {@code UNREAD:<reason key>} for a cell the reader must leave unread (the note says what
 * was printed); raw is the cell's text where it stands alone. Test code only.
 */
final class ExpectedCells {

    /** One row of the CSV. */
    record Expected(String value, String raw, String note) {
    }

    private ExpectedCells() {
    }

    static Map<CellRef, Expected> load(Path page) throws IOException {
        String file = page.getFileName().toString();
        Path csv = page.resolveSibling(file.substring(0, file.lastIndexOf('.')) + ".expected.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Map<CellRef, Expected> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            out.put(CellRef.parse(f.get(0)), new Expected(f.get(1), f.get(2), f.size() > 3 ? f.get(3) : ""));
        }
        return out;
    }

    /** The value the CSV means; placeholders compare by kind only (see {@link #mismatch}). */
    static CellValue value(CellRef cell, String value) {
        if (value.equals("BLANK")) {
            return CellValue.blank();
        }
        if (value.equals("NA")) {
            return CellValue.notApplicable("/");
        }
        return switch (cell.column().valueKind()) {
            case COUNT -> CellValue.count(Long.parseLong(value));
            case SIGNED_COUNT -> CellValue.signedCount(Long.parseLong(value));
            case AMOUNT -> CellValue.amount(new BigDecimal(value), AmountUnit.UNSTATED);
        };
    }

    /**
     * Compares a value read with the CSV's: amounts by value with their exact scale (the unit is checked
     * separately where it matters), placeholders by kind.
     *
     * @return null if they agree, else what differs
     */
    static String mismatch(CellRef cell, String expected, CellValue actual) {
        if (expected.startsWith("UNREAD:")) {
            String key = expected.substring("UNREAD:".length());
            return actual instanceof CellValue.Unread u && u.reason().key().equals(key) ? null
                    : "expected unread (" + key + "), was '" + actual + "'";
        }
        CellValue want = value(cell, expected);
        if (want instanceof CellValue.Amount a) {
            if (!(actual instanceof CellValue.Amount b)) {
                return "expected amount " + expected + ", was '" + actual + "'";
            }
            return a.value().equals(b.value()) ? null
                    : "expected amount " + expected + " (exact scale), was " + b.value().toPlainString();
        }
        if (want instanceof CellValue.NotApplicable) {
            return actual instanceof CellValue.NotApplicable ? null : "expected a placeholder, was '" + actual + "'";
        }
        return want.equals(actual) ? null : "expected " + expected + ", was '" + actual + "' ("
                + actual.getClass().getSimpleName() + ")";
    }

    /** Tells whether two readings agree cell by cell in the sense of {@link #mismatch}. */
    static boolean same(List<CellRef> cells, List<CellValue> reading, List<CellValue> truth) {
        for (int i = 0; i < cells.size(); i++) {
            CellValue t = truth.get(i);
            CellValue r = reading.get(i);
            boolean equal = t instanceof CellValue.Amount a && r instanceof CellValue.Amount b
                    ? a.value().equals(b.value()) : t.equals(r);
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        fields.add(sb.toString());
        return fields;
    }
}
