package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.CellRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final CellRef CELL = CellRef.parse("T3/newlyReceived/total");

    @Test
    void describesTheCellItsTextAndWhereItStands() {
        Provenance p = new Provenance(CELL, "74", SourcePosition.line(10, 2600), Optional.of("split from glued run"));
        assertEquals("T3/newlyReceived/total = \"74\" @ line 10, column 2600 (split from glued run)", p.toString());
        assertEquals("T3/newlyReceived/total = \"\" @ line 3",
                new Provenance(CELL, "", SourcePosition.line(3, 1), Optional.empty()).toString());
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class,
                () -> new Provenance(null, "1", SourcePosition.block(1), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Provenance(CELL, null, SourcePosition.block(1),
                Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Provenance(CELL, "1", null, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Provenance(CELL, "1", SourcePosition.block(1), null));
    }
}
