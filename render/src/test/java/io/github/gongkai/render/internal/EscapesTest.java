package io.github.gongkai.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class EscapesTest {

    private static String html(String text) throws IOException {
        StringBuilder out = new StringBuilder();
        Escapes.html(text, out);
        return out.toString();
    }

    private static String markdown(String text) throws IOException {
        StringBuilder out = new StringBuilder();
        Escapes.markdown(text, out);
        return out.toString();
    }

    @Test
    void htmlReplacesTheFiveSpecialCharacters() throws IOException {
        assertEquals("", html(""));
        assertEquals("规章", html("规章"));
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                html("<a href=\"x\" title='y'>&</a>"));
        assertEquals("a&amp;amp;b", html("a&amp;b"));
    }

    @Test
    void markdownPutsABackslashBeforeMarkup() throws IOException {
        assertEquals("", markdown(""));
        assertEquals("规章 0.00", markdown("规章 0.00"));
        assertEquals("a\\|b \\\\ \\*x\\* \\_y\\_ \\`c\\` \\[l\\](u) \\<b\\> \\# \\~ \\! \\&amp;",
                markdown("a|b \\ *x* _y_ `c` [l](u) <b> # ~ ! &amp;"));
        assertEquals("+5 -3 — / 无", markdown("+5 -3 — / 无"));
    }
}
