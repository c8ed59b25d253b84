package io.github.gongkai.reader.pdf;

/**
 * A rectangle on a page in the reader's coordinates ({@link io.github.gongkai.reader.SourcePosition.PageArea}):
 * points from the page's top left corner, y downwards. The renderer records where it drew each number in one.
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width
 * @param height the height
 */
record Box(double x, double y, double width, double height) {

    /** The horizontal centre. */
    double centreX() {
        return x + width / 2;
    }

    /** The vertical centre. */
    double centreY() {
        return y + height / 2;
    }

    /**
     * Tells whether a point lies in this box, edges included, with a margin all round.
     *
     * @param px the point's x
     * @param py the point's y
     * @param margin how far outside the edges still counts
     * @return true if inside
     */
    boolean contains(double px, double py, double margin) {
        return px >= x - margin && px <= x + width + margin && py >= y - margin && py <= y + height + margin;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "[x %.1f, y %.1f, %.1f × %.1f]", x, y, width, height);
    }
}
