package io.github.gongkai.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.CellRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final CellRef CELL = CellRef.parse("T3/newlyReceived/total");
    private static final Provenance.Note SPLIT = Provenance.Note.of(Provenance.Note.Kind.SPLIT_ROW_TOTAL, "7400074");

    @Test
    void describesTheCellItsTextAndWhereItStands() {
        Provenance p = new Provenance(CELL, "74", SourcePosition.line(10, 2600), List.of(SPLIT));
        assertEquals("T3/newlyReceived/total = \"74\" @ line 10, column 2600 (split from glued run '7400074': the only "
                + "split in which the total equals the sum of the other cells)", p.toString());
        assertEquals("T3/newlyReceived/total = \"\" @ line 3",
                new Provenance(CELL, "", SourcePosition.line(3, 1), List.of()).toString());
    }

    @Test
    void givesItsNotesInEnglishOrChinese() {
        Provenance p = new Provenance(CELL, "74", SourcePosition.line(10, 2600),
                List.of(SPLIT, Provenance.Note.of(Provenance.Note.Kind.LABEL_FROM_FRAGMENT, "本年新收")));
        assertEquals(Optional.of("split from glued run '7400074': the only split in which the total equals the sum of "
                + "the other cells; row label recognised from the fragment '本年新收'"), p.note());
        assertEquals(Optional.of("拆分自连写数字“7400074”：只有这样拆分，合计才等于其他各格之和；行标题依据片段“本年新收”识别"),
                p.note(Locale.CHINESE));
        assertEquals(Optional.empty(), new Provenance(CELL, "1", SourcePosition.block(1), List.of()).note(Locale.CHINESE));
    }

    @Test
    void everyKindHasATextInEachLanguageThatNamesItsArguments() {
        List<Provenance.Note.Kind> kinds = List.of(Provenance.Note.Kind.values());
        BothLanguages.assertEachHasItsOwnWords(kinds, (kind, locale) -> note(kind).text(locale), Set.of());
        for (Provenance.Note.Kind kind : kinds) {
            Provenance.Note n = note(kind);
            BothLanguages.assertNamesItsArguments("note." + kind, n.arguments(), n.text(Locale.ENGLISH),
                    n.text(Locale.CHINESE));
        }
    }

    private static Provenance.Note note(Provenance.Note.Kind kind) {
        return new Provenance.Note(kind, BothLanguages.markers(kind.argumentCount()));
    }

    @Test
    void checksItsParts() {
        assertThrows(NullPointerException.class,
                () -> new Provenance(null, "1", SourcePosition.block(1), List.of()));
        assertThrows(NullPointerException.class, () -> new Provenance(CELL, null, SourcePosition.block(1), List.of()));
        assertThrows(NullPointerException.class, () -> new Provenance(CELL, "1", null, List.of()));
        assertThrows(NullPointerException.class, () -> new Provenance(CELL, "1", SourcePosition.block(1), null));
        assertThrows(NullPointerException.class,
                () -> new Provenance(CELL, "1", SourcePosition.block(1), Arrays.asList((Provenance.Note) null)));
        assertThrows(IllegalArgumentException.class, () -> Provenance.Note.of(Provenance.Note.Kind.SPLIT_TABLE, "1"));
        List<Provenance.Note> notes = new ArrayList<>(List.of(SPLIT));
        Provenance p = new Provenance(CELL, "1", SourcePosition.block(1), notes);
        notes.clear();
        assertEquals(List.of(SPLIT), p.notes(), "the notes are copied");
    }
}
