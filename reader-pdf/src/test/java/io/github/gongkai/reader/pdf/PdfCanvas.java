package io.github.gongkai.reader.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of a document being drawn, top to bottom, as a word processor fills them: A4 pages with the
 * corpus's margins, a cursor moving down the current page, a page footer {@code -N-} centred at the bottom of
 * each page, text drawn as real text and lines and rectangles for table borders. Positions are in the reader's
 * coordinates (points from the top left corner, y downwards); the canvas turns them into PDF's.
 */
final class PdfCanvas {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    /** The text block's edges, as in the corpus's WPS export. */
    static final float LEFT = 75;
    static final float RIGHT = 520;
    static final float TOP = 72;
    /** The lowest the body may reach; the footer stands below it. */
    static final float BOTTOM = 780;
    static final float FOOTER_BASELINE = 812;
    /** Where a box of text begins above its baseline, and its height, as parts of the font size. */
    static final float ASCENT = 0.88f;
    static final float TEXT_HEIGHT = 1.1f;

    /**
     * A line of text drawn.
     *
     * @param page the page, from 1
     * @param text the text
     * @param box where it stands
     */
    record Drawn(int page, String text, Box box) {
    }

    /**
     * A line of a paragraph: where it stands and where in the paragraph it begins.
     *
     * @param page the page, from 1
     * @param start the index of its first character in the paragraph
     * @param text the line
     * @param x its left end
     * @param baseline its baseline, from the page's top
     * @param size the font size
     */
    record Line(int page, int start, String text, float x, float baseline, float size) {
    }

    private final PDDocument document;
    private final MixedText text;
    private final List<Drawn> drawn = new ArrayList<>();
    private PDPageContentStream stream;
    private int page;
    private float y;

    /**
     * Opens the first page.
     *
     * @param document the document to add pages to
     * @param text the fonts
     */
    PdfCanvas(PDDocument document, MixedText text) {
        this.document = document;
        this.text = text;
        newPage();
    }

    /** Every line of text drawn so far, footers included, in drawing order. */
    List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    /** The fonts. */
    MixedText text() {
        return text;
    }

    /** The current page, from 1. */
    int page() {
        return page;
    }

    /** The cursor: where the next thing is drawn, from the page's top. */
    float y() {
        return y;
    }

    /** Moves the cursor down by an amount. */
    void down(float amount) {
        y += amount;
    }

    /** Moves the cursor to a height on the current page. */
    void moveTo(float newY) {
        y = newY;
    }

    /** The room left on the current page above {@link #BOTTOM}. */
    float remaining() {
        return BOTTOM - y;
    }

    /** Ends the current page with its footer and starts the next, the cursor at its top. */
    void newPage() {
        try {
            if (stream != null) {
                footer();
                stream.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            stream = new PDPageContentStream(document, next);
            page++;
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last page with its footer. */
    void finish() {
        try {
            footer();
            stream.close();
            stream = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void footer() throws IOException {
        String footer = "-" + page + "-";
        float size = 10.5f;
        text(footer, (PAGE_WIDTH - text.width(footer, size)) / 2, FOOTER_BASELINE, size);
    }

    /**
     * Draws one line of text with its left end and baseline at a point.
     *
     * @param line the text
     * @param x the left end
     * @param baseline the baseline, from the page's top
     * @param size the font size
     * @return the box the text takes
     */
    Box text(String line, float x, float baseline, float size) {
        try {
            text.show(stream, line, x, PAGE_HEIGHT - baseline, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Box box = new Box(x, baseline - ASCENT * size, text.width(line, size), TEXT_HEIGHT * size);
        drawn.add(new Drawn(page, line, box));
        return box;
    }

    /**
     * Draws a paragraph at the cursor, wrapped between the margins, the first line indented by two characters,
     * continuing on the next page when the page is full.
     *
     * @param paragraph the text
     * @param size the font size
     * @param indent whether the first line is indented
     * @return the lines drawn
     */
    List<Line> paragraph(String paragraph, float size, boolean indent) {
        float lineHeight = size * 1.6f;
        float first = indent ? 2 * size : 0;
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (String line : text.wrap(paragraph, RIGHT - LEFT - first, size)) {
            if (remaining() < lineHeight) {
                newPage();
            }
            float x = LEFT + (lines.isEmpty() ? first : 0);
            float baseline = y + lineHeight * 0.75f;
            text(line, x, baseline, size);
            lines.add(new Line(page, start, line, x, baseline, size));
            start += line.length();
            y += lineHeight;
        }
        return lines;
    }

    /**
     * Draws a line of text centred between the margins at the cursor, and moves below it.
     *
     * @param line the text
     * @param size the font size
     */
    void centred(String line, float size) {
        float lineHeight = size * 1.6f;
        text(line, (LEFT + RIGHT - text.width(line, size)) / 2, y + lineHeight * 0.75f, size);
        y += lineHeight;
    }

    /** Strokes a line 0.5 pt wide between two points. */
    void strokeLine(float x1, float y1, float x2, float y2) {
        try {
            stream.setLineWidth(0.5f);
            stream.moveTo(x1, PAGE_HEIGHT - y1);
            stream.lineTo(x2, PAGE_HEIGHT - y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills a rectangle given by its top left corner and size. */
    void fillRect(float x, float top, float width, float height) {
        try {
            stream.addRect(x, PAGE_HEIGHT - top - height, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
