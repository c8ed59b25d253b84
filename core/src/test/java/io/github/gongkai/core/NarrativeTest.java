package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    @Test
    void noneHasNoText() {
        assertEquals(Optional.empty(), Narrative.NONE.overview());
        assertEquals(Optional.empty(), Narrative.NONE.problemsAndImprovements());
        assertEquals(Optional.empty(), Narrative.NONE.otherMatters());
        assertEquals(Narrative.NONE, Narrative.of(null, null, null));
    }

    @Test
    void ofKeepsEachText() {
        Narrative narrative = Narrative.of("一、总体情况……", null, "2021年，我未收取过信息处理费");
        assertEquals(Optional.of("一、总体情况……"), narrative.overview());
        assertEquals(Optional.empty(), narrative.problemsAndImprovements());
        assertEquals(Optional.of("2021年，我未收取过信息处理费"), narrative.otherMatters());
    }

    @Test
    void textIsKeptAsGivenEvenWhenEmpty() {
        assertEquals(Optional.of(""), Narrative.of("", null, null).overview());
        assertNotEquals(Narrative.NONE, Narrative.of("", null, null));
    }

    @Test
    void valueEquality() {
        assertEquals(Narrative.of("a", "b", "c"), Narrative.of("a", "b", "c"));
        assertEquals(Narrative.of("a", "b", "c").hashCode(), Narrative.of("a", "b", "c").hashCode());
        assertNotEquals(Narrative.of("a", "b", "c"), Narrative.of("a", "c", "b"));
    }

    @Test
    void textMayRunOverSeveralLinesWithTabsAndAstralCharacters() {
        String text = "一、总体情况\r\n\t（一）主动公开\n𠀀\uFEFF\uFFFD\u2028\u0020";
        assertEquals(Optional.of(text), Narrative.of(text, text, text).overview());
    }

    @Test
    void anUnpairedSurrogateIsRejectedNamingTheSection() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Narrative.of("总体\uD800", null, null));
        assertEquals("narrative: overview must be well-formed Unicode, found the unpaired surrogate U+D800 at index 2",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Narrative.of(null, "\uDC00", null));
        assertTrue(e.getMessage().startsWith("narrative: problemsAndImprovements "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Narrative(Optional.empty(), Optional.empty(), Optional.of("\uD800\u0041")));
        assertTrue(e.getMessage().startsWith("narrative: otherMatters "), e.getMessage());
    }

    @Test
    void controlCharactersOtherThanTabLineFeedAndCarriageReturnAreRejected() {
        for (String bad : new String[] {"\u0000", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009F"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Narrative.of(null, null, "第一行\n" + bad));
            assertEquals("narrative: otherMatters must hold no control character other than TAB, LF and CR, found U+"
                    + String.format("%04X", (int) bad.charAt(0)) + " at index 4", e.getMessage());
        }
    }

    @Test
    void nullComponentsAreRejected() {
        assertThrows(NullPointerException.class, () -> new Narrative(null, Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Narrative(Optional.empty(), null, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Narrative(Optional.empty(), Optional.empty(), null));
    }
}
