package io.github.gongkai.json.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells, from the first bytes of a document, whether Jackson will read it as UTF-16, by the same rules
 * (a byte order mark, else the zero bytes of RFC 4627 section 3). Jackson decodes UTF-16 replacing what it
 * cannot decode with U+FFFD; the reader decodes such documents itself, strictly.
 */
public final class Utf16 {

    private Utf16() {
    }

    /**
     * Returns the UTF-16 byte order Jackson would read a document in, or null if it reads it otherwise
     * (UTF-8 or UTF-32, or rejects the encoding).
     *
     * @param head the document's first bytes
     * @param n how many of them there are (only the first four are looked at)
     * @return {@link StandardCharsets#UTF_16BE}, {@link StandardCharsets#UTF_16LE} or null
     */
    public static Charset of(byte[] head, int n) {
        if (n >= 4) {
            int quad = (head[0] & 0xFF) << 24 | (head[1] & 0xFF) << 16 | (head[2] & 0xFF) << 8 | (head[3] & 0xFF);
            if (quad == 0x0000FEFF || quad == 0xFFFE0000 || quad == 0x0000FFFE || quad == 0xFEFF0000) {
                return null; // UTF-32 byte order marks, and the unusual orders Jackson rejects
            }
            int pair = quad >>> 16;
            if (pair == 0xFEFF) {
                return StandardCharsets.UTF_16BE;
            }
            if (pair == 0xFFFE) {
                return StandardCharsets.UTF_16LE;
            }
            if ((quad >>> 8) == 0xEFBBBF || (quad >> 8) == 0 || (quad & 0x00FFFFFF) == 0
                    || (quad & ~0x00FF0000) == 0 || (quad & ~0x0000FF00) == 0) {
                return null; // UTF-8's byte order mark; UTF-32, or an order Jackson rejects
            }
            return byZeroByte(pair);
        }
        if (n >= 2) {
            // With fewer than four bytes Jackson looks only for a zero byte, not for a byte order mark.
            return byZeroByte((head[0] & 0xFF) << 8 | (head[1] & 0xFF));
        }
        return null;
    }

    private static Charset byZeroByte(int pair) {
        if ((pair & 0xFF00) == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if ((pair & 0x00FF) == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }
}
