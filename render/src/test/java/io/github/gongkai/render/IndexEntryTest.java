package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.Report;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexEntryTest {

    @Test
    void aCheckedReportKeepsItsHeaderCountsAndADigestOfItsCells() {
        Report broken = CheckedPages.broken();
        IndexEntry entry = IndexEntry.checked("x.txt", "pages/x.html", broken, CheckedPages.validate(broken));
        assertEquals(Verdict.NOT_VALID, entry.verdict());
        assertEquals(Optional.of(broken.header()), entry.header());
        assertEquals(2, entry.errors());
        assertEquals(0, entry.warnings());
        assertEquals(Optional.of("pages/x.html"), entry.page());
        assertEquals(64, entry.tablesDigest().orElseThrow().length());
        Report seed = CheckedPages.seed();
        String seedDigest = IndexEntry.checked("s", null, seed, CheckedPages.validate(seed)).tablesDigest().get();
        assertNotEquals(seedDigest, entry.tablesDigest().get());
        Report renamed = seed.toBuilder().organName("另一个机关").reportYear(2022).build();
        assertEquals(seedDigest, IndexEntry.checked("r", null, renamed, CheckedPages.validate(renamed))
                .tablesDigest().get(), "the digest is of the tables, not the header");
    }

    @Test
    void anUnreadableInputHasAProblemAndNothingElse() {
        IndexEntry entry = IndexEntry.unreadable("scan.pdf", "no text layer");
        assertEquals(Verdict.UNREADABLE, entry.verdict());
        assertEquals(Optional.empty(), entry.header());
        assertEquals(Optional.of("no text layer"), entry.problem());
        assertEquals(Optional.empty(), entry.tablesDigest());
    }

    @Test
    void refusesAPageThatIsNotARelativeUrlAndEntriesThatContradictTheirVerdict() {
        Report seed = CheckedPages.seed();
        var result = CheckedPages.validate(seed);
        for (String page : new String[] {"javascript:alert(1)", "JavaScript:x", "https://example.org/x.html",
            "//example.org/x.html", "data:text/html,x"}) {
            assertThrows(IllegalArgumentException.class, () -> IndexEntry.checked("s", page, seed, result), page);
        }
        IndexEntry.checked("s", "pages/a:b.html", seed, result); // a colon after a slash is a path
        assertThrows(IllegalArgumentException.class, () -> new IndexEntry("s", Optional.empty(), Verdict.VALID,
                Optional.empty(), 0, 0, 0, 0, Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new IndexEntry("s", Optional.empty(), Verdict.UNREADABLE,
                Optional.of(seed.header()), 0, 0, 0, 0, Optional.empty(), Optional.of("x")));
        assertThrows(IllegalArgumentException.class, () -> new IndexEntry("s", Optional.empty(), Verdict.VALID,
                Optional.of(seed.header()), -1, 0, 0, 0, Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> IndexEntry.unreadable(null, "x"));
    }
}
