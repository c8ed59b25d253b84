package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.ReportHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The schema's text patterns accept what the library accepts: exactly, for text in the Basic Multilingual
 * Plane, over every character alone, in pairs and in random strings; and never less, for astral text.
 */
@Tag("slow") // 200 000 probes of the schema's patterns: under Surefire only, not once per mutant
class SchemaPatternsTest {

    private static final Pattern NAME = ecmaScript(SchemaPatterns.SINGLE_LINE_NOT_BLANK);
    private static final Pattern MARK = ecmaScript(SchemaPatterns.PLACEHOLDER);

    /**
     * A pattern as ECMA-262 (which JSON Schema names) reads it: its {@code $} matches at the very end only. Java's
     * and Python's {@code $} also match before a final line end, so there {@code "/\n"} passes the schema while
     * the library refuses it: looser, never stricter (the test at the end shows it).
     */
    private static Pattern ecmaScript(String pattern) {
        return Pattern.compile(pattern.substring(0, pattern.length() - 1) + "\\z");
    }

    private static boolean libraryTakesName(String name) {
        try {
            ReportHeader.of(name, 2021, Edition.V2021);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean libraryTakesMark(String mark) {
        try {
            new CellValue.NotApplicable(mark);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What JSON Schema's pattern does: a search. */
    private static boolean schemaTakes(Pattern pattern, String text) {
        return pattern.matcher(text).find();
    }

    private static List<String> probes() {
        List<String> probes = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (!Character.isSurrogate((char) c)) {
                probes.add(Character.toString(c));
                probes.add(" " + Character.toString(c) + "\u3000");
                probes.add("/" + Character.toString(c));
            }
        }
        SplittableRandom random = new SplittableRandom(17);
        String alphabet = " \u3000\u00A0\u2007\t\n\u0085/—无-０5٣a不适用\u2028\u202F\u001F\u007F";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            probes.add(text.toString());
        }
        return probes;
    }

    @Test
    void anOrgansNameMatchesExactlyWhenTheLibraryTakesIt() {
        int taken = 0;
        for (String probe : probes()) {
            boolean library = libraryTakesName(probe);
            assertEquals(library, schemaTakes(NAME, probe), () -> "name " + codes(probe));
            taken += library ? 1 : 0;
        }
        assertTrue(taken > 100_000, "the probes hold both kinds: " + taken);
    }

    @Test
    void aPlaceholderMatchesExactlyWhenTheLibraryTakesIt() {
        int taken = 0;
        for (String probe : probes()) {
            boolean library = libraryTakesMark(probe);
            assertEquals(library, schemaTakes(MARK, probe), () -> "mark " + codes(probe));
            taken += library ? 1 : 0;
        }
        assertTrue(taken > 100_000, "the probes hold both kinds: " + taken);
    }

    @Test
    void astralTextIsNeverRefusedWhereTheLibraryTakesIt() {
        for (String probe : List.of("𠀀", "𠀀局", " 𝟘", "/𝟘", "😀")) {
            if (libraryTakesName(probe)) {
                assertTrue(schemaTakes(NAME, probe), probe);
            }
            if (libraryTakesMark(probe)) {
                assertTrue(schemaTakes(MARK, probe), probe);
            }
        }
        // 𝟘 (U+1D7D8) is a digit: the library refuses it, the schema lets it through (documented).
        assertEquals(false, libraryTakesMark("𝟘"));
        assertEquals(true, schemaTakes(MARK, "𝟘"));
    }

    @Test
    void javasAndPythonsDollarLetAFinalLineEndThroughWhichTheLibraryRefuses() {
        assertEquals(false, libraryTakesName("局\n"));
        assertEquals(false, schemaTakes(NAME, "局\n"));
        assertEquals(true, schemaTakes(Pattern.compile(SchemaPatterns.SINGLE_LINE_NOT_BLANK), "局\n"));
    }

    private static String codes(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString().trim();
    }
}
