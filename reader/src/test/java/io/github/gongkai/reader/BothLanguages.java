package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/** Checks of texts the reader gives in English and Chinese, shared by the tests of its public types. */
final class BothLanguages {

    private BothLanguages() {
    }

    /**
     * Asserts that each value has words of its own in each language, the Chinese ones in Chinese, none with a
     * placeholder left, except the values listed as words given as they stand.
     *
     * @param values the values, such as an enum's constants
     * @param text the value's text in a locale
     * @param asGiven values whose text is what they were given (the same in both languages)
     */
    static <T> void assertEachHasItsOwnWords(List<T> values, BiFunction<T, Locale, String> text, Set<T> asGiven) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            String en = text.apply(value, Locale.ENGLISH);
            String zh = text.apply(value, Locale.SIMPLIFIED_CHINESE);
            assertFalse(en.contains("{") || zh.contains("{"), value + " leaves no placeholder: " + en + " / " + zh);
            if (asGiven.contains(value)) {
                continue;
            }
            assertTrue(seen.add(en) && seen.add(zh), value + " has words of its own: " + en + " / " + zh);
            assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    value + " is Chinese in Chinese: " + zh);
        }
    }

    /**
     * Markers to fill a text's arguments with, {@code @0@}, {@code @1@} …, so that a test can see that each appears.
     *
     * @param count how many
     * @return the markers
     */
    static List<String> markers(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add("@" + i + "@");
        }
        return out;
    }

    /**
     * Asserts that a text names each of its arguments, and that an argument inserted as it stands ({@code {N}},
     * not a word or position looked up from it, {@code {N:name}}) appears in both languages.
     *
     * @param key the text's key in the message files
     * @param arguments the arguments given, as {@link #markers} makes them
     * @param en the text in English
     * @param zh the text in Chinese
     */
    static void assertNamesItsArguments(String key, List<String> arguments, String en, String zh) {
        String template = ReaderTexts.file(false).getProperty(key);
        for (int i = 0; i < arguments.size(); i++) {
            assertTrue(template.contains("{" + i + "}") || template.contains("{" + i + ":"), key + " names {" + i + "}");
            if (template.contains("{" + i + "}")) {
                assertTrue(en.contains(arguments.get(i)) && zh.contains(arguments.get(i)), key + ": " + en + " / " + zh);
            }
        }
    }
}
