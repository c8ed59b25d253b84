package io.github.gongkai.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who published the report, for which year, in which edition of the format, and where it was found.
 * An immutable, thread-safe value.
 *
 * <p>The organ's name and the source are single lines of well-formed Unicode: no unpaired surrogate and no
 * control character (C0 U+0000 to U+001F, DEL U+007F, C1 U+0080 to U+009F), so that every writer can write
 * them. Astral characters (𠀀), U+FEFF, U+FFFD and U+2028 are ordinary characters and are kept.
 *
 * @param organName the administrative organ, as printed in the title, such as {@code 凉山州经济和信息化局}
 * @param reportYear the calendar year the report covers, 2008 (the Regulations' first year) to 9999
 * @param edition the edition of the format the tables follow
 * @param publicationDate the date the report was published, if known
 * @param source where the report was found (a web address, a file name), if known
 */
public record ReportHeader(String organName, int reportYear, Edition edition, Optional<LocalDate> publicationDate,
        Optional<String> source) {

    /** The first report year: the Regulations took effect on 2008-05-01. */
    public static final int FIRST_REPORT_YEAR = 2008;
    /** The last report year this model accepts. */
    public static final int LAST_REPORT_YEAR = 9999;

    /**
     * Checks the header.
     *
     * @throws IllegalArgumentException if the organ name is blank, the source is present and blank, either
     *     holds an unpaired surrogate or a control character (the message names the field and the character's
     *     index, and writes the character as {@code U+0000}), or the year is out of range
     * @throws NullPointerException if any component is null
     */
    public ReportHeader {
        Objects.requireNonNull(organName, "organName");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(source, "source");
        if (organName.isBlank()) {
            throw new IllegalArgumentException("header: organName must not be blank");
        }
        Texts.singleLine(organName, "header: organName");
        if (reportYear < FIRST_REPORT_YEAR || reportYear > LAST_REPORT_YEAR) {
            throw new IllegalArgumentException("header: reportYear must be between " + FIRST_REPORT_YEAR + " and "
                    + LAST_REPORT_YEAR + ", was " + reportYear);
        }
        if (source.isPresent() && source.get().isBlank()) {
            throw new IllegalArgumentException("header: source, when present, must not be blank");
        }
        if (source.isPresent()) {
            Texts.singleLine(source.get(), "header: source");
        }
    }

    /**
     * Obtains a header with no publication date and no source.
     *
     * @param organName the administrative organ
     * @param reportYear the year the report covers
     * @param edition the edition of the format
     * @return the header, never null
     */
    public static ReportHeader of(String organName, int reportYear, Edition edition) {
        return new ReportHeader(organName, reportYear, edition, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with the given publication date.
     *
     * @param date the date, or null for none
     * @return a header, never null
     */
    public ReportHeader withPublicationDate(LocalDate date) {
        return new ReportHeader(organName, reportYear, edition, Optional.ofNullable(date), source);
    }

    /**
     * Returns a copy with the given source.
     *
     * @param newSource where the report was found, or null for none
     * @return a header, never null
     */
    public ReportHeader withSource(String newSource) {
        return new ReportHeader(organName, reportYear, edition, publicationDate, Optional.ofNullable(newSource));
    }
}
