package io.github.gongkai.reader.pdf;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link PdfReports} lays out a report's tables: how cell borders are drawn, and which of the quirks of
 * real WPS and Word exports the tables have. The named constants are the layouts the round-trip test reads;
 * {@link #CORPUS_LIKE} combines the quirks as {@code 202_hongze_district_2024.pdf} has them.
 *
 * @param name the name in test names and failure messages
 * @param borders how cell borders are drawn
 * @param features the quirks
 */
record Layout(String name, Borders borders, Set<Feature> features) {

    /** How the tables' cell borders are drawn. */
    enum Borders {
        /** Every border a stroked line ({@code m l S}), as most PDF writers do. */
        RULED,
        /** Every border a thin filled rectangle (0.5 pt), as WPS exports do. */
        WPS_RECTANGLES,
        /** No borders: columns are known only by the position of the text. */
        UNRULED
    }

    /** A quirk of real exported tables. */
    enum Feature {
        /** Table 三 breaks across a page, the page footer ({@code -3-}) between its two parts. */
        BROKEN_ACROSS_PAGES,
        /** With {@link #BROKEN_ACROSS_PAGES}: the header rows are repeated at the top of the next page. */
        REPEATED_HEADER,
        /** 三、本年度办理结果 printed vertically, one character a line, in its merged cell. */
        VERTICAL_GROUP_LABEL,
        /** Long row labels wrapped onto 2–3 lines in a narrower label column, the numbers vertically centred. */
        WRAPPED_LABELS,
        /** Header words split by a space or a line break: {@code 总 计}, {@code 尚未审} / {@code 结}. */
        SPLIT_HEADER_WORDS
    }

    static final Layout RULED = of("RULED", Borders.RULED);
    static final Layout WPS_RECTANGLES = of("WPS_RECTANGLES", Borders.WPS_RECTANGLES);
    static final Layout UNRULED = of("UNRULED", Borders.UNRULED);
    static final Layout BROKEN_ACROSS_PAGES = of("BROKEN_ACROSS_PAGES", Borders.WPS_RECTANGLES,
            Feature.BROKEN_ACROSS_PAGES);
    static final Layout BROKEN_REPEATED_HEADER = of("BROKEN_REPEATED_HEADER", Borders.WPS_RECTANGLES,
            Feature.BROKEN_ACROSS_PAGES, Feature.REPEATED_HEADER);
    static final Layout VERTICAL_GROUP_LABEL = of("VERTICAL_GROUP_LABEL", Borders.RULED,
            Feature.VERTICAL_GROUP_LABEL);
    static final Layout WRAPPED_LABELS = of("WRAPPED_LABELS", Borders.RULED, Feature.WRAPPED_LABELS);
    static final Layout SPLIT_HEADER_WORDS = of("SPLIT_HEADER_WORDS", Borders.RULED, Feature.SPLIT_HEADER_WORDS);
    static final Layout CORPUS_LIKE = of("CORPUS_LIKE", Borders.WPS_RECTANGLES, Feature.BROKEN_ACROSS_PAGES,
            Feature.VERTICAL_GROUP_LABEL, Feature.WRAPPED_LABELS, Feature.SPLIT_HEADER_WORDS);

    /** Copies the features. */
    Layout {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(borders, "borders");
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }

    /**
     * Returns every named layout, in the order the tests run them.
     *
     * @return the layouts
     */
    static List<Layout> all() {
        return List.of(RULED, WPS_RECTANGLES, UNRULED, BROKEN_ACROSS_PAGES, BROKEN_REPEATED_HEADER,
                VERTICAL_GROUP_LABEL, WRAPPED_LABELS, SPLIT_HEADER_WORDS, CORPUS_LIKE);
    }

    /**
     * Tells whether the layout has a quirk.
     *
     * @param feature the quirk
     * @return true if it has it
     */
    boolean has(Feature feature) {
        return features.contains(feature);
    }

    private static Layout of(String name, Borders borders, Feature... features) {
        return new Layout(name, borders, Set.of(features));
    }

    @Override
    public String toString() {
        return name;
    }
}
