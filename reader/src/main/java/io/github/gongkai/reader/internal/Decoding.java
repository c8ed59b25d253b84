package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReadingWarning;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a page's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else the charset an HTML page
 * declares in its {@code <meta>}, else GB18030 (a superset of GBK and GB2312, the usual encodings of
 * Chinese government pages that are not UTF-8).
 */
public final class Decoding {

    /** Above this share of undecodable characters a page is unreadable. */
    private static final double MAX_REPLACED = 0.01;

    /**
     * A decoded page.
     *
     * @param text the text, without BOM
     * @param charset the charset used
     * @param why why a charset other than UTF-8 was used (a {@link ReadingWarning.Code#CHARSET_NOT_UTF8} detail),
     *     or null for UTF-8
     * @param replaced how many characters could not be decoded
     */
    public record Decoded(String text, Charset charset, ReadingWarning.Detail why, int replaced) {
        /**
         * The warning that the file was not UTF-8, if it was not.
         *
         * @param file the file's name, as the warning gives it
         * @return the warning, or empty for UTF-8
         */
        public Optional<ReadingWarning> warning(String file) {
            if (why == null) {
                return Optional.empty();
            }
            List<String> arguments = why == ReadingWarning.Detail.CHARSET_GB18030 ? List.of(file)
                    : List.of(file, charset.name());
            return Optional.of(ReadingWarning.of(why, arguments, Optional.empty(), Optional.empty()));
        }

        /**
         * Tells whether too much of the page could not be decoded to trust it.
         *
         * @return true if more than 1% of the characters were replaced
         */
        public boolean unreadable() {
            return replaced > 0 && replaced > MAX_REPLACED * Math.max(1, text.length());
        }
    }

    private Decoding() {
    }

    /**
     * Decodes bytes.
     *
     * @param bytes the page
     * @return the text and how it was decoded
     */
    public static Decoded decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE, ReadingWarning.Detail.CHARSET_UTF16);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE, ReadingWarning.Detail.CHARSET_UTF16);
        }
        int start = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, n - start)).toString();
            return new Decoded(text, StandardCharsets.UTF_8, null, 0);
        } catch (CharacterCodingException e) {
            Charset declared = declared(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return lenient(bytes, 0, declared, ReadingWarning.Detail.CHARSET_DECLARED);
            }
            return lenient(bytes, 0, Charset.forName("GB18030"), ReadingWarning.Detail.CHARSET_GB18030);
        }
    }

    private static Decoded lenient(byte[] bytes, int start, Charset charset, ReadingWarning.Detail why) {
        String text = new String(bytes, start, bytes.length - start, charset);
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                replaced++;
            }
        }
        return new Decoded(text, charset, why, replaced);
    }

    /** The charset named by {@code charset=} in the first 4 KiB, if any and supported. */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int at = head.indexOf("charset");
        while (at >= 0) {
            int i = at + 7;
            while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '=' || head.charAt(i) == '"'
                    || head.charAt(i) == '\'')) {
                i++;
            }
            int j = i;
            while (j < head.length() && (Character.isLetterOrDigit(head.charAt(j)) || head.charAt(j) == '-'
                    || head.charAt(j) == '_')) {
                j++;
            }
            if (j > i) {
                try {
                    return Charset.forName(head.substring(i, j));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
            at = head.indexOf("charset", at + 7);
        }
        return null;
    }
}
