package io.github.gongkai.reader.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A web archive (MHTML, RFC 2557: a browser's "single file" page, {@code .mhtml}, or Internet Explorer's and Word's
 * {@code .mht}): a MIME message whose first HTML part is the page, its images and styles in the other parts. The
 * page's bytes are taken out of it, decoded from the part's transfer encoding (quoted-printable or base64); their
 * charset is then told as any page's ({@link Decoding}). Stateless.
 */
public final class WebArchive {

    /** How far into the file the message's header is looked for. */
    private static final int HEADER_LIMIT = 16 * 1024;

    private WebArchive() {
    }

    /**
     * The bytes of the archive's page, if the file is a web archive with an HTML part.
     *
     * @param bytes the file
     * @return the HTML part's bytes, decoded from its transfer encoding; empty for a file that is no web archive
     */
    public static Optional<byte[]> page(byte[] bytes) {
        if (!startsWithField(bytes)) {
            return Optional.empty(); // nearly every file: no MIME header, and nothing more is made of it
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HEADER_LIMIT), StandardCharsets.ISO_8859_1);
        int headerEnd = headerEnd(head, 0, head.length());
        if (headerEnd < 0) {
            return Optional.empty();
        }
        String header = unfolded(head.substring(0, headerEnd));
        String lower = header.toLowerCase(Locale.ROOT);
        String type = field(header, "content-type");
        if (!lower.startsWith("mime-version:") && !lower.contains("\nmime-version:") || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        String boundary = parameter(type, "boundary");
        if (boundary == null || boundary.isEmpty()) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1); // one char a byte: indexes are offsets
        String delimiter = "--" + boundary;
        int at = text.indexOf(delimiter, headerEnd);
        while (at >= 0) {
            int partStart = lineEnd(text, at + delimiter.length());
            if (partStart < 0 || text.startsWith("--", at + delimiter.length())) {
                return Optional.empty(); // the closing delimiter, or nothing after it
            }
            int next = text.indexOf(delimiter, partStart);
            int partEnd = next < 0 ? text.length() : next;
            int bodyStart = headerEnd(text, partStart, partEnd);
            if (bodyStart >= 0) {
                String partHeader = unfolded(text.substring(partStart, bodyStart));
                String partType = field(partHeader, "content-type");
                if (partType != null && partType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                    String encoding = field(partHeader, "content-transfer-encoding");
                    return Optional.of(decoded(text.substring(bodyStart, trimmedEnd(text, bodyStart, partEnd)),
                            encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT)));
                }
            }
            at = next;
        }
        return Optional.empty();
    }

    /** Whether the file begins with a header field's name and its colon ({@code MIME-Version:}, {@code From:}). */
    private static boolean startsWithField(byte[] b) {
        int i = 0;
        while (i < b.length && i < 64 && (Character.isLetterOrDigit(b[i]) || b[i] == '-')) {
            i++;
        }
        return i > 0 && i < b.length && b[i] == ':';
    }

    /** Where the body after the header that starts at {@code from} begins (past its blank line), or -1. */
    private static int headerEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            int j = i + 1;
            if (j < text.length() && text.charAt(j) == '\r') {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                return j + 1;
            }
        }
        return -1;
    }

    /** The index after the line break that ends the line at {@code from}, or -1. */
    private static int lineEnd(String text, int from) {
        int n = text.indexOf('\n', from);
        return n < 0 ? -1 : n + 1;
    }

    /** The body's end without the line break that belongs to the next delimiter. */
    private static int trimmedEnd(String text, int from, int end) {
        int e = end;
        if (e > from && text.charAt(e - 1) == '\n') {
            e--;
        }
        if (e > from && text.charAt(e - 1) == '\r') {
            e--;
        }
        return e;
    }

    /** A header with its folded lines (continued by white space) joined, each field on one line. */
    private static String unfolded(String header) {
        return header.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ");
    }

    /** The value of a header field (its name in lower case), or null. */
    private static String field(String header, String name) {
        String lower = header.toLowerCase(Locale.ROOT);
        int at = lower.startsWith(name + ":") ? 0 : lower.indexOf("\n" + name + ":");
        if (at < 0) {
            return null;
        }
        int start = lower.indexOf(':', at) + 1;
        int end = header.indexOf('\n', start);
        return header.substring(start, end < 0 ? header.length() : end).trim();
    }

    /** A parameter of a field's value ({@code boundary="----=_NextPart"}), its case kept, or null. */
    private static String parameter(String value, String name) {
        String lower = value.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(name + "=");
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 1;
        if (start < value.length() && value.charAt(start) == '"') {
            int end = value.indexOf('"', start + 1);
            return end < 0 ? null : value.substring(start + 1, end);
        }
        int end = start;
        while (end < value.length() && value.charAt(end) != ';' && !Character.isWhitespace(value.charAt(end))) {
            end++;
        }
        return value.substring(start, end);
    }

    /** A part's body decoded from its transfer encoding: quoted-printable, base64, or as it is. */
    private static byte[] decoded(String body, String encoding) {
        if (encoding.equals("base64")) {
            try {
                return Base64.getMimeDecoder().decode(body.getBytes(StandardCharsets.ISO_8859_1));
            } catch (IllegalArgumentException damaged) {
                return new byte[0];
            }
        }
        byte[] raw = body.getBytes(StandardCharsets.ISO_8859_1);
        return encoding.equals("quoted-printable") ? quotedPrintable(raw) : raw;
    }

    /** RFC 2045's quoted-printable: {@code =XX} a byte, {@code =} at a line's end a soft break. */
    private static byte[] quotedPrintable(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b != '=') {
                out.write(b);
                continue;
            }
            int j = i + 1;
            while (j < raw.length && (raw[j] == ' ' || raw[j] == '\t')) {
                j++; // white space a writer left before a soft break
            }
            if (j < raw.length && (raw[j] == '\r' || raw[j] == '\n')) {
                i = raw[j] == '\r' && j + 1 < raw.length && raw[j + 1] == '\n' ? j + 1 : j;
                continue;
            }
            int high = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int low = high >= 0 ? Character.digit(raw[i + 2], 16) : -1;
            if (low >= 0) {
                out.write(high << 4 | low);
                i += 2;
            } else {
                out.write(b); // not an escape: kept as written
            }
        }
        return out.toByteArray();
    }
}
