package io.github.gongkai.reader.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph that the page wrapped, so that a sentence broken at the right margin
 * ({@code …全年收取信息处理费} / {@code 380元。}) is read as one. A line continues the one before when that one runs to
 * the right margin, the two have one font size and normal line spacing, the line starts at the paragraph's left
 * edge (not indented as a new paragraph), starts no numbered item or heading ({@code 六、}, {@code （一）},
 * {@code 1.}), and neither line has the wide gaps of a table row printed without rules.
 */
final class Paragraphs {

    /** The start of a heading or numbered item: a new block, never a continuation. */
    private static final Pattern ITEM = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．]).*");

    private Paragraphs() {
    }

    /**
     * A paragraph: its lines, top to bottom.
     *
     * @param lines the lines
     */
    record Paragraph(List<TextLines.Line> lines) {

        /** The text, lines joined without a break (a space only between two ASCII letters or digits). */
        String text() {
            StringBuilder sb = new StringBuilder();
            for (TextLines.Line line : lines) {
                String t = line.text();
                if (sb.length() > 0 && !t.isEmpty() && isAsciiWord(sb.charAt(sb.length() - 1))
                        && isAsciiWord(t.charAt(0))) {
                    sb.append(' ');
                }
                sb.append(t);
            }
            return sb.toString();
        }

        Box box() {
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (TextLines.Line l : lines) {
                left = Math.min(left, l.box().left());
                top = Math.min(top, l.box().top());
                right = Math.max(right, l.box().right());
                bottom = Math.max(bottom, l.box().bottom());
            }
            return new Box(left, top, right, bottom);
        }
    }

    /**
     * Joins wrapped lines.
     *
     * @param lines a page's lines outside its tables, top to bottom
     * @param between whether a table stands between two lines (by their tops), so that they are never joined
     * @return the paragraphs, top to bottom
     */
    static List<Paragraph> of(List<TextLines.Line> lines, BiPredicate<Double, Double> between) {
        double margin = -Double.MAX_VALUE;
        for (TextLines.Line l : lines) {
            margin = Math.max(margin, l.box().right());
        }
        List<Paragraph> out = new ArrayList<>();
        List<TextLines.Line> current = null;
        for (TextLines.Line line : lines) {
            if (current != null && continues(current, line, margin)
                    && !between.test(current.get(current.size() - 1).box().top(), line.box().top())) {
                current.add(line);
                continue;
            }
            current = new ArrayList<>();
            current.add(line);
            out.add(new Paragraph(current));
        }
        return out;
    }

    private static boolean continues(List<TextLines.Line> paragraph, TextLines.Line line, double margin) {
        TextLines.Line last = paragraph.get(paragraph.size() - 1);
        double size = last.size();
        double left = paragraph.size() > 1 ? paragraph.get(1).box().left() : Double.MAX_VALUE;
        return Math.abs(line.size() - size) <= 0.5
                && last.box().right() >= margin - 1.5 * size
                && line.box().top() - last.box().bottom() < size
                && line.box().top() > last.box().bottom() - size / 2
                && line.box().left() <= Math.min(left, last.box().left()) + size / 2
                && !ITEM.matcher(line.text()).matches()
                && !wideGaps(last) && !wideGaps(line);
    }

    /** Whether the line has a gap wider than two characters: a table row printed without rules. */
    private static boolean wideGaps(TextLines.Line line) {
        List<Glyph> g = line.glyphs();
        for (int i = 1; i < g.size(); i++) {
            if (g.get(i).x() - g.get(i - 1).right() > 2 * g.get(i).size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiWord(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
