package io.github.gongkai.reader.pdf.internal;

/**
 * A rectangle on a page, in PDF units from the page's top left corner, y downwards.
 *
 * @param left the left edge
 * @param top the top edge
 * @param right the right edge
 * @param bottom the bottom edge
 */
record Box(double left, double top, double right, double bottom) {

    /** Whether a point lies inside, edges included, with a tolerance. */
    boolean contains(double x, double y, double tolerance) {
        return x >= left - tolerance && x <= right + tolerance && y >= top - tolerance && y <= bottom + tolerance;
    }

    double width() {
        return right - left;
    }

    double height() {
        return bottom - top;
    }
}
