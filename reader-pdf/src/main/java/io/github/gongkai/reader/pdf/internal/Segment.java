package io.github.gongkai.reader.pdf.internal;

/**
 * A ruling line of a table, horizontal or vertical, in PDF units from the page's top left corner, y downwards:
 * a stroked line or the edge of a stroked rectangle, or a thin filled rectangle (as WPS draws cell borders).
 *
 * @param horizontal whether the line is horizontal
 * @param at its y if horizontal, else its x
 * @param from where it starts along its direction (the smaller x or y)
 * @param to where it ends (the larger)
 */
record Segment(boolean horizontal, double at, double from, double to) {

    /** Whether the segment passes a point along its direction, with a tolerance. */
    boolean covers(double along, double tolerance) {
        return along >= from - tolerance && along <= to + tolerance;
    }
}
