package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.internal.Headings.Sec;
import java.util.ArrayList;
import java.util.List;

/**
 * The section headings in the walk's texts, and which part of each text is whose narrative. A text may hold
 * several headings (a line of run-on text, a table of contents): the text before the first is the current
 * section's, the text after a narrative section's title is that section's. A heading may be broken over two texts
 * ({@code ……的情况。二、主动公开政} / {@code 府信息情况}): a text that ends where one may begin keeps that end back
 * until the next text tells. A title may go on in the next text ({@code 五、存在的主要问题} / {@code 及改进情况}).
 * While either is pending the walk asks for every token ({@link #pending}), so that a page reads the same whether
 * its tokens are kept or made anew. One per reading; not thread-safe.
 */
final class HeadingWalk {

    /** What the walk does at a heading and with a text: the {@link Interpreter}'s. */
    interface Sections {
        /** The section the walk is in. */
        Sec current();

        /**
         * Enters the section of a heading.
         *
         * @param at the text the heading starts in
         * @param heading {offset in {@code key}, section ordinal, 1 if table 三's}
         */
        void enter(Token at, int[] heading);

        /**
         * Takes a text as a label, as table 三's text and as section 六's fee sentences (not as narrative).
         *
         * @param key its key, from its last heading on if it holds one
         * @param heading whether it holds one
         */
        void take(Token t, String key, boolean heading);
    }

    private final Sections sections;
    private final Narratives narratives;
    /** A text whose end, from {@link #heldAt}, may begin a heading broken over it and the next text. */
    private Token held;
    private int heldAt;
    /** The last heading's text, from its numeral on, while it ends before its title does ({@link SectionTitles#open}). */
    private String openTitle;
    /** Where {@link #textAt} last mapped a key's index to its text's, in which token: a text is mapped in one pass. */
    private Token cursorToken;
    private int cursorKey;
    private int cursorText;

    HeadingWalk(Sections sections, Narratives narratives) {
        this.sections = sections;
        this.narratives = narratives;
    }

    /**
     * Whether the next token must be made and taken, not skipped: a text's end is held, or a title is open.
     *
     * @return true if so
     */
    boolean pending() {
        return held != null || openTitle != null;
    }

    /**
     * Takes a text token.
     *
     * @param t the token
     * @param h its last heading, as {@link Headings#find(String)} gives it, or null if it holds none
     * @param startsTableThree whether it holds no heading but table 三's first label, which starts a table 三
     *     without heading
     */
    void text(Token t, int[] h, boolean startsTableThree) {
        String key = t.key();
        if (held != null) {
            Token first = held;
            held = null;
            int[] joined = startsTableThree ? null : Headings.brokenHeading(first.key(), heldAt, key);
            if (joined != null) {
                walk(first, t, first.key() + key, heldAt, joinedHeadings(joined, h, key, first.key().length()));
                return;
            }
            release(first, heldAt);
        }
        int from = 0;
        if (openTitle != null) {
            from = SectionTitles.continuation(sections.current(), openTitle, key);
            String longer = openTitle + key;
            openTitle = from == key.length() && h == null
                    && SectionTitles.open(sections.current(), longer, 0, longer.length()) ? longer : null;
            if (openTitle != null) {
                sections.take(t, key, false);
                return;
            }
        }
        List<int[]> headings = startsTableThree ? List.of(new int[] {0, Sec.T3.ordinal(), 1})
                : h == null ? List.of() : Headings.all(key, from);
        if (headings == null) {
            // A table of contents or a hostile page: its last heading counts, and none of its text is narrative.
            headings = List.of(h);
            from = h[0];
        }
        walk(t, t, key, from, headings);
    }

    /** A heading broken over two texts, and the second's own headings after it, at their offsets in both joined. */
    private static List<int[]> joinedHeadings(int[] joined, int[] h, String key, int split) {
        List<int[]> own = h == null ? List.of() : Headings.all(key, 0);
        List<int[]> all = new ArrayList<>(own == null ? 2 : 1 + own.size());
        all.add(joined);
        for (int[] o : own == null ? List.of(h) : own) {
            all.add(new int[] {o[0] + split, o[1], o[2]});
        }
        return all;
    }

    /** Takes a token that is not text: a held end is the current section's text, and a title ends. */
    void notText() {
        if (held != null) {
            release(held, heldAt);
            held = null;
        }
        openTitle = null;
    }

    /** Ends the walk: a held end is the current section's text. */
    void finish() {
        notText();
    }

    /**
     * Takes the text from {@code from} of a key that starts in {@code first} and ends in {@code last} (the same
     * token, or a held one and the next): its headings, its narrative, and its end if it may begin a heading.
     */
    private void walk(Token first, Token last, String key, int from, List<int[]> headings) {
        int n = headings.size();
        Sec after = n == 0 ? sections.current() : Headings.SECTIONS[headings.get(n - 1)[1]];
        // An end of the last text that may begin a heading broken over it and the next: after every heading.
        int split = first == last ? 0 : first.key().length();
        int tail = Headings.brokenAfter(last.key(), last.brokenHeadingStart(), after);
        tail = tail < 0 || tail + split < (n == 0 ? from : headings.get(n - 1)[0] + 1) ? -1 : tail + split;
        int end = tail >= 0 ? tail : key.length();
        if (n == 0) {
            sections.take(last, key, false);
            narrative(first, last, key, from, end);
        } else {
            narrative(first, last, key, from, headings.get(0)[0]);
            for (int i = 0; i < n; i++) {
                int[] h = headings.get(i);
                int to = i + 1 < n ? headings.get(i + 1)[0] : end;
                sections.enter(h[0] < first.key().length() ? first : last, h);
                int start = SectionTitles.narrativeStart(sections.current(), key, h[0], to);
                if (start >= 0) {
                    narrative(first, last, key, start, to);
                }
                if (i == n - 1) {
                    sections.take(last, key.substring(h[0]), true);
                    boolean open = tail < 0 && SectionTitles.open(sections.current(), key, h[0], to);
                    openTitle = open ? key.substring(h[0], to) : null;
                }
            }
        }
        if (tail >= 0) {
            held = last;
            heldAt = tail - split;
        }
    }

    /** A held end that began no heading: the current section's text after all. */
    private void release(Token t, int at) {
        narrative(t, t, t.key(), at, t.key().length());
    }

    /** Puts the text of [a, b) of a key (of one token, or of two joined) in the current section's narrative. */
    private void narrative(Token first, Token last, String key, int a, int b) {
        if (a >= b) {
            return;
        }
        Sec s = sections.current();
        if (first == last && a == 0 && b == key.length()) {
            narratives.append(s, first, false);
            return;
        }
        int split = first == last ? key.length() : first.key().length();
        if (a < split) {
            narratives.appendPart(s, first, textAt(first, a), textAt(first, Math.min(b, split)));
        }
        if (b > split) {
            narratives.appendPart(s, last, textAt(last, Math.max(a, split) - split), textAt(last, b - split));
        }
    }

    /**
     * Where a character of a token's key stands in its text ({@link Text#textIndexOfKey}), going on from where the
     * last call for the token left off when it is further on, so that a long text with several headings is mapped
     * in one pass.
     */
    private int textAt(Token t, int keyIndex) {
        String text = t.text;
        if (t.key() == text) {
            return keyIndex; // the key is the text itself
        }
        if (t != cursorToken || keyIndex < cursorKey) {
            cursorToken = t;
            cursorKey = 0;
            cursorText = 0;
        }
        int at = cursorText + Text.textIndexOfKey(text, cursorText, keyIndex - cursorKey);
        cursorKey = keyIndex;
        cursorText = at;
        return at;
    }
}
