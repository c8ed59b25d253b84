package io.github.gongkai.reader.internal;

/**
 * Reader settings passed down from the public reader.
 *
 * @param maxCandidates how many candidate readings an ambiguity lists at most
 * @param maxSplitSteps the search budget for one glued run
 * @param keptPageChars pages of up to this many characters are lexed once and their tokens kept
 * @param cellsAsDrawn whether the page is a laid-out document, whose cells are never read as glued rows
 */
public record ReadSettings(int maxCandidates, int maxSplitSteps, int keptPageChars, boolean cellsAsDrawn) {

    /** Pages of up to this many characters are lexed once and their tokens kept; larger ones once per pass. */
    public static final int KEPT_PAGE_CHARS = 1 << 18;

    /**
     * Settings for a page of text or HTML.
     *
     * @param maxCandidates how many candidate readings an ambiguity lists at most
     * @param maxSplitSteps the search budget for one glued run
     * @param keptPageChars the longest page whose tokens are kept
     */
    public ReadSettings(int maxCandidates, int maxSplitSteps, int keptPageChars) {
        this(maxCandidates, maxSplitSteps, keptPageChars, false);
    }

    /**
     * The same settings for a laid-out document (PDF, Word), whose table cells hold what was drawn in them: a
     * number alone in its cell is that number, never a converter's glued row.
     *
     * @return the settings for a document
     */
    public ReadSettings forDocument() {
        return new ReadSettings(maxCandidates, maxSplitSteps, keptPageChars, true);
    }

    /**
     * Settings that keep the tokens of pages up to {@link #KEPT_PAGE_CHARS} characters.
     *
     * @param maxCandidates how many candidate readings an ambiguity lists at most
     * @param maxSplitSteps the search budget for one glued run
     */
    public ReadSettings(int maxCandidates, int maxSplitSteps) {
        this(maxCandidates, maxSplitSteps, KEPT_PAGE_CHARS);
    }
}
