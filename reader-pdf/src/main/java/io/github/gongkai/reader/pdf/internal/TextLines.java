package io.github.gongkai.reader.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts characters into lines and lines into text, as a person reads them: a line is the characters whose
 * baselines agree (within a third of the font size), read left to right; lines are read top to bottom. Between
 * two characters a space is read where the gap is wider than a quarter of the font size, except between two CJK
 * characters (where a gap is only spacing, as in {@code 总 计}).
 */
final class TextLines {

    private TextLines() {
    }

    /**
     * A line of text.
     *
     * @param glyphs its characters, left to right
     * @param box its extent
     */
    record Line(List<Glyph> glyphs, Box box) {

        /** The line's text, spaces read from the gaps. */
        String text() {
            return TextLines.text(glyphs);
        }

        /** The font size of its first character. */
        double size() {
            return glyphs.get(0).size();
        }
    }

    /**
     * Puts characters into lines.
     *
     * @param glyphs the characters, in any order
     * @return the lines, top to bottom
     */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        double baseline = 0;
        for (Glyph g : sorted) {
            if (line == null || g.baseline() - baseline > Math.min(g.size(), line.get(0).size()) / 3) {
                line = new ArrayList<>();
                lines.add(line);
                baseline = g.baseline();
            }
            line.add(g);
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
            out.add(new Line(List.copyOf(l), extent(l)));
        }
        return out;
    }

    /**
     * The text of characters in lines, the lines joined without a break (a cell's wrapped label is one label).
     *
     * @param glyphs the characters, in any order
     * @return the text
     */
    static String join(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines(glyphs)) {
            sb.append(line.text());
        }
        return sb.toString();
    }

    static String text(List<Glyph> line) {
        StringBuilder sb = new StringBuilder(line.size() + 4);
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && g.x() - previous.right() > Math.max(g.size(), previous.size()) / 4
                    && !(g.isCjk() && previous.isCjk())) {
                sb.append(' ');
            }
            sb.append(g.text());
            previous = g;
        }
        return sb.toString();
    }

    static Box extent(List<Glyph> glyphs) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Glyph g : glyphs) {
            left = Math.min(left, g.x());
            top = Math.min(top, g.top());
            right = Math.max(right, g.right());
            bottom = Math.max(bottom, g.baseline());
        }
        return new Box(left, top, right, bottom);
    }
}
