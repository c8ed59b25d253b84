package io.github.gongkai.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageBundle}: Chinese for every {@code zh} locale, English otherwise and where the Chinese file lacks a
 * key; a key neither file has is null to {@code lookup} and an error naming it to {@code text}.
 */
class MessageBundleTest {

    private static final Map<String, String> FILES = Map.of(
            "Texts.properties", "document=the whole document\nline=line {0}, \nonlyEnglish=only in English\n",
            "Texts_zh.properties", "document=整个文档\nline=第 {0} 行，\n");

    private static InputStream open(String name) {
        String text = FILES.get(name);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final MessageBundle TEXTS = MessageBundle.load(MessageBundleTest.class, "Texts", "_zh",
            MessageBundleTest::open);

    @Test
    void everyChineseLocaleGetsTheChineseText() {
        for (Locale locale : new Locale[] {Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
                Locale.forLanguageTag("zh-Hans-HK")}) {
            assertEquals("整个文档", TEXTS.text(locale, "document"), locale.toString());
            assertTrue(MessageBundle.isChinese(locale));
        }
    }

    @Test
    void everyOtherLocaleGetsTheEnglishText() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ROOT, Locale.FRENCH, Locale.JAPANESE}) {
            assertEquals("line {0}, ", TEXTS.text(locale, "line"), locale.toString());
            assertEquals(false, MessageBundle.isChinese(locale));
        }
    }

    @Test
    void aKeyTheChineseFileLacksIsTakenFromTheEnglishOne() {
        assertEquals("only in English", TEXTS.lookup(Locale.CHINESE, "onlyEnglish"));
    }

    @Test
    void aKeyNeitherFileHasIsNullToLookupAndAnErrorNamingItToText() {
        assertNull(TEXTS.lookup(Locale.CHINESE, "nothing"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TEXTS.text(Locale.ENGLISH,
                "nothing"));
        assertEquals("no text nothing in Texts", e.getMessage());
    }

    @Test
    void eachFileKeepsItsOwnKeys() {
        assertEquals(Set.of("document", "line", "onlyEnglish"), TEXTS.keys(false));
        assertEquals(Set.of("document", "line"), TEXTS.keys(true));
    }

    @Test
    void aFileIsHandedOutAsACopy() {
        Properties chinese = TEXTS.file(true);
        assertEquals("第 {0} 行，", chinese.getProperty("line"));
        chinese.setProperty("line", "changed");
        assertEquals("第 {0} 行，", TEXTS.text(Locale.CHINESE, "line"));
    }

    @Test
    void aMissingChineseFileIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MessageBundle.load(MessageBundleTest.class, "Texts", "_zh_CN", MessageBundleTest::open));
        assertEquals("missing resource Texts_zh_CN.properties next to " + MessageBundleTest.class.getName(),
                e.getMessage());
        assertThrows(NullPointerException.class, () -> MessageBundle.load(null, "Texts", "_zh",
                MessageBundleTest::open));
        assertThrows(NullPointerException.class, () -> MessageBundle.load(MessageBundleTest.class, "Texts", "_zh",
                null));
    }
}
