package io.github.gongkai.reader.pdf;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a page of a PDF to a PNG file, for a person to look at the test PDFs. Through reflection: the test
 * classes are compiled into the module {@code io.github.gongkai.reader.pdf}, which does not read
 * {@code java.desktop} (where {@code BufferedImage} and {@code ImageIO} live) and should not have to for a test;
 * the tests run on the class path, where it is readable.
 */
final class PngPages {

    private PngPages() {
    }

    /**
     * Writes one page as a PNG.
     *
     * @param pdf the document
     * @param page the page, from 1
     * @param dpi the resolution
     * @param png the file to write
     * @throws IOException if rendering or writing fails
     */
    static void write(PDDocument pdf, int page, float dpi, Path png) throws IOException {
        try {
            Method render = PDFRenderer.class.getMethod("renderImageWithDPI", int.class, float.class);
            Object image = render.invoke(new PDFRenderer(pdf), page - 1, dpi);
            Class<?> renderedImage = Class.forName("java.awt.image.RenderedImage");
            Method write = Class.forName("javax.imageio.ImageIO").getMethod("write", renderedImage, String.class,
                    File.class);
            if (!(Boolean) write.invoke(null, image, "png", png.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot render to PNG: " + e, e);
        }
    }
}
