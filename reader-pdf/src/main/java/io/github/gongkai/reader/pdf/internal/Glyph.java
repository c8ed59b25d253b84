package io.github.gongkai.reader.pdf.internal;

/**
 * One character of a page's text layer where it was drawn, in PDF units from the page's top left corner, y
 * downwards.
 *
 * @param text the character (rarely more than one: a ligature)
 * @param x the left edge
 * @param baseline the baseline
 * @param width the advance width
 * @param height the glyph's height above the baseline
 * @param size the font size in points
 */
record Glyph(String text, double x, double baseline, double width, double height, double size) {

    /** The top edge. */
    double top() {
        return baseline - height;
    }

    /** The right edge. */
    double right() {
        return x + width;
    }

    /** The horizontal centre. */
    double centreX() {
        return x + width / 2;
    }

    /** The vertical centre. */
    double centreY() {
        return baseline - height / 2;
    }

    /** Whether the character is a CJK ideograph or CJK punctuation (between which no space is ever read). */
    boolean isCjk() {
        int c = text.isEmpty() ? 0 : text.codePointAt(0);
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x20000;
    }
}
