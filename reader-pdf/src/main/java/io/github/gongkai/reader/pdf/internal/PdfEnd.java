package io.github.gongkai.reader.pdf.internal;

import java.nio.charset.StandardCharsets;

/**
 * Whether a PDF's bytes end where a PDF ends: with the {@code %%EOF} of its last revision, after which only bytes
 * that are no part of a PDF may follow. A download or a copy that stopped leaves a file that ends inside an object
 * or a stream, with no {@code %%EOF} after it; a file linearized for the web or saved with incremental updates has a
 * {@code %%EOF} inside it too, followed by the objects of the rest, so the last {@code %%EOF} alone is not enough.
 * What a server or a tool may append to a whole file (white space, NUL padding, an HTML page, a signature block of
 * another format) holds no object, stream or cross-reference keyword, however long it is.
 */
final class PdfEnd {

    private static final byte[] EOF = {'%', '%', 'E', 'O', 'F'};
    /** The keywords of a PDF's body and trailer; {@code obj} is tested apart, after its object number. */
    private static final byte[][] KEYWORDS = {
        bytes("endobj"), bytes("stream"), bytes("endstream"), bytes("xref"), bytes("trailer"), bytes("startxref"),
    };
    private static final byte[] OBJ = bytes("obj");

    private PdfEnd() {
    }

    /**
     * Whether the file is cut short: it has no {@code %%EOF}, or a part of a PDF (an object, a stream, a
     * cross-reference section or a trailer) follows its last one.
     *
     * @param bytes the file
     * @return true if it does not end where a PDF ends
     */
    static boolean cutShort(byte[] bytes) {
        int eof = lastIndexOf(bytes, EOF);
        return eof < 0 || holdsPdfSyntax(bytes, eof + EOF.length);
    }

    /** Whether [from, end) holds a keyword of a PDF's body or trailer, or an object's header ({@code 12 0 obj}). */
    private static boolean holdsPdfSyntax(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (!isRegular(b[i]) || i > from && isRegular(b[i - 1])) {
                continue; // a keyword starts a token: after white space, a delimiter, or the %%EOF itself
            }
            for (byte[] keyword : KEYWORDS) {
                if (isToken(b, i, keyword)) {
                    return true;
                }
            }
            if (isToken(b, i, OBJ) && followsObjectNumber(b, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} stands at {@code at} as a whole token: not followed by a regular character. */
    private static boolean isToken(byte[] b, int at, byte[] word) {
        if (at + word.length > b.length || !startsWith(b, at, word)) {
            return false;
        }
        int next = at + word.length;
        return next == b.length || !isRegular(b[next]);
    }

    /** Whether {@code obj} at {@code at} follows an object's number and generation: {@code 12 0 obj}. */
    private static boolean followsObjectNumber(byte[] b, int at) {
        int i = skipBackWhiteSpace(b, at - 1);
        int digits = i;
        while (i >= 0 && isDigit(b[i])) {
            i--;
        }
        if (i == digits || i < 0 || !isWhiteSpace(b[i])) {
            return false; // no generation number, or one glued to what is before it
        }
        i = skipBackWhiteSpace(b, i);
        return i >= 0 && isDigit(b[i]);
    }

    private static int skipBackWhiteSpace(byte[] b, int i) {
        while (i >= 0 && isWhiteSpace(b[i])) {
            i--;
        }
        return i;
    }

    private static int lastIndexOf(byte[] b, byte[] word) {
        for (int i = b.length - word.length; i >= 0; i--) {
            if (b[i] == word[0] && startsWith(b, i, word)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int at, byte[] word) {
        for (int k = 0; k < word.length; k++) {
            if (b[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** PDF's white space (ISO 32000-1, 7.2.2): NUL, TAB, LF, FF, CR and space. */
    private static boolean isWhiteSpace(byte c) {
        return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    /** A regular character: neither white space nor one of PDF's delimiters. */
    private static boolean isRegular(byte c) {
        return !isWhiteSpace(c) && "()<>[]{}/%".indexOf(c) < 0;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
