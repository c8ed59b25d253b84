package io.github.gongkai.core;

import io.github.gongkai.core.internal.MessageText;
import java.util.Objects;

/**
 * The two editions of the national format of the annual report.
 *
 * <p>The edition decides which rows and columns the tables have: section 二 differs entirely, and in
 * section 三 the 2019 edition has a single row （六）其他处理 where the 2021 edition has three sub-rows.
 * Section 六's information-processing-fee figures exist only in the 2021 edition.
 *
 * <p>This is an immutable, thread-safe enum.
 */
public enum Edition {
    /** The 2019 trial edition (国办公开办函〔2019〕60号), used for report years 2019 and 2020. */
    V2019("2019", "国办公开办函〔2019〕60号（试行）", 2019),
    /** The 2021 edition (国办公开办函〔2021〕30号), used for report year 2021 and later. */
    V2021("2021", "国办公开办函〔2021〕30号", 2021);

    private final String key;
    private final String label;
    private final int firstReportYear;

    Edition(String key, String label, int firstReportYear) {
        this.key = key;
        this.label = label;
        this.firstReportYear = firstReportYear;
    }

    /**
     * Returns the stable key of this edition, {@code "2019"} or {@code "2021"}, as used in JSON.
     *
     * @return the key, never null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the official document that issued this edition, in Chinese.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the first report year this edition is meant for.
     *
     * @return 2019 or 2021
     */
    public int firstReportYear() {
        return firstReportYear;
    }

    /**
     * Returns the edition that the national rules prescribe for a report year: {@link #V2021} from 2021
     * on, {@link #V2019} before.
     *
     * @param reportYear the year the report covers
     * @return the prescribed edition, never null
     */
    public static Edition prescribedFor(int reportYear) {
        return reportYear >= V2021.firstReportYear ? V2021 : V2019;
    }

    /**
     * Obtains the edition from its key.
     *
     * @param key {@code "2019"} or {@code "2021"}
     * @return the edition, never null
     * @throws IllegalArgumentException if the key names no edition
     */
    public static Edition parse(String key) {
        Objects.requireNonNull(key, "key");
        for (Edition edition : values()) {
            if (edition.key.equals(key)) {
                return edition;
            }
        }
        throw new IllegalArgumentException("unknown edition '" + MessageText.printable(key)
                + "': expected \"2019\" or \"2021\"");
    }
}
