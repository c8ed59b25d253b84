package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageSourceTest {

    @Test
    void holdsANameAReadingLineAndPositionsByCell() {
        PageSource source = PageSource.of("a.pdf");
        assertEquals(Optional.empty(), source.reading());
        assertEquals(Optional.empty(), source.position(CheckedPages.BROKEN_CELL));
        Map<io.github.gongkai.core.CellRef, String> positions = new HashMap<>();
        positions.put(CheckedPages.BROKEN_CELL, "page 2, x 1.0, y 2.0, 3.0 × 4.0");
        PageSource full = source.withReading("read").withPositions(positions);
        positions.clear();
        assertEquals(Optional.of("page 2, x 1.0, y 2.0, 3.0 × 4.0"), full.position(CheckedPages.BROKEN_CELL));
        assertEquals(Optional.of("read"), full.reading());
        assertEquals(full, PageSource.of("a.pdf").withPositions(full.positions()).withReading("read"));
        assertThrows(NullPointerException.class, () -> PageSource.of(null));
        assertThrows(NullPointerException.class, () -> full.position(null));
        assertThrows(NullPointerException.class, () -> full.withReading(null));
    }
}
