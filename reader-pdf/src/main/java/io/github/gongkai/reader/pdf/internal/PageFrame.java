package io.github.gongkai.reader.pdf.internal;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page as it is shown: from PDF user space (origin bottom left, y up, the crop box, the page's rotation) to
 * the shown page's coordinates (origin top left, y down). A landscape table is often a portrait page turned by
 * {@code /Rotate 90}: its text is upright only once turned, so lines and columns are found on the shown page.
 */
final class PageFrame {

    private final int rotation;
    private final double llx;
    private final double lly;
    private final double urx;
    private final double ury;

    PageFrame(PDPage page) {
        PDRectangle crop = page.getCropBox();
        this.rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
        this.llx = crop.getLowerLeftX();
        this.lly = crop.getLowerLeftY();
        this.urx = crop.getUpperRightX();
        this.ury = crop.getUpperRightY();
    }

    /** The shown x of a point in user space. */
    double x(double x, double y) {
        return switch (rotation) {
            case 90 -> y - lly;
            case 180 -> urx - x;
            case 270 -> ury - y;
            default -> x - llx;
        };
    }

    /** The shown y (downwards) of a point in user space. */
    double y(double x, double y) {
        return switch (rotation) {
            case 90 -> x - llx;
            case 180 -> y - lly;
            case 270 -> urx - x;
            default -> ury - y;
        };
    }

    /** The shown page's width. */
    double width() {
        return rotation == 90 || rotation == 270 ? ury - lly : urx - llx;
    }

    /** The shown page's height. */
    double height() {
        return rotation == 90 || rotation == 270 ? urx - llx : ury - lly;
    }
}
