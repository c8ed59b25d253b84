package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmbiguityTest {

    private static final List<CellRef> CELLS = List.of(CellRef.parse("T2/administrativeFees/previousYearItems"),
            CellRef.parse("T2/administrativeFees/change"));
    private static final List<CellValue> A = List.of(CellValue.count(3), CellValue.signedCount(50));
    private static final List<CellValue> B = List.of(CellValue.count(35), CellValue.signedCount(0));

    @Test
    void listsItsCandidatesAndFindsOne() {
        Ambiguity a = new Ambiguity(CELLS, "350", SourcePosition.line(10, 4491), Ambiguity.Code.GLUED_SPLITS_WITHOUT_IDENTITY, List.of(), List.of(A, B), 2, false);
        assertTrue(a.hasCandidate(B));
        assertFalse(a.hasCandidate(List.of(CellValue.count(350), CellValue.signedCount(0))));
        assertEquals("T2/administrativeFees/previousYearItems .. T2/administrativeFees/change: \"350\" @ line 10, "
                + "column 4491: glued run has 2 possible splits and the table has no identity to choose; 2 candidate(s) [3/+50] [35/0]", a.toString());
    }

    @Test
    void aLostCellPrintsAsAQuestionMarkAndAnExhaustedSearchAsAPlus() {
        List<CellValue> lost = List.of(CellValue.blank(), CellValue.signedCount(5));
        Ambiguity a = new Ambiguity(CELLS, "5", SourcePosition.block(1), Ambiguity.Code.CELL_LOST, List.of("1"), List.of(lost), 7, true);
        assertTrue(a.toString().endsWith("7+ candidate(s) [?/+5]"), a.toString());
    }

    @Test
    void isImmutable() {
        List<List<CellValue>> candidates = new ArrayList<>(List.of(A));
        Ambiguity a = new Ambiguity(CELLS, "350", SourcePosition.block(1), Ambiguity.Code.GLUED_SPLITS_WITHOUT_IDENTITY, List.of(), candidates, 1, false);
        candidates.add(B);
        assertEquals(1, a.candidates().size());
        assertThrows(UnsupportedOperationException.class, () -> a.candidates().add(B));
    }

    @Test
    void checksItsParts() {
        SourcePosition at = SourcePosition.block(1);
        assertThrows(IllegalArgumentException.class, () -> new Ambiguity(List.of(), "x", at, Ambiguity.Code.GLUED_SPLITS_WITHOUT_IDENTITY, List.of(), List.of(), 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Ambiguity(CELLS, "x", at, Ambiguity.Code.GLUED_SPLITS_WITHOUT_IDENTITY, List.of(), List.of(List.of(CellValue.count(1))), 1, false));
        assertThrows(IllegalArgumentException.class, () -> new Ambiguity(CELLS, "x", at, Ambiguity.Code.GLUED_SPLITS_WITHOUT_IDENTITY, List.of(), List.of(A, B), 1, false));
        assertThrows(NullPointerException.class, () -> new Ambiguity(CELLS, null, at, Ambiguity.Code.GLUED_SPLITS_WITHOUT_IDENTITY, List.of(), List.of(), 0, false));
    }

    @Test
    void aCodeTakesItsArgumentsAndNoOthers() {
        SourcePosition at = SourcePosition.block(1);
        assertThrows(IllegalArgumentException.class,
                () -> new Ambiguity(CELLS, "x", at, Ambiguity.Code.CELL_LOST, List.of(), List.of(), 0, false));
        assertThrows(IllegalArgumentException.class, () -> new Ambiguity(CELLS, "x", at,
                Ambiguity.Code.GLUED_SEARCH_LIMIT, List.of("1"), List.of(), 0, false));
        assertThrows(NullPointerException.class,
                () -> new Ambiguity(CELLS, "x", at, null, List.of(), List.of(), 0, false));
        List<String> arguments = new ArrayList<>(List.of("1"));
        Ambiguity a = new Ambiguity(CELLS, "x", at, Ambiguity.Code.CELL_LOST, arguments, List.of(), 0, false);
        arguments.set(0, "9");
        assertEquals(List.of("1"), a.arguments());
    }

    @Test
    void itsReasonIsInEnglishOrChineseWithTheFiguresOfItsComponents() {
        Ambiguity a = new Ambiguity(CELLS, "350", SourcePosition.line(10, 4491),
                Ambiguity.Code.GLUED_SPLITS_CONSISTENT, List.of(), List.of(A, B), 12, true);
        assertEquals("glued run has 12+ splits consistent with the identity", a.reason());
        assertEquals(a.reason(), a.reason(Locale.FRENCH));
        assertEquals("连写数字有 12+ 种拆分都符合恒等关系", a.reason(Locale.SIMPLIFIED_CHINESE));
        assertEquals(a.reason(Locale.SIMPLIFIED_CHINESE), a.reason(Locale.TRADITIONAL_CHINESE));
        Ambiguity cut = new Ambiguity(CELLS, "12", SourcePosition.block(1), Ambiguity.Code.GLUED_CANNOT_BE_CUT,
                List.of(), List.of(), 0, false);
        assertEquals("the glued run cannot be cut into 2 numbers", cut.reason());
        assertEquals("连写数字无法切分为 2 个数", cut.reason(Locale.CHINESE));
    }

    @Test
    void anUnreadableValueNamesItsTextAndWhatItShouldHaveBeen() {
        Ambiguity a = new Ambiguity(List.of(CELLS.get(1)), "3x", SourcePosition.block(1),
                Ambiguity.Code.UNREADABLE_VALUE, List.of(), List.of(), 0, false);
        assertEquals("'3x' cannot be read as a signed count", a.reason());
        assertEquals("“3x”无法读作带正负号的件数", a.reason(Locale.CHINESE));
    }

    @Test
    void pageTextInAnArgumentIsInsertedAsPrintedNeverReadAsATemplate() {
        Ambiguity a = new Ambiguity(CELLS, "{0}{count}", SourcePosition.block(1),
                Ambiguity.Code.GROUP_PRINTED_AS_ONE_ROW, List.of("{1}{raw}", "5"), List.of(), 0, false);
        assertEquals("{1}{raw} printed as one row, its 5 rows absent: each number other than 0 is the total of its"
                + " column's 5 cells (merged)", a.reason());
    }

    @Test
    void everyCodeHasATextInBothLanguages() {
        for (Ambiguity.Code code : Ambiguity.Code.values()) {
            List<String> arguments = new ArrayList<>();
            for (int i = 0; i < code.argumentCount(); i++) {
                arguments.add("ARG" + i);
            }
            Ambiguity a = new Ambiguity(CELLS, "RAW", SourcePosition.block(1), code, arguments, List.of(), 0, false);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
                String text = a.reason(locale);
                arguments.forEach(argument -> assertTrue(text.contains(argument), code + " " + locale + ": " + text));
                assertFalse(text.contains("{"), code + " " + locale + ": " + text);
            }
            assertFalse(a.reason(Locale.ENGLISH).equals(a.reason(Locale.CHINESE)), code.name());
        }
    }
}
