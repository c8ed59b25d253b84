package io.github.gongkai.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a figure's clause starts and ends, and the one-pass test that lets section 一 without keywords go. */
class StatedFiguresTest {

    @Test
    void aTextWithoutTheKeywordsFirstCharactersStatesNothing() {
        assertFalse(StatedFigures.mayStateAny("本机关全年主动公开政府信息120条。"));
        assertFalse(StatedFigures.mayStateAny(""));
        assertTrue(StatedFigures.mayStateAny("共收到申请3件"), "申, of 申请");
        assertTrue(StatedFigures.mayStateAny("发生行政复议2件"), "行, of 行政复议 and 行政诉讼");
    }

    @Test
    void aClauseMayBeTheWholeTextWithoutPunctuation() {
        assertEquals(Optional.of(new StatedFigures.Stated(3, "行政复议3件")), StatedFigures.REVIEWS.find("行政复议3件"),
                "the keyword at the text's start, the clause to its end");
        assertEquals(Optional.of(new StatedFigures.Stated(5, "共收到政府信息公开申请5件")),
                StatedFigures.APPLICATIONS.find("共收到政府信息公开申请5件"), "the clause from the text's start");
        assertEquals(12, StatedFigures.LAWSUITS.find("行政诉讼１２件").orElseThrow().value(), "full-width digits");
    }

    @Test
    void aFullStopEndsAClauseSoThatTheNextClauseIsNotItsOwn() {
        assertEquals(Optional.of(new StatedFigures.Stated(3, "行政复议3件")),
                StatedFigures.REVIEWS.find("行政复议3件。其中上年结转2件"));
        assertEquals(Optional.of(new StatedFigures.Stated(4, "本年度收到政府信息公开申请4件")),
                StatedFigures.APPLICATIONS.find("上年结转政府信息公开申请1件。本年度收到政府信息公开申请4件。"),
                "a clause about another count is passed over, the next one read");
    }
}
