package io.github.gongkai.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.render.Verdict;
import io.github.gongkai.validation.Confidence;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.TypingError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PageMessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
        Properties en = PageMessages.file(false);
        Properties zh = PageMessages.file(true);
        assertEquals(en.keySet(), zh.keySet());
        en.forEach((k, v) -> assertFalse(v.toString().isBlank(), k::toString));
        zh.forEach((k, v) -> assertFalse(v.toString().isBlank(), k::toString));
    }

    @Test
    void everyConstantThePagesNameHasItsText() {
        List<String> keys = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            keys.add("verdict." + v.name());
            keys.add("verdict.short." + v.name());
        }
        for (Severity s : Severity.values()) {
            keys.add("severity." + s.name());
        }
        for (FindingStatus s : FindingStatus.values()) {
            keys.add("status." + s.name());
        }
        for (Confidence c : Confidence.values()) {
            keys.add("confidence." + c.name());
        }
        for (TypingError t : TypingError.values()) {
            keys.add("typing." + t.name());
        }
        for (UnreadReason r : UnreadReason.values()) {
            keys.add("unread." + r.key());
        }
        keys.add("edition.2019");
        keys.add("edition.2021");
        for (String key : keys) {
            PageMessages.of(Locale.ENGLISH).get(key);
            PageMessages.of(Locale.CHINESE).get(key);
        }
    }

    @Test
    void aChineseLocaleGetsChineseAndAnUnknownKeyIsABug() {
        assertSame(PageMessages.of(Locale.TRADITIONAL_CHINESE), PageMessages.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals("图例", PageMessages.of(Locale.CHINA).get("legend.title"));
        assertEquals("Legend", PageMessages.of(Locale.JAPAN).get("legend.title"));
        assertThrows(IllegalStateException.class, () -> PageMessages.of(Locale.ENGLISH).get("no.such.key"));
    }
}
