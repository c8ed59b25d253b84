package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile documents: each is rejected with the documented exception, its kind and its pointer, after reading
 * a bounded prefix of the input and allocating a bounded amount of memory. The inputs are generated on the
 * fly, never held whole (except where a test says so), so a reader that materialised them would be caught
 * by the byte and allocation counts.
 */
class HostileInputTest {

    private static final ReportJson JSON = ReportJson.standard();
    private static final String HEAD = "{\"format\":\"gongkai.report\",\"version\":1,\"edition\":\"2021\",";
    private static final long HUNDRED_MB = 100L << 20;
    /** Only a hang guard; each of these takes milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    /** Far below any of the inputs: the limits stop reading long before (the default document limit is 4 MiB). */
    private static final long MAX_ALLOCATED = 64L << 20;

    // ------------------------------------------------------------------------------------ 100 MB number

    @Test
    void aHundredMegabyteNumberIsNotMaterialised() {
        Generated in = Generated.of(HEAD + "\"header\":{\"organName\":\"x\",\"reportYear\":", "9", HUNDRED_MB, "}}");
        ReportJsonException e = rejected(() -> JSON.read(in));
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind(), e.getMessage());
        assertTrue(in.consumed() < (8L << 20), "read " + in.consumed() + " bytes of a 100 MB document");
    }

    @Test
    void aHundredMegabyteNumberIsStoppedByTheNumberLimitEvenWithoutADocumentLimit() {
        ReportJson unlimited = ReportJson.builder()
                .limits(ReportJson.Limits.defaults().withMaxDocumentLength(Long.MAX_VALUE)).build();
        Generated in = Generated.of(HEAD + "\"header\":{\"organName\":\"x\",\"reportYear\":", "9", HUNDRED_MB, "}}");
        ReportJsonException e = rejected(() -> unlimited.read(in));
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind(), e.getMessage());
        assertEquals("/header/reportYear", e.pointer());
        assertTrue(in.consumed() < (8L << 20), "read " + in.consumed() + " bytes of a 100 MB document");
    }

    @Test
    void aHundredMegabyteDocumentInMemoryIsRejectedBeforeParsing() {
        byte[] whole = new byte[(int) HUNDRED_MB];
        java.util.Arrays.fill(whole, (byte) '9');
        ReportJsonException e = rejected(() -> JSON.read(whole));
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
        assertEquals("", e.pointer());
    }

    // ------------------------------------------------------------------------------ nesting 10 000 deep

    @Test
    void nestingTenThousandDeepInAMemberIsRejectedAtTheFirstLevelAReportCannotHave() {
        String head = HEAD + "\"header\":{\"organName\":\"x\",\"reportYear\":2021},\"T2\":";
        Generated in = Generated.of(head, "{\"rules\":", 10_000, "1" + "}".repeat(10_001));
        ReportJsonException e = rejected(() -> JSON.read(in));
        assertEquals(Kind.UNKNOWN_MEMBER, e.kind(), e.getMessage());
        assertEquals("/T2/rules/rules", e.pointer());
        assertTrue(in.consumed() < (1L << 20), "read " + in.consumed() + " bytes");
        // With a depth limit below a report's own depth the parser's limit stops it first.
        ReportJson shallow = ReportJson.builder().limits(ReportJson.Limits.defaults().withMaxNestingDepth(2)).build();
        ReportJsonException limited = rejected(() -> shallow.read(Generated.of(head, "{\"rules\":", 10_000, "1")));
        assertEquals(Kind.LIMIT_EXCEEDED, limited.kind(), limited.getMessage());
        assertEquals("/T2/rules", limited.pointer());
    }

    @Test
    void nestingTenThousandDeepArraysIsRejectedWithoutRecursion() {
        Generated arrays = Generated.of("", "[", 10_000, "]".repeat(10_000));
        ReportJsonException e = rejected(() -> JSON.read(arrays));
        assertEquals(Kind.WRONG_TYPE, e.kind(), e.getMessage());
        assertEquals("", e.pointer());
        Generated objects = Generated.of(HEAD + "\"narrative\":", "{\"a\":", 10_000, "1" + "}".repeat(10_001));
        ReportJsonException o = rejected(() -> JSON.read(objects));
        assertEquals(Kind.UNKNOWN_MEMBER, o.kind(), o.getMessage());
        assertEquals("/narrative/a", o.pointer());
    }

    // ---------------------------------------------------------------------- a million duplicate keys

    @Test
    void aMillionDuplicateKeysFailAtTheFirstDuplicate() {
        Generated in = Generated.of("{", "\"format\":\"gongkai.report\",", 1_000_000, "\"version\":1}");
        ReportJsonException e = rejected(() -> JSON.read(in));
        assertEquals(Kind.DUPLICATE_MEMBER, e.kind(), e.getMessage());
        assertEquals("/format", e.pointer());
        assertTrue(in.consumed() < (1L << 20), "read " + in.consumed() + " bytes");
    }

    @Test
    void aMillionDuplicateCellsFailAtTheFirstDuplicate() {
        ReportJson unlimited = ReportJson.builder()
                .limits(ReportJson.Limits.defaults().withMaxDocumentLength(Long.MAX_VALUE)).build();
        String head = HEAD + "\"header\":{\"organName\":\"x\",\"reportYear\":2021},\"T2\":{\"rules\":{";
        Generated in = Generated.of(head, "\"issued\":1,", 1_000_000, "\"repealed\":0}}}");
        ReportJsonException e = rejected(() -> unlimited.read(in));
        assertEquals(Kind.DUPLICATE_MEMBER, e.kind(), e.getMessage());
        assertEquals("/T2/rules/issued", e.pointer());
        assertTrue(in.consumed() < (1L << 20), "read " + in.consumed() + " bytes");
    }

    // ----------------------------------------------------------------------- invalid UTF-8, BOM, NUL

    @Test
    void invalidUtf8IsMalformedWithAPointer() {
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, // a lead byte without its continuation
                new byte[] {(byte) 0xC0, (byte) 0xAF}, // an overlong '/'
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate encoded as UTF-8
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                new byte[] {(byte) 0xFF})) {
            byte[] doc = concat(HEAD + "\"header\":{\"organName\":\"", bad, "\",\"reportYear\":2021}}");
            ReportJsonException e = rejected(() -> JSON.read(doc));
            assertEquals(Kind.MALFORMED_JSON, e.kind(), e.getMessage());
            assertEquals("/header", e.pointer(), e.getMessage());
            ReportJsonException s = rejected(() -> JSON.read(new ByteArrayInputStream(doc)));
            assertEquals(Kind.MALFORMED_JSON, s.kind(), s.getMessage());
        }
    }

    /**
     * Bytes that no encoding decodes, found by fuzzing (FUZZING.md): four that fit no encoding Jackson knows
     * ("Unsupported UCS-4 endianness", rejected while the encoding is detected), and UTF-32 above U+10FFFF
     * (rejected by the decoder, which works a block ahead of the parser). Either is malformed content, not a
     * failing source, from every byte input; the pointer is the document's, as the parser's place says nothing
     * about where the bytes are, and the message gives their offset.
     */
    @Test
    void bytesThatNoEncodingDecodesAreMalformedFromEveryByteSource(@TempDir Path dir) throws Exception {
        byte[] ucs4 = {0, 0, 2, 0, '2', '"', ':', ' ', 0};
        String doc = JSON.write(Samples.amounts2021());
        byte[] utf32 = doc.getBytes(Charset.forName("UTF-32BE"));
        int at = 4 * doc.lastIndexOf("其他"); // in the last member; every character here is one code point
        utf32[at + 1] = 0x11; // 0x00110000, one past U+10FFFF
        utf32[at + 2] = 0;
        utf32[at + 3] = 0;
        Path file = dir.resolve("bad.json");
        for (byte[] bad : List.of(ucs4, utf32)) {
            Files.write(file, bad);
            for (Supplier<?> read : List.<Supplier<?>>of(() -> JSON.read(bad),
                    () -> JSON.read(new ByteArrayInputStream(bad)), () -> JSON.read(file))) {
                ReportJsonException e = rejected(read);
                assertEquals(Kind.MALFORMED_JSON, e.kind(), e.getMessage());
                assertEquals("", e.pointer(), e.getMessage());
                assertTrue(e.problem().startsWith("malformed JSON: the bytes cannot be decoded: "), e.problem());
            }
        }
        assertTrue(rejected(() -> JSON.read(utf32)).problem().endsWith(
                "Invalid UTF-32 character 0x110000 (above 0x0010ffff) at char #" + at / 4 + ", byte #" + at + ")"));
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedByEveryInput(@TempDir Path dir) throws Exception {
        String doc = JSON.write(Samples.liangshan2021());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = concat("", bom, doc);
        assertEquals(Samples.liangshan2021(), JSON.read(bytes));
        assertEquals(Samples.liangshan2021(), JSON.read(new ByteArrayInputStream(bytes)));
        Path file = dir.resolve("bom.json");
        Files.write(file, bytes);
        assertEquals(Samples.liangshan2021(), JSON.read(file));
        assertEquals(Samples.liangshan2021(), JSON.read("\uFEFF" + doc));
        assertEquals(Samples.liangshan2021(), JSON.read(new StringReader("\uFEFF" + doc)));
        assertEquals(Samples.liangshan2021(), JSON.lines().read(new StringReader("\uFEFF" + doc + "\n"))
                .findFirst().orElseThrow().orElseThrow());
        // Only at the start: a BOM anywhere else is a stray character.
        ReportJsonException e = rejected(() -> JSON.read(doc.replace("\"version\":1", "\"version\":\uFEFF1")));
        assertEquals(Kind.MALFORMED_JSON, e.kind());
        ReportJsonException twice = rejected(() -> JSON.read("\uFEFF\uFEFF" + doc));
        assertEquals(Kind.MALFORMED_JSON, twice.kind());
    }

    @Test
    void nulBytesAreMalformed() {
        String doc = JSON.write(Samples.liangshan2021());
        for (String bad : List.of("\u0000" + doc, doc.replace("\"version\":1", "\"version\":\u00001"),
                doc.replace("凉山州", "凉\u0000山州"), doc + "\u0000")) {
            ReportJsonException e = rejected(() -> JSON.read(bad));
            assertEquals(Kind.MALFORMED_JSON, e.kind(), e.getMessage());
            ReportJsonException b = rejected(() -> JSON.read(bad.getBytes(StandardCharsets.UTF_8)));
            assertEquals(Kind.MALFORMED_JSON, b.kind(), b.getMessage());
            ReportJsonException r = rejected(() -> JSON.read(new StringReader(bad)));
            assertEquals(Kind.MALFORMED_JSON, r.kind(), r.getMessage());
        }
        ReportJsonException inName = rejected(() -> JSON.read(doc.replace("凉山州", "凉\u0000山州")));
        assertEquals("/header", inName.pointer());
        byte[] nuls = new byte[1 << 20];
        ReportJsonException all = rejected(() -> JSON.read(new ByteArrayInputStream(nuls)));
        assertEquals(Kind.MALFORMED_JSON, all.kind(), all.getMessage());
    }

    // ------------------------------------------------------------------------ UTF-16

    @Test
    void utf16InEitherOrderWithOrWithoutAByteOrderMarkReadsLikeUtf8() {
        Report expected = Samples.liangshan2021();
        String doc = JSON.write(expected);
        for (Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            for (String text : List.of(doc, "\uFEFF" + doc)) {
                byte[] bytes = text.getBytes(charset);
                assertEquals(expected, JSON.read(bytes), charset + " " + text.length());
                assertEquals(expected, JSON.read(new ByteArrayInputStream(bytes)), charset + " " + text.length());
            }
        }
    }

    /** Jackson's UTF-16 decoding would put U+FFFD in place of an unpaired surrogate: the document lacks it. */
    @Test
    void utf16WithAnUnpairedSurrogateIsMalformedNotReadWithAReplacementCharacter(@TempDir Path dir)
            throws Exception {
        String doc = JSON.write(Samples.liangshan2021());
        for (Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            byte[] good = doc.getBytes(charset);
            int at = doc.indexOf("凉山州") * 2;
            byte[] bad = good.clone();
            // U+D800, a high surrogate with no low one after it, where 凉 was.
            bad[at] = (byte) (charset == StandardCharsets.UTF_16BE ? 0xD8 : 0x00);
            bad[at + 1] = (byte) (charset == StandardCharsets.UTF_16BE ? 0x00 : 0xD8);
            ReportJsonException b = rejected(() -> JSON.read(bad));
            assertEquals(Kind.MALFORMED_JSON, b.kind(), b.getMessage());
            ReportJsonException s = rejected(() -> JSON.read(new ByteArrayInputStream(bad)));
            assertEquals(Kind.MALFORMED_JSON, s.kind(), s.getMessage());
            Path file = Files.write(dir.resolve(charset + ".json"), bad);
            ReportJsonException f = rejected(() -> JSON.read(file));
            assertEquals(Kind.MALFORMED_JSON, f.kind(), f.getMessage());
            // The first character itself undecodable: a lone low surrogate.
            byte[] first = good.clone();
            first[0] = (byte) (charset == StandardCharsets.UTF_16BE ? 0xDC : first[0]);
            first[1] = (byte) (charset == StandardCharsets.UTF_16BE ? first[1] : 0xDC);
            ReportJsonException lone = rejected(() -> JSON.read(first));
            assertEquals(Kind.MALFORMED_JSON, lone.kind(), lone.getMessage());
        }
    }

    // ------------------------------------------------------------ unpaired surrogates (I-JSON, RFC 7493)

    /**
     * Unpaired surrogates written as JSON escapes: a high one alone, a low one before a character, a high one
     * before an escaped non-surrogate, one after a CJK character, and a pair in the wrong order.
     */
    private static final List<String> ESCAPED_LONE_SURROGATES = List.of("\\ud800", "\\udc00x", "\\ud800\\u0041",
            "凉\\udbff", "\\udc00\\ud800");
    /** The same characters themselves, as a {@code String} or {@code Reader} can hold them. */
    private static final List<String> RAW_LONE_SURROGATES = List.of("\uD800", "\uDC00x", "\uD800A", "凉\uDBFF",
            "\uDC00\uD800");

    /**
     * A string value with an unpaired surrogate is malformed JSON (I-JSON requires well-formed Unicode), at the
     * pointer of the value, from every source and whatever the value was meant to be, even where any string
     * would be wrong: the malformed text is the first thing wrong with it. {@code #} marks where it goes.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        organName       | "organName":"凉山州经济和信息化局" | "organName":"凉山州#"                   | /header/organName
        source          | "reportYear":2021                | "reportYear":2021,"source":"https://#" | /header/source
        publicationDate | "publicationDate":"2022-01-26"   | "publicationDate":"#"                  | /header/publicationDate
        format          | "format":"gongkai.report"        | "format":"#"                           | /format
        edition         | "edition":"2021"                 | "edition":"#"                          | /edition
        version         | "version":1                      | "version":"#"                          | /version
        header          | "header":{                       | "header":"#","h":{                     | /header
        narrative       | "narrative":{}                   | "narrative":{"overview":"一、#"}        | /narrative/overview
        amount          | "amount":"0"                     | "amount":"#"                           | /T2/administrativeFees/amount
        count           | "licensing":{"decisions":64}     | "licensing":{"decisions":"#"}          | /T2/licensing/decisions
        mark            | "licensing":{"decisions":64}     | "licensing":{"decisions":{"na":"/#"}}  | /T2/licensing/decisions/na
        """)
    void anUnpairedSurrogateInAStringIsMalformedAtItsValue(String where, String from, String to, String pointer) {
        String doc = JSON.write(Samples.liangshan2021());
        for (String escaped : ESCAPED_LONE_SURROGATES) {
            String bad = edit(doc, from, to.replace("#", escaped));
            for (ReportJsonException e : fromEverySource(bad, true)) {
                assertMalformedText(e, pointer, "the string");
            }
        }
        for (String raw : RAW_LONE_SURROGATES) {
            String bad = edit(doc, from, to.replace("#", raw));
            for (ReportJsonException e : fromEverySource(bad, false)) {
                assertMalformedText(e, pointer, "the string");
            }
        }
    }

    /**
     * A member name with an unpaired surrogate is malformed JSON at the object holding it: the member's own
     * pointer would carry the surrogate. Jackson itself rejects escaped ones in names, in its own words.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        root               | "narrative":{}                | "narrative":{},"#":1                |
        first at the root  | {"format"                     | {"#":1,"format"                     |
        header             | "reportYear":2021             | "reportYear":2021,"#":1             | /header
        narrative          | "narrative":{}                | "narrative":{"#":""}                | /narrative
        table              | "T4":{                        | "T4":{"#":{},                       | /T4
        row                | "licensing":{"decisions":64}  | "licensing":{"decisions":64,"#":1}  | /T2/licensing
        first in a row     | "licensing":{"decisions":64}  | "licensing":{"#":64}                | /T2/licensing
        mark               | "licensing":{"decisions":64}  | "licensing":{"decisions":{"#":"/"}} | /T2/licensing/decisions
        """)
    void anUnpairedSurrogateInAMemberNameIsMalformedAtItsObject(String where, String from, String to, String pointer) {
        String doc = JSON.write(Samples.liangshan2021());
        for (String escaped : ESCAPED_LONE_SURROGATES) {
            for (ReportJsonException e : fromEverySource(edit(doc, from, to.replace("#", escaped)), true)) {
                assertEquals(Kind.MALFORMED_JSON, e.kind(), e.getMessage());
                assertEquals(pointer == null ? "" : pointer, e.pointer(), e.getMessage());
                assertTrue(e.problem().startsWith("malformed JSON: "), e.problem());
                assertTrue(e.problem().matches(".* surrogate.* in property name.*"), e.problem());
                assertPrintable(e);
            }
        }
        for (String raw : RAW_LONE_SURROGATES) {
            for (ReportJsonException e : fromEverySource(edit(doc, from, to.replace("#", raw)), false)) {
                assertMalformedText(e, pointer == null ? "" : pointer, "a member name");
            }
        }
    }

    /** Outside strings the parser rejects the character itself; its message must not carry it either. */
    @Test
    void anUnpairedSurrogateOutsideAStringIsMalformedAndLeftOutOfTheMessage() {
        String doc = JSON.write(Samples.liangshan2021());
        for (String bad : List.of(doc.replace("\"version\":1", "\"version\":\uD8001"),
                doc.replace("\"version\":1", "\"version\":tru\uDC00"), "\uD800" + doc, doc + "\uDC00",
                doc.replace("{\"format\"", "{\uD800\"format\""))) {
            for (ReportJsonException e : fromEverySource(bad, false)) {
                assertEquals(Kind.MALFORMED_JSON, e.kind(), e.getMessage());
                assertPrintable(e);
            }
        }
    }

    @Test
    void surrogatePairsEscapedOrNotAreOneCharacterAndRead() {
        String doc = JSON.write(Samples.liangshan2021());
        for (String pair : List.of("\\ud840\\udc00", "\uD840\uDC00", "\\ud840\uDC00", "\\uDBFF\\uDFFF")) {
            Report report = JSON.read(doc.replace("凉山州", "凉山州" + pair));
            assertEquals(6 + 2 + 4, report.header().organName().length(), pair);
            assertTrue(report.header().organName().codePoints().anyMatch(Character::isSupplementaryCodePoint));
        }
    }

    // ------------------------------------------------------------------------ counts beyond a long

    @Test
    void countsBeyondLongMaxValueAreInvalidNeverWrapped() {
        String doc = JSON.write(Samples.liangshan2021());
        String from = "\"newlyReceived\":{\"naturalPerson\":0,";
        assertTrue(doc.contains(from));
        Report max = JSON.read(doc.replace(from, "\"newlyReceived\":{\"naturalPerson\":" + Long.MAX_VALUE + ","));
        assertEquals(CellValue.count(Long.MAX_VALUE), max.get(CellRef.parse("T3/newlyReceived/naturalPerson")));
        for (String big : List.of("9223372036854775808", "18446744073709551616", "18446744073709551617",
                "99999999999999999999999999999999")) {
            ReportJsonException e = rejected(() -> JSON.read(doc.replace(from,
                    "\"newlyReceived\":{\"naturalPerson\":" + big + ",")));
            assertEquals(Kind.INVALID_VALUE, e.kind(), e.getMessage());
            assertEquals("/T3/newlyReceived/naturalPerson", e.pointer());
        }
    }

    // --------------------------------------------------------------------------------- JSON Lines

    @Test
    void aHundredMegabyteJsonLineIsSkippedWithoutBeingHeld() {
        String good = JSON.write(Samples.blank2021());
        Generated line = Generated.of("{\"format\":\"", "x", HUNDRED_MB, "\"}\n" + good + "\n");
        List<JsonLines.Line> lines = within(() -> {
            try (Stream<JsonLines.Line> s = JSON.lines().read(line.reader())) {
                return s.collect(Collectors.toList());
            }
        }, 4 * ReportJson.Limits.defaults().maxDocumentLength() + MAX_ALLOCATED);
        assertEquals(2, lines.size());
        JsonLines.Failed failed = assertInstanceOf(JsonLines.Failed.class, lines.get(0));
        assertEquals(Kind.LIMIT_EXCEEDED, failed.error().kind());
        assertEquals(1, failed.error().lineNumber().orElseThrow());
        assertEquals(Samples.blank2021(), lines.get(1).orElseThrow());
        assertEquals(HUNDRED_MB + good.getBytes(StandardCharsets.UTF_8).length + 15, line.consumed(), "read to the end");
    }

    // ---------------------------------------------------------------------------------- helpers

    /**
     * Reads a document from every source that can hold it, each expected to fail: a {@code String}, a
     * {@code Reader}, a JSON Lines line and, when it holds no raw surrogate, UTF-8 bytes and a stream.
     */
    private static List<ReportJsonException> fromEverySource(String document, boolean encodable) {
        List<ReportJsonException> errors = new java.util.ArrayList<>();
        errors.add(rejected(() -> JSON.read(document)));
        errors.add(rejected(() -> JSON.read(new StringReader(document))));
        if (encodable) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            errors.add(rejected(() -> JSON.read(bytes)));
            errors.add(rejected(() -> JSON.read(new ByteArrayInputStream(bytes))));
        }
        try (Stream<JsonLines.Line> lines = JSON.lines().read(new StringReader(document + "\n"))) {
            JsonLines.Line line = lines.findFirst().orElseThrow();
            ReportJsonException e = assertInstanceOf(JsonLines.Failed.class, line).error();
            assertEquals(1, e.lineNumber().orElseThrow());
            errors.add(e);
        }
        return errors;
    }

    private static void assertMalformedText(ReportJsonException e, String pointer, String what) {
        assertEquals(Kind.MALFORMED_JSON, e.kind(), e.getMessage());
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertTrue(e.problem().startsWith("malformed JSON: " + what
                + " is not well-formed Unicode (I-JSON, RFC 7493): the unpaired surrogate U+D"), e.problem());
        assertTrue(e.problem().matches(".* at index [0-9]+"), e.problem());
        assertPrintable(e);
    }

    /** The message, and the problem on its own, can be written by any encoder and hold no control character. */
    private static void assertPrintable(ReportJsonException e) {
        for (String text : List.of(e.getMessage(), e.problem())) {
            assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(text), text);
            assertTrue(text.chars().noneMatch(Character::isISOControl), text);
        }
    }

    private static String edit(String document, String from, String to) {
        String edited = document.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        assertTrue(!document.equals(edited), "edit did not apply: " + from);
        return edited;
    }

    private static ReportJsonException rejected(Supplier<?> read) {
        return within(() -> assertThrows(ReportJsonException.class, read::get), MAX_ALLOCATED);
    }

    /** Runs on another thread with a hang guard, and checks what that thread allocated. */
    private static <T> T within(Supplier<T> action, long maxAllocated) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            long before = allocated();
            T result = action.get();
            long used = allocated() - before;
            assertTrue(used < maxAllocated, "allocated " + used + " bytes");
            return result;
        });
    }

    /**
     * The bytes the current thread has allocated so far, from {@code com.sun.management.ThreadMXBean}
     * (reflectively: the test sources compile in the module, which does not read {@code jdk.management}).
     */
    private static long allocated() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            return (long) Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes").invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the JDK cannot count allocated bytes", e);
        }
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + middle.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(middle, 0, all, h.length, middle.length);
        System.arraycopy(t, 0, all, h.length + middle.length, t.length);
        return all;
    }

    /** ASCII input made on the fly: a head, a unit repeated, a tail; counts what was read. */
    private static final class Generated extends InputStream {
        private final Iterator<byte[]> parts;
        private byte[] part = new byte[0];
        private int at;
        private long consumed;
        private long remainingUnits;
        private final byte[] unit;
        private final byte[] tail;
        /** The unit repeated, made once so that generating allocates nothing per chunk. */
        private final byte[] chunk;
        private boolean tailDone;

        private Generated(String head, String unit, long count, String tail) {
            this.parts = List.of(head.getBytes(StandardCharsets.UTF_8)).iterator();
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
            this.remainingUnits = count;
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
            this.chunk = new byte[Math.max(1, 65536 / this.unit.length) * this.unit.length];
            for (int i = 0; i < chunk.length; i += this.unit.length) {
                System.arraycopy(this.unit, 0, chunk, i, this.unit.length);
            }
        }

        static Generated of(String head, String unit, long count, String tail) {
            return new Generated(head, unit, count, tail);
        }

        long consumed() {
            return consumed;
        }

        Reader reader() {
            return new java.io.InputStreamReader(this, StandardCharsets.UTF_8);
        }

        private boolean fill() {
            if (at < part.length) {
                return true;
            }
            at = 0;
            if (parts.hasNext()) {
                part = parts.next();
            } else if (remainingUnits > 0) {
                int n = (int) Math.min(remainingUnits, chunk.length / unit.length);
                part = n * unit.length == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, n * unit.length);
                remainingUnits -= n;
            } else if (!tailDone) {
                tailDone = true;
                part = tail;
            } else {
                return false;
            }
            return at < part.length || fill();
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            consumed++;
            return part[at++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, part.length - at);
            System.arraycopy(part, at, b, off, n);
            at += n;
            consumed += n;
            return n;
        }
    }
}
