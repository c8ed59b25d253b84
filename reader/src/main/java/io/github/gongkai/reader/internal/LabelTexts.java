package io.github.gongkai.reader.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The label before a run of numbers: the last few texts met in the section since the last run, and the line of
 * the last of them. Bounded, so that what the walk holds does not grow with the page: at most
 * {@value #TEXTS} texts, joined to at most {@value #CHARS} characters.
 */
final class LabelTexts {

    private static final int TEXTS = 8;
    private static final int CHARS = 400;

    private final List<String> keys = new ArrayList<>(TEXTS);
    /** The line of the last text; 0 for a text not on a line (an HTML cell). */
    private int line;

    /** Adds a text, dropping the oldest when {@value #TEXTS} are held. */
    void add(String key, int line) {
        if (keys.size() == TEXTS) {
            keys.remove(0);
        }
        keys.add(key);
        this.line = line;
    }

    void clear() {
        keys.clear();
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The texts, oldest first: a view that changes as texts are added. */
    List<String> keys() {
        return keys;
    }

    /** The line of the last text added; 0 if it stood on no line. */
    int line() {
        return line;
    }

    /**
     * Whether the last text stands in a run's own row: on the line of its first number, or, off lines (an HTML
     * or document table), in a cell of the table row the run's first number does not start.
     */
    boolean inRowOf(Run run) {
        if (keys.isEmpty()) {
            return false;
        }
        Token first = run.tokens.get(0);
        return first.line > 0 ? first.line == line : line == 0 && !first.rowStart;
    }

    /** The texts joined, keeping only the last {@value #CHARS} characters (and copying only those). */
    String joined() {
        int n = keys.size();
        if (n == 1) {
            String k = keys.get(0);
            return k.length() > CHARS ? k.substring(k.length() - CHARS) : k;
        }
        int first = n;
        int length = 0;
        while (first > 0 && length < CHARS) {
            first--;
            length += keys.get(first).length();
        }
        if (length <= CHARS) {
            // One copy into a string of the exact length and kind, not a Latin-1 builder widened at the first
            // ideograph and copied again.
            return n - first == 2 ? keys.get(first).concat(keys.get(first + 1))
                    : String.join("", keys.subList(first, n));
        }
        StringBuilder sb = new StringBuilder(Math.min(length, CHARS));
        for (int k = first; k < n; k++) {
            String key = keys.get(k);
            int skip = length - CHARS;
            if (skip > 0) {
                int drop = Math.min(skip, key.length());
                length -= drop;
                sb.append(key, drop, key.length());
            } else {
                sb.append(key);
            }
        }
        return sb.toString();
    }
}
