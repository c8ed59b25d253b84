package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The weights of the error locator: the standard values, the cost of a change, and what is refused. */
class LocationWeightsTest {

    @Test
    void theStandardWeightsAreOneOneAndThreeQuarters() {
        LocationWeights standard = LocationWeights.standard();
        assertSame(standard, LocationWeights.standard());
        assertEquals(LocationWeights.of(1, 1, 0.75), standard);
        assertEquals(1, standard.component());
        assertEquals(1, standard.total());
        assertEquals(0.75, standard.typingSlip());
        // Above 2/3: k + 1 slips cost more than k changes that are not slips, for k up to 2.
        assertTrue(3 * standard.typingSlip() > 2 && 2 * standard.typingSlip() > 1);
    }

    @Test
    void aChangeCostsItsBaseWeightTimesTheSlipFactor() {
        LocationWeights w = LocationWeights.of(2, 3, 0.5);
        assertEquals(2, w.cost(false, false));
        assertEquals(1, w.cost(false, true));
        assertEquals(3, w.cost(true, false));
        assertEquals(1.5, w.cost(true, true));
    }

    @Test
    void eachWeightCanBeReplacedAlone() {
        LocationWeights w = LocationWeights.standard();
        assertEquals(LocationWeights.of(1, 4, 0.75), w.withTotal(4));
        assertEquals(LocationWeights.of(5, 1, 0.75), w.withComponent(5));
        assertEquals(LocationWeights.of(1, 1, 1), w.withTypingSlip(1));
        assertEquals(LocationWeights.of(1, 1, 0.75), w, "unchanged");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aWeightMustBePositiveAndFinite(double bad) {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocationWeights.of(bad, 1, 1)).getMessage()
                .contains("component"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocationWeights.of(1, bad, 1)).getMessage()
                .contains("total"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocationWeights.of(1, 1, bad)).getMessage()
                .contains("typingSlip"));
    }

    @Test
    void theSlipFactorIsAtMostOne() {
        assertEquals(1, LocationWeights.of(1, 1, 1).typingSlip());
        assertThrows(IllegalArgumentException.class, () -> LocationWeights.of(1, 1, 1.0001));
        assertEquals(Double.MIN_VALUE, LocationWeights.of(Double.MIN_VALUE, 1, 1).component());
    }
}
