package io.github.gongkai.reader.word.internal;

import io.github.gongkai.reader.ReportReadException.Detail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks a Word package's ZIP entries before POI opens it, inflating each into a small buffer and counting, so
 * that a zip bomb fails fast with {@code LIMIT_EXCEEDED} without its size ever being allocated: too many entries,
 * more bytes expanded than {@link io.github.gongkai.reader.spi.DocumentLimits#maxExpandedBytes()}, or tables
 * (and content controls, text boxes) nested deeper than {@link WordLayout#MAX_TABLE_DEPTH} in a part of
 * {@code word/}, which POI would build by recursion. POI's own {@code ZipSecureFile} settings are static, for the
 * whole process, and are left alone.
 */
final class PackageScan {

    /** More entries than any Word file has (a report has a few dozen); a package of many tiny ones is hostile. */
    static final int MAX_ENTRIES = 4_000;

    private static final String FORMAT = DocxLayout.FORMAT;

    private PackageScan() {
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Scans a package.
     *
     * @param bytes the package
     * @param maxExpandedBytes the most its entries may inflate to, together
     * @param layout checks the deadline
     * @throws io.github.gongkai.reader.ReportReadException {@code LIMIT_EXCEEDED} past a limit,
     *     {@code UNREADABLE_INPUT} if the ZIP is damaged
     */
    static void scan(byte[] bytes, long maxExpandedBytes, WordLayout layout) {
        byte[] buffer = new byte[64 << 10];
        long expanded = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw Failures.of(Detail.WORD_TOO_MANY_PARTS, FORMAT, MAX_ENTRIES);
                }
                String name = entry.getName();
                Nesting nesting = name.startsWith("word/") && name.endsWith(".xml") ? new Nesting() : null;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    expanded += n;
                    if (expanded > maxExpandedBytes) {
                        throw Failures.of(Detail.WORD_EXPANDS_TOO_MUCH, FORMAT, maxExpandedBytes, name);
                    }
                    if (nesting != null && nesting.exceeds(buffer, n)) {
                        throw Failures.of(Detail.WORD_TABLES_TOO_DEEP_IN_PART, FORMAT, WordLayout.MAX_TABLE_DEPTH,
                                name);
                    }
                    layout.checkTime();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid in the ZIP's charset.
            throw Failures.damaged(FORMAT, e);
        }
    }

    /**
     * Follows the nesting of {@code tbl}, {@code sdt} and {@code txbxContent} elements through an XML part read in
     * chunks, from the tags' names alone (any namespace prefix): an approximation that may only overcount.
     */
    private static final class Nesting {
        private static final int NAME_LIMIT = 32;
        private static final byte[] TBL = ascii("tbl");
        private static final byte[] SDT = ascii("sdt");
        private static final byte[] TEXT_BOX = ascii("txbxContent");
        private final byte[] name = new byte[NAME_LIMIT];
        /** -1 outside a tag's name, else how many bytes of the name were seen. */
        private int length = -1;
        private boolean closing;
        private int depth;

        boolean exceeds(byte[] chunk, int n) {
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (b == '<') {
                    length = 0;
                    closing = false;
                } else if (length == 0 && b == '/' && !closing) {
                    closing = true;
                } else if (length >= 0) {
                    if (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                        tag();
                        length = -1;
                    } else if (length < NAME_LIMIT) {
                        name[length++] = b;
                    } else {
                        length = -1;
                    }
                }
                if (depth > WordLayout.MAX_TABLE_DEPTH) {
                    return true;
                }
            }
            return false;
        }

        private void tag() {
            int start = 0;
            for (int i = 0; i < length; i++) {
                if (name[i] == ':') {
                    start = i + 1;
                }
            }
            if (is(start, TBL) || is(start, SDT) || is(start, TEXT_BOX)) {
                depth += closing ? -1 : 1;
            }
        }

        private boolean is(int start, byte[] local) {
            return Arrays.equals(name, start, length, local, 0, local.length);
        }
    }
}
