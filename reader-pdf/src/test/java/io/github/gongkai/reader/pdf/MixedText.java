package io.github.gongkai.reader.pdf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws text mixing Chinese and Latin characters, as WPS does: each character in the CJK font if it has the
 * glyph, else in a Latin font (WPS prints digits in Times New Roman and Chinese in 宋体; Droid Sans Fallback has
 * no digits at all). Measures text and wraps it into lines the way a word processor breaks Chinese: anywhere
 * between two Chinese characters, never inside a number, never before closing punctuation.
 */
final class MixedText {

    /** DejaVu Sans, from {@code fonts-dejavu-core}; Helvetica (not embedded) when absent. */
    static final String LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static final String NO_LINE_START = "，。、；：）》”’！？";

    private final PDFont cjk;
    private final PDFont latin;
    private final Map<Character, Boolean> inCjk = new HashMap<>();

    /** One run of characters drawn in one font. */
    record Run(PDFont font, String text) {
    }

    private MixedText(PDFont cjk, PDFont latin) {
        this.cjk = cjk;
        this.latin = latin;
    }

    /**
     * Loads the fonts into a document: the CJK font of {@link CjkFont} and a Latin one.
     *
     * @param document the document
     * @return the text drawer, never null
     */
    static MixedText load(PDDocument document) {
        PDFont latin;
        try {
            File dejaVu = new File(LATIN_FONT);
            latin = dejaVu.canRead() ? PDType0Font.load(document, dejaVu)
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MixedText(CjkFont.load(document), latin);
    }

    /** The CJK font. */
    PDFont cjk() {
        return cjk;
    }

    /** Splits text into runs of one font each. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            PDFont font = hasGlyph(c) ? cjk : latin;
            if (font != current && run.length() > 0) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            run.append(c);
        }
        if (run.length() > 0) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    /**
     * Returns the width of text at a size, in points.
     *
     * @param text the text
     * @param size the font size
     * @return the width
     */
    float width(String text, float size) {
        float width = 0;
        try {
            for (Run run : runs(text)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /**
     * Shows text with its left end at a point, in PDF coordinates (y up), as real text operators.
     *
     * @param stream the page's content stream
     * @param text the text
     * @param x the left end
     * @param baseline the baseline, from the page's bottom
     * @param size the font size
     */
    void show(PDPageContentStream stream, String text, float x, float baseline, float size) throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x, baseline);
        float previous = 0;
        for (Run run : runs(text)) {
            stream.newLineAtOffset(previous, 0);
            stream.setFont(run.font(), size);
            stream.showText(run.text());
            previous = run.font().getStringWidth(run.text()) / 1000 * size;
        }
        stream.endText();
    }

    /**
     * Breaks text into lines no wider than a width (a line of one unbreakable piece may be wider): between any
     * two Chinese characters, not inside a run of Latin letters and digits, not before closing punctuation.
     *
     * @param text the text, without line breaks
     * @param width the widest line
     * @param size the font size
     * @return the lines, at least one
     */
    List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(text)) {
            if (line.length() > 0 && width(line + piece, size) > width
                    && NO_LINE_START.indexOf(piece.charAt(0)) < 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(piece);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The unbreakable pieces: a run of ASCII letters, digits and number punctuation, or one other character. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i + 1;
            if (latinWord(text.charAt(i))) {
                while (end < text.length() && latinWord(text.charAt(end))) {
                    end++;
                }
            }
            pieces.add(text.substring(i, end));
            i = end;
        }
        return pieces;
    }

    private static boolean latinWord(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || ".,+-/%".indexOf(c) >= 0);
    }

    private boolean hasGlyph(char c) {
        return inCjk.computeIfAbsent(c, ch -> {
            try {
                cjk.encode(String.valueOf(ch));
                return !(ch < 0x80 && Character.isLetterOrDigit(ch));
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
