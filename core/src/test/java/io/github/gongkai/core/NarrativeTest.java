package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void nullComponentsAreRejected() {
        assertThrows(NullPointerException.class, () -> new Narrative(null, Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Narrative(Optional.empty(), null, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Narrative(Optional.empty(), Optional.empty(), null));
    }
}
