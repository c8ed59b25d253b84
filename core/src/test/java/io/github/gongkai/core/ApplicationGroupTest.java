package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationGroupTest {

    @Test
    void keysAndLabelsInPrintedOrder() {
        List<String> actual = new ArrayList<>();
        for (ApplicationGroup group : ApplicationGroup.values()) {
            actual.add(group.key() + "=" + group.label());
        }
        assertEquals(List.of("withheld=（三）不予公开", "unableToProvide=（四）无法提供", "notProcessed=（五）不予处理",
                "otherDisposal=（六）其他处理"), actual);
    }

    @Test
    void otherDisposalIsAGroupOnlyIn2021() {
        assertTrue(ApplicationGroup.OTHER_DISPOSAL.existsIn(Edition.V2021));
        assertFalse(ApplicationGroup.OTHER_DISPOSAL.existsIn(Edition.V2019));
        for (ApplicationGroup group : List.of(ApplicationGroup.WITHHELD, ApplicationGroup.UNABLE_TO_PROVIDE,
                ApplicationGroup.NOT_PROCESSED)) {
            assertTrue(group.existsIn(Edition.V2019), group.key());
            assertTrue(group.existsIn(Edition.V2021), group.key());
        }
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> ApplicationGroup.WITHHELD.existsIn(null));
    }

    @Test
    void rowsPerGroupAndEdition() {
        assertEquals(8, rowsOf(ApplicationGroup.WITHHELD, Edition.V2021).size());
        assertEquals(3, rowsOf(ApplicationGroup.UNABLE_TO_PROVIDE, Edition.V2021).size());
        assertEquals(5, rowsOf(ApplicationGroup.NOT_PROCESSED, Edition.V2021).size());
        assertEquals(3, rowsOf(ApplicationGroup.OTHER_DISPOSAL, Edition.V2021).size());
        assertEquals(8, rowsOf(ApplicationGroup.WITHHELD, Edition.V2019).size());
        assertEquals(3, rowsOf(ApplicationGroup.UNABLE_TO_PROVIDE, Edition.V2019).size());
        assertEquals(5, rowsOf(ApplicationGroup.NOT_PROCESSED, Edition.V2019).size());
        assertEquals(List.of(), rowsOf(ApplicationGroup.OTHER_DISPOSAL, Edition.V2019));
    }

    @ParameterizedTest
    @EnumSource(ApplicationGroup.class)
    void groupKeyPrefixesItsRowsKeys(ApplicationGroup group) {
        for (ApplicationRow row : ApplicationRow.values()) {
            boolean inGroup = row.group().equals(Optional.of(group));
            assertEquals(inGroup, row.key().startsWith(group.key() + "."), row.key());
            if (inGroup) {
                assertEquals(group.key() + "." + row.shortKey(), row.key());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ApplicationGroup.class)
    void fromKeyRoundTrips(ApplicationGroup group) {
        assertEquals(Optional.of(group), ApplicationGroup.fromKey(group.key()));
    }

    @Test
    void fromKeyRejectsOtherText() {
        assertEquals(Optional.empty(), ApplicationGroup.fromKey("WITHHELD"));
        assertEquals(Optional.empty(), ApplicationGroup.fromKey("withheld.stateSecret"));
        assertEquals(Optional.empty(), ApplicationGroup.fromKey("（三）不予公开"));
        assertThrows(NullPointerException.class, () -> ApplicationGroup.fromKey(null));
    }

    private static List<ApplicationRow> rowsOf(ApplicationGroup group, Edition edition) {
        List<ApplicationRow> rows = new ArrayList<>();
        for (ApplicationRow row : ApplicationRow.rows(edition)) {
            if (row.group().equals(Optional.of(group))) {
                rows.add(row);
            }
        }
        return rows;
    }
}
