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
import java.util.Set;

/**
 * Decodes a page's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else the charset an HTML page
 * declares in its {@code <meta>}, else GB18030 (a superset of GBK and GB2312, the usual encodings of
 * Chinese government pages that are not UTF-8). A page that declares GB2312 or GBK is decoded with GB18030, as
 * browsers decode it (the WHATWG Encoding Standard reads both labels as GBK, with the GB18030 decoder): such pages
 * use characters of GBK beyond GB2312 (names such as 镕 or 堃), and their editors wrote {@code —} as GBK's
 * {@code A1AA}, which GB18030 reads as U+2014 and Java's GB2312 as U+2015.
 */
public final class Decoding {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /**
     * The names Java gives the charsets a page may declare that browsers decode as GB18030: GB2312 (also for
     * {@code euc-cn}, {@code gb_2312-80}) and GBK (also for {@code cp936}, {@code windows-936}), and Microsoft's 936.
     */
    private static final Set<String> GBK_LABELS = Set.of("GB2312", "GBK", "x-mswin-936");
    /** The WHATWG Encoding Standard's labels of GBK that {@link Charset#forName} does not know. */
    private static final Set<String> OTHER_GBK_LABELS = Set.of("chinese", "csgb2312", "csiso58gb231280", "gb_2312",
            "gb_2312-80", "iso-ir-58", "x-gbk");

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
     * @param named the charset as the warning names it: the one the page declares ({@code GB2312} for a page
     *     decoded with GB18030 as it declares GB2312), else the one used
     */
    public record Decoded(String text, Charset charset, ReadingWarning.Detail why, int replaced, String named) {
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
                    : List.of(file, named);
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
            return new Decoded(text, StandardCharsets.UTF_8, null, 0, StandardCharsets.UTF_8.name());
        } catch (CharacterCodingException e) {
            Charset declared = declared(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                Charset used = GBK_LABELS.contains(declared.name()) ? GB18030 : declared;
                return lenient(bytes, 0, used, ReadingWarning.Detail.CHARSET_DECLARED, declared.name());
            }
            return lenient(bytes, 0, GB18030, ReadingWarning.Detail.CHARSET_GB18030);
        }
    }

    private static Decoded lenient(byte[] bytes, int start, Charset charset, ReadingWarning.Detail why) {
        return lenient(bytes, start, charset, why, charset.name());
    }

    private static Decoded lenient(byte[] bytes, int start, Charset charset, ReadingWarning.Detail why,
            String named) {
        String text = new String(bytes, start, bytes.length - start, charset);
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                replaced++;
            }
        }
        return new Decoded(text, charset, why, replaced, named);
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
                String label = head.substring(i, j);
                try {
                    return Charset.forName(label);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    // Labels of GBK that browsers know and Java does not (x-gbk, csgb2312, chinese, gb_2312-80).
                    return OTHER_GBK_LABELS.contains(label) ? Charset.forName("GBK") : null;
                }
            }
            at = head.indexOf("charset", at + 7);
        }
        return null;
    }
}
