package io.github.gongkai.reader.pdf.internal;

import io.github.gongkai.reader.ReportReadException;
import io.github.gongkai.reader.SourcePosition;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks one page's content once and keeps what the layout needs: every character drawn, with its position and
 * size, and every horizontal or vertical line drawn (stroked lines and rectangle edges, and thin filled rectangles,
 * which is how WPS draws cell borders). One pass serves both, so a page's content is parsed once. Positions are
 * on the page as shown ({@link PageFrame}: a page turned by {@code /Rotate} is read turned).
 *
 * <p>Characters drawn at a slant (a watermark such as 内部资料 or a date across the page, a round seal's text) or off the
 * page are not read: they are no text of the report's, and a watermark's digits crossing a table would otherwise
 * join its cells' numbers.
 *
 * <p>Characters a font maps to the Kangxi radicals or the CJK radicals supplement (U+2E80–U+2FDF; WPS and Word
 * fonts do this for common ideographs such as 一 and 人) are read as the unified ideograph they stand for
 * (NFKC), since the page shows that character. A character drawn again at almost the same place (bold simulated
 * by overprinting) is kept once.
 */
final class PageEngine extends PDFGraphicsStreamEngine {

    /** A line is thin enough to be a ruling line when a filled rectangle is at most this thick. */
    private static final double THIN = 2.5;
    /** Operators between two looks at the clock. */
    private static final int CLOCK_EVERY = 2048;

    private final int pageNumber;
    private final PageFrame frame;
    private final long deadline;
    private final int[] charsLeft;
    private final List<Glyph> glyphs = new ArrayList<>(1024);
    private final List<Segment> segments = new ArrayList<>(256);
    /** The current path: its subpaths, each its straight pieces as x0, y0, x1, y1 in page coordinates. */
    private final List<List<double[]>> path = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float subpathStart = new Point2D.Float();
    private int images;
    private int invisible;
    private int operators;

    private PageEngine(PDPage page, int pageNumber, long deadline, int[] charsLeft) {
        super(page);
        this.pageNumber = pageNumber;
        this.frame = new PageFrame(page);
        this.deadline = deadline;
        this.charsLeft = charsLeft;
    }

    /**
     * Reads one page.
     *
     * @param page the page
     * @param pageNumber its number, from 1
     * @param deadline the {@link System#nanoTime()} past which reading stops
     * @param charsLeft how many characters may still be read, over the document (counted down)
     * @return what the page holds
     * @throws IOException if the page's content cannot be parsed
     * @throws ReportReadException if a limit is exceeded
     */
    static PageContent read(PDPage page, int pageNumber, long deadline, int[] charsLeft) throws IOException {
        PageEngine engine = new PageEngine(page, pageNumber, deadline, charsLeft);
        engine.processPage(page);
        return new PageContent(pageNumber, engine.frame.width(), engine.frame.height(), List.copyOf(engine.glyphs),
                List.copyOf(engine.segments), engine.images, engine.invisible);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CLOCK_EVERY == 0 && System.nanoTime() - deadline > 0) {
            throw new ReportReadException(ReportReadException.Detail.PDF_TIME_LIMIT,
                    List.of(Integer.toString(pageNumber)), SourcePosition.pageArea(pageNumber, 0, 0, 0, 0), null);
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            unicode = "\uFFFD"; // drawn, but its font does not say which character: unread, never guessed
        } else if (unicode.isBlank()) {
            return;
        } else if (unicode.codePointAt(0) >= 0x2E80 && unicode.codePointAt(0) <= 0x2FDF) {
            unicode = Normalizer.normalize(unicode, Normalizer.Form.NFKC);
        }
        if (slanted(trm)) {
            return; // a watermark or stamp drawn across the page: no text of the report's, and it crosses tables
        }
        double size = trm.getScalingFactorY();
        double width = displacement.getX() * trm.getScalingFactorX();
        double x = frame.x(trm.getTranslateX(), trm.getTranslateY());
        double baseline = frame.y(trm.getTranslateX(), trm.getTranslateY());
        if (!Double.isFinite(x + baseline + size + width)
                || x < -size || baseline < 0 || x > frame.width() || baseline > frame.height() + size) {
            return; // drawn off the page (or by a matrix that places it nowhere): nobody sees it
        }
        if (!glyphs.isEmpty() && overprinted(glyphs.get(glyphs.size() - 1), unicode, x, baseline, size)) {
            return;
        }
        if (--charsLeft[0] < 0) {
            throw new ReportReadException(ReportReadException.Detail.PDF_TOO_MANY_CHARACTERS,
                    List.of(Integer.toString(pageNumber)), SourcePosition.pageArea(pageNumber, 0, 0, 0, 0), null);
        }
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            invisible++;
        }
        glyphs.add(new Glyph(unicode, x, baseline, Math.max(width, 0), size * 0.8, size));
    }

    /** Whether the glyph is drawn at a slant (neither upright nor turned by a quarter): a watermark's, a stamp's. */
    private static boolean slanted(Matrix trm) {
        double a = Math.abs(trm.getValue(0, 0));
        double b = Math.abs(trm.getValue(0, 1));
        double small = 0.05 * Math.max(a, b);
        return a > small && b > small;
    }

    private static boolean overprinted(Glyph last, String unicode, double x, double baseline, double size) {
        return last.text().equals(unicode) && Math.abs(last.x() - x) < size * 0.2
                && Math.abs(last.baseline() - baseline) < size * 0.2;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
        path.add(new ArrayList<>(4));
    }

    @Override
    public void lineTo(float x, float y) {
        if (path.isEmpty()) {
            path.add(new ArrayList<>(4));
        }
        path.get(path.size() - 1).add(new double[] {frame.x(current.x, current.y), frame.y(current.x, current.y),
            frame.x(x, y), frame.y(x, y)});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3); // curves are no ruling lines
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (current.x != subpathStart.x || current.y != subpathStart.y) {
            lineTo(subpathStart.x, subpathStart.y);
        }
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (List<double[]> subpath : path) {
            for (double[] p : subpath) {
                stroked(p);
            }
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<double[]> subpath : path) {
            filled(subpath);
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    private void stroked(double[] p) {
        if (!Double.isFinite(p[0] + p[1] + p[2] + p[3])) {
            return;
        }
        if (Math.abs(p[1] - p[3]) < 0.5) {
            segments.add(new Segment(true, (p[1] + p[3]) / 2, Math.min(p[0], p[2]), Math.max(p[0], p[2])));
        } else if (Math.abs(p[0] - p[2]) < 0.5) {
            segments.add(new Segment(false, (p[0] + p[2]) / 2, Math.min(p[1], p[3]), Math.max(p[1], p[3])));
        }
    }

    /** A filled path that is a thin bar is a ruling line; anything wider is a fill (a cell's background). */
    private void filled(List<double[]> subpath) {
        if (subpath.isEmpty()) {
            return;
        }
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (double[] p : subpath) {
            left = Math.min(left, Math.min(p[0], p[2]));
            right = Math.max(right, Math.max(p[0], p[2]));
            top = Math.min(top, Math.min(p[1], p[3]));
            bottom = Math.max(bottom, Math.max(p[1], p[3]));
        }
        double w = right - left;
        double h = bottom - top;
        if (!Double.isFinite(w + h)) {
            return;
        }
        if (h <= THIN && w > h) {
            segments.add(new Segment(true, (top + bottom) / 2, left, right));
        } else if (w <= THIN && h > w) {
            segments.add(new Segment(false, (left + right) / 2, top, bottom));
        }
    }

    @Override
    public void clip(int windingRule) {
        // A clip changes no line that is drawn.
    }

    @Override
    public void drawImage(PDImage image) {
        images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // A shading is no ruling line.
    }
}
