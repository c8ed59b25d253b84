package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourceFormat;
import java.nio.charset.StandardCharsets;

/**
 * Tells a binary file's type from its first bytes, whatever its name: a document the reader reads through a
 * {@link io.github.gongkai.reader.spi.DocumentReader} (PDF, a Word package, a compound file), a type it does not
 * read (a spreadsheet, an image, an archive), or none of these (then the file is read as a text page).
 */
public final class BinaryFormats {

    /** How far into a file a PDF header may start (the PDF standard allows bytes before it). */
    private static final int PDF_HEADER_WINDOW = 1024;
    /** How many entries of a ZIP package are looked at to tell what it is. */
    private static final int ZIP_ENTRIES_LOOKED_AT = 64;

    private BinaryFormats() {
    }

    /**
     * What a file's bytes are.
     *
     * @param format the document format to read it as, or null
     * @param unsupported the type of a file that is not read (a phrase such as {@code "XLSX"}), or
     *     null
     */
    public record Kind(SourceFormat format, String unsupported) {
        /** Whether the file is a text page (neither a document nor an unsupported type). */
        public boolean isText() {
            return format == null && unsupported == null;
        }
    }

    private static final Kind TEXT = new Kind(null, null);

    /**
     * Tells a file's type.
     *
     * @param b the file's bytes
     * @return its kind, never null
     */
    public static Kind sniff(byte[] b) {
        if (isPdf(b)) {
            return new Kind(SourceFormat.PDF, null);
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            return zip(b);
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new Kind(SourceFormat.DOC, null); // Word, or another compound file: its reader tells
        }
        String other = otherType(b);
        return other == null ? TEXT : new Kind(null, other);
    }

    private static boolean isPdf(byte[] b) {
        byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(b.length, PDF_HEADER_WINDOW) - magic.length;
        for (int i = 0; i <= end; i++) {
            int k = 0;
            while (k < magic.length && b[i + k] == magic[k]) {
                k++;
            }
            if (k == magic.length) {
                return true;
            }
        }
        return false;
    }

    private static String otherType(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        } else if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        } else if (starts(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        } else if (starts(b, 'I', 'I', '*', 0) || starts(b, 'M', 'M', 0, '*')) {
            return "TIFF";
        } else if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return "WEBP";
        } else if (starts(b, 0x1F, 0x8B)) {
            return "GZIP";
        } else if (starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "SEVEN_ZIP";
        } else if (starts(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return "RAR";
        } else if (starts(b, 'B', 'Z', 'h')) {
            return "BZIP2";
        } else if (starts(b, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            return "XZ";
        } else if (starts(b, '{', '\\', 'r', 't', 'f')) {
            return "RTF";
        }
        return null;
    }

    /**
     * A ZIP package: a Word document, another Office or OpenDocument file, an OFD document or an archive. Told by
     * the names of its entries, read from their headers without inflating anything (a zip bomb costs nothing
     * here).
     */
    private static Kind zip(byte[] b) {
        boolean contentTypes = false;
        int seen = 0;
        for (int i = 0; i + 30 <= b.length && seen < ZIP_ENTRIES_LOOKED_AT; i++) {
            String name = entryName(b, i);
            if (name == null) {
                continue;
            }
            seen++;
            if (name.startsWith("word/")) {
                return new Kind(SourceFormat.DOCX, null);
            } else if (name.startsWith("xl/")) {
                return new Kind(null, "XLSX");
            } else if (name.startsWith("ppt/")) {
                return new Kind(null, "PPTX");
            } else if (name.equalsIgnoreCase("OFD.xml")) {
                return new Kind(null, "OFD");
            } else if (name.equals("mimetype")) {
                return new Kind(null, "OPEN_DOCUMENT");
            }
            contentTypes |= name.equals("[Content_Types].xml");
        }
        return contentTypes ? new Kind(SourceFormat.DOCX, null) : new Kind(null, "ZIP");
    }

    /** The name of the entry whose local or central header starts at {@code i}, or null if none does. */
    private static String entryName(byte[] b, int i) {
        if (b[i] != 'P' || b[i + 1] != 'K') {
            return null;
        }
        int nameAt;
        int lengthAt;
        if (b[i + 2] == 3 && b[i + 3] == 4) {
            nameAt = i + 30;
            lengthAt = i + 26;
        } else if (b[i + 2] == 1 && b[i + 3] == 2 && i + 46 <= b.length) {
            nameAt = i + 46;
            lengthAt = i + 28;
        } else {
            return null;
        }
        int length = (b[lengthAt] & 0xFF) | (b[lengthAt + 1] & 0xFF) << 8;
        if (length == 0 || nameAt + length > b.length) {
            return null;
        }
        return new String(b, nameAt, length, StandardCharsets.UTF_8);
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
