package io.github.gongkai.reader.pdf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Finds the TrueType CJK font the test PDFs are drawn with, and embeds it (as a subset) in a document. Real
 * reports embed 宋体 or 仿宋; the tests need any font with the Chinese glyphs of the format's labels, so that
 * the text layer holds real Chinese text.
 *
 * <p>Looked up in order: the system property or environment variable {@value #PROPERTY}; Debian's
 * {@code fonts-droid-fallback} (the one CI installs); {@code fonts-wqy-microhei}; {@code fonts-noto-cjk}. When
 * none is there the test fails, never skips: a PDF reader untested for want of a font would pass unnoticed.
 */
final class CjkFont {

    /** System property or environment variable naming a TrueType font file to use instead. */
    static final String PROPERTY = "GONGKAI_CJK_FONT";

    /** Debian's {@code fonts-droid-fallback}; it has no Latin digits (see {@link MixedText}). */
    static final String DROID_FALLBACK = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    private static final List<String> OTHERS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttf",
            "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/noto-cjk/NotoSansCJKsc-Regular.ttf");

    private CjkFont() {
    }

    /**
     * Returns the font file to use.
     *
     * @return an existing, readable font file
     * @throws AssertionError if no CJK font is found, saying how to install one
     */
    static File file() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getProperty(PROPERTY, System.getenv(PROPERTY));
        if (configured != null && !configured.isBlank()) {
            File f = new File(configured);
            if (!f.canRead()) {
                throw new AssertionError(PROPERTY + " names " + configured + ", which cannot be read");
            }
            return f;
        }
        candidates.add(DROID_FALLBACK);
        candidates.addAll(OTHERS);
        for (String path : candidates) {
            File f = new File(path);
            if (f.canRead()) {
                return f;
            }
        }
        throw new AssertionError("no TrueType CJK font found to draw the test PDFs (looked at " + candidates
                + "): run `apt-get install fonts-droid-fallback`, or set " + PROPERTY
                + " (system property or environment variable) to a .ttf file with Chinese glyphs");
    }

    /**
     * Loads the font into a document, to be embedded as a subset of the glyphs drawn.
     *
     * @param document the document
     * @return the font, never null
     */
    static PDType0Font load(PDDocument document) {
        File file = file();
        try {
            if (!file.getName().endsWith(".ttc")) {
                return PDType0Font.load(document, file);
            }
            // A collection (wqy-microhei, noto-cjk): its first font. The collection stays open with the document.
            TrueTypeFont[] first = new TrueTypeFont[1];
            TrueTypeCollection collection = new TrueTypeCollection(file);
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return PDType0Font.load(document, first[0], true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the CJK font " + file, e);
        }
    }
}
