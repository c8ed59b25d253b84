package io.github.gongkai.reader.pdf.internal;

import java.util.List;

/**
 * What one page holds for the reader: its characters where they were drawn, its ruling lines, and how many images
 * it draws (to tell a scan from an empty page).
 *
 * @param page the page number, from 1
 * @param width the page's width
 * @param height the page's height
 * @param glyphs its characters, in drawing order
 * @param segments its horizontal and vertical ruling lines
 * @param images how many images it draws
 * @param invisible how many of its characters are drawn invisible (text rendering mode 3, as OCR layers are)
 */
record PageContent(int page, double width, double height, List<Glyph> glyphs, List<Segment> segments, int images,
        int invisible) {
}
