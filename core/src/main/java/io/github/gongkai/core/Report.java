package io.github.gongkai.core;

import io.github.gongkai.core.internal.CoreAccess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One 政府信息公开工作年度报告: its header, its four tables of cells and its narrative, as published.
 *
 * <p>The numbers are kept exactly as printed, blank cells included; a report whose totals do not add up is
 * a valid {@code Report} (checking the identities is the job of the validation module). Build one with
 * {@link #builder(Edition)}:
 *
 * <pre>{@code
 * Report report = Report.builder(Edition.V2021)
 *         .organName("凉山州经济和信息化局")
 *         .reportYear(2021)
 *         .set(ActiveDisclosureRow.LICENSING, ActiveDisclosureColumn.DECISIONS, 64)
 *         .set(CellRef.parse("T3/newlyReceived/naturalPerson"), CellValue.count(3))
 *         .build();
 * long received = report.applications().countOrZero(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param header who published the report, for which year, in which edition
 * @param activeDisclosure section 二 (T2), 主动公开政府信息情况
 * @param applications section 三 (T3), 收到和处理政府信息公开申请情况
 * @param reviewLitigation section 四 (T4), 政府信息公开行政复议、行政诉讼情况
 * @param fees section 六's information processing fee figures (S6); without rows in a 2019 report
 * @param narrative the narrative sections
 */
public record Report(
        ReportHeader header,
        CellTable<ActiveDisclosureRow, ActiveDisclosureColumn> activeDisclosure,
        CellTable<ApplicationRow, ApplicantColumn> applications,
        CellTable<ReviewLitigationRow, ReviewLitigationColumn> reviewLitigation,
        CellTable<FeeRow, FeeColumn> fees,
        Narrative narrative) {

    static {
        // Gives gongkai's own modules their fast paths, without making them public API.
        CoreAccess.install(new CoreHooks());
    }

    /**
     * Checks that every part is present and in the header's edition.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a table is of another edition or in the wrong place
     */
    public Report {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(narrative, "narrative");
        check(activeDisclosure, ReportTable.T2, header.edition(), "activeDisclosure");
        check(applications, ReportTable.T3, header.edition(), "applications");
        check(reviewLitigation, ReportTable.T4, header.edition(), "reviewLitigation");
        check(fees, ReportTable.S6, header.edition(), "fees");
    }

    private static void check(CellTable<?, ?> table, ReportTable expected, Edition edition, String name) {
        Objects.requireNonNull(table, name);
        if (table.table() != expected) {
            throw new IllegalArgumentException(name + " must be table " + expected.key() + ", was "
                    + table.table().key());
        }
        if (table.edition() != edition) {
            throw new IllegalArgumentException(name + " is in the " + table.edition().key()
                    + " edition but the header says " + edition.key());
        }
    }

    /**
     * Starts building a report in the given edition.
     *
     * @param edition the edition whose layout the tables follow
     * @return a new builder, never null
     */
    public static Builder builder(Edition edition) {
        return new Builder(edition);
    }

    /**
     * Returns a builder holding everything in this report, to derive a changed copy.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the edition of the format, from the header.
     *
     * @return the edition, never null
     */
    public Edition edition() {
        return header.edition();
    }

    /**
     * Returns the table with the given id.
     *
     * @param table the table
     * @return the table's cells, never null
     */
    public CellTable<?, ?> table(ReportTable table) {
        return switch (table) {
            case T2 -> activeDisclosure;
            case T3 -> applications;
            case T4 -> reviewLitigation;
            case S6 -> fees;
        };
    }

    /**
     * Returns the value of any cell of the report.
     *
     * @param ref the cell
     * @return the value as printed, never null
     * @throws InvalidCellException if the report's edition has no such cell
     */
    public CellValue get(CellRef ref) {
        Objects.requireNonNull(ref, "ref");
        return switch (ref.table()) {
            case T2 -> activeDisclosure.get((ActiveDisclosureRow) ref.row(), (ActiveDisclosureColumn) ref.column());
            case T3 -> applications.get((ApplicationRow) ref.row(), (ApplicantColumn) ref.column());
            case T4 -> reviewLitigation.get((ReviewLitigationRow) ref.row(), (ReviewLitigationColumn) ref.column());
            case S6 -> fees.get((FeeRow) ref.row(), (FeeColumn) ref.column());
        };
    }

    /**
     * Returns every cell of the report in canonical order ({@link CellRef#all(Edition)}).
     *
     * @return an unmodifiable list, never null
     */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(CellRef.all(edition()).size());
        for (ReportTable t : ReportTable.values()) {
            cells.addAll(table(t).cells());
        }
        return Collections.unmodifiableList(cells);
    }

    /**
     * Returns a copy of this report with one cell changed.
     *
     * @param ref the cell
     * @param value its new value
     * @return a report, never null
     * @throws InvalidCellException if the cell does not exist in this edition or the value does not fit it
     */
    public Report with(CellRef ref, CellValue value) {
        return toBuilder().set(ref, value).build();
    }

    /**
     * Builds a {@link Report} cell by cell, as a reader of a published page does. A cell never set is
     * {@linkplain CellValue.Blank blank}. Setting a cell the edition does not have, or a value of the wrong
     * kind, fails at once with an {@link InvalidCellException} naming the cell.
     *
     * <p>Builders are mutable and not thread-safe.
     */
    public static final class Builder {
        private final Edition edition;
        private String organName;
        private Integer reportYear;
        private LocalDate publicationDate;
        private String source;
        private Narrative narrative = Narrative.NONE;
        private CellValue[] t2;
        private CellValue[] t3;
        private CellValue[] t4;
        private CellValue[] s6;
        /**
         * Whether the value arrays are those of the last report built, which owns them now: the next change
         * copies them first.
         */
        private boolean shared;

        private Builder(Edition edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
            this.t2 = CellTable.blankValues(ReportTable.T2, edition);
            this.t3 = CellTable.blankValues(ReportTable.T3, edition);
            this.t4 = CellTable.blankValues(ReportTable.T4, edition);
            this.s6 = CellTable.blankValues(ReportTable.S6, edition);
        }

        private Builder(Report report) {
            this.edition = report.edition();
            header(report.header);
            this.narrative = report.narrative;
            this.t2 = report.activeDisclosure.copyOfValues();
            this.t3 = report.applications.copyOfValues();
            this.t4 = report.reviewLitigation.copyOfValues();
            this.s6 = report.fees.copyOfValues();
        }

        /**
         * Returns the edition this builder builds.
         *
         * @return the edition, never null
         */
        public Edition edition() {
            return edition;
        }

        /**
         * Sets the whole header. Its edition must be the builder's.
         *
         * @param header the header
         * @return this builder
         * @throws IllegalArgumentException if the header is of another edition
         */
        public Builder header(ReportHeader header) {
            Objects.requireNonNull(header, "header");
            if (header.edition() != edition) {
                throw new IllegalArgumentException("header is in the " + header.edition().key()
                        + " edition but this builder builds the " + edition.key() + " edition");
            }
            this.organName = header.organName();
            this.reportYear = header.reportYear();
            this.publicationDate = header.publicationDate().orElse(null);
            this.source = header.source().orElse(null);
            return this;
        }

        /**
         * Sets the organ that published the report. It is checked by {@link #build()}, as
         * {@link ReportHeader} checks it: not blank, one line of well-formed Unicode.
         *
         * @param organName the organ, as printed in the title
         * @return this builder
         */
        public Builder organName(String organName) {
            this.organName = organName;
            return this;
        }

        /**
         * Sets the year the report covers.
         *
         * @param reportYear the year
         * @return this builder
         */
        public Builder reportYear(int reportYear) {
            this.reportYear = reportYear;
            return this;
        }

        /**
         * Sets the publication date.
         *
         * @param publicationDate the date, or null for unknown
         * @return this builder
         */
        public Builder publicationDate(LocalDate publicationDate) {
            this.publicationDate = publicationDate;
            return this;
        }

        /**
         * Sets where the report was found. It is checked by {@link #build()}, as {@link ReportHeader} checks it.
         *
         * @param source a web address or file name, or null for unknown
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets the narrative sections.
         *
         * @param narrative the narrative
         * @return this builder
         */
        public Builder narrative(Narrative narrative) {
            this.narrative = Objects.requireNonNull(narrative, "narrative");
            return this;
        }

        /**
         * Sets one cell.
         *
         * <p>A {@link CellValue.Count} is accepted in a signed-count column, and a non-negative
         * {@link CellValue.SignedCount} in a count column. An amount with {@link AmountUnit#UNSTATED} takes
         * the unit the column header fixes, if any; an amount whose printed unit differs from the header's
         * is kept as printed.
         *
         * @param ref the cell
         * @param value the value as printed
         * @return this builder
         * @throws InvalidCellException if the edition has no such cell or the value does not fit the column
         */
        public Builder set(CellRef ref, CellValue value) {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(value, "value");
            ReportTable t = CellRef.tableOf(ref.row());
            CellValue[] table = writable(t);
            int column = ((Enum<?>) ref.column()).ordinal();
            int index = ((Enum<?>) ref.row()).ordinal() * WIDTHS[t.ordinal()] + column;
            if (table[index] == null) {
                // The layout holds a value (at least blank) exactly where the edition has a cell.
                throw new InvalidCellException(ref, edition, "no such cell in the " + edition.key() + " edition");
            }
            table[index] = fit(edition, ref, KINDS[t.ordinal()][column], value);
            return this;
        }

        /** Sets a table's cells from an array laid out by slot; see {@link CoreAccess#setAll}. */
        Builder setAll(ReportTable table, CellValue[] values) {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(values, "values");
            CellValue[] target = writable(table);
            if (values.length != target.length) {
                throw new IllegalArgumentException("table " + table.key() + " has " + target.length
                        + " row and column positions, got " + values.length + " values");
            }
            ValueKind[] kinds = KINDS[table.ordinal()];
            int width = WIDTHS[table.ordinal()];
            for (int i = 0, column = 0; i < values.length; i++, column = column + 1 == width ? 0 : column + 1) {
                CellValue value = values[i];
                if (value == null) {
                    continue;
                }
                if (target[i] == null) {
                    throw new InvalidCellException(ref(table, i), edition,
                            "no such cell in the " + edition.key() + " edition");
                }
                // A value that fit() would return unchanged is taken as it is, without naming its cell.
                target[i] = fitsAsIs(value, kinds[column]) ? value
                        : fit(edition, ref(table, i), kinds[column], value);
            }
            return this;
        }

        /** Tells whether {@link #fit} returns the value itself whatever the cell: then it need not be called. */
        static boolean fitsAsIs(CellValue value, ValueKind kind) {
            if (value instanceof CellValue.Count) {
                return kind == ValueKind.COUNT;
            }
            if (value instanceof CellValue.SignedCount) {
                return kind == ValueKind.SIGNED_COUNT;
            }
            if (value instanceof CellValue.Amount amount) {
                return kind == ValueKind.AMOUNT && amount.unit() != AmountUnit.UNSTATED;
            }
            return true; // blank or not applicable
        }

        private static CellRef ref(ReportTable table, int index) {
            return CoreAccess.cellAt(table, index);
        }

        /**
         * Sets one cell where a row and a column meet.
         *
         * @param row the row
         * @param column the column of the same table
         * @param value the value as printed
         * @return this builder
         * @throws IllegalArgumentException if the row and column are of different tables
         * @throws InvalidCellException if the edition has no such cell or the value does not fit the column
         */
        public Builder set(TableRow row, TableColumn column, CellValue value) {
            return set(CellRef.of(row, column), value);
        }

        /**
         * Sets one cell to a whole number: a count, a signed count, or an amount with no decimals,
         * according to the column.
         *
         * @param row the row
         * @param column the column of the same table
         * @param value the number as printed
         * @return this builder
         * @throws InvalidCellException if the edition has no such cell, or the number is negative in a
         *     column that does not allow it
         */
        public Builder set(TableRow row, TableColumn column, long value) {
            CellRef ref = CellRef.of(row, column);
            return set(ref, switch (column.valueKind()) {
                case COUNT -> {
                    if (value < 0) {
                        throw new InvalidCellException(ref, edition, "a count must not be negative, was " + value);
                    }
                    yield CellValue.count(value);
                }
                case SIGNED_COUNT -> CellValue.signedCount(value);
                case AMOUNT -> {
                    if (value < 0) {
                        throw new InvalidCellException(ref, edition, "an amount must not be negative, was " + value);
                    }
                    yield CellValue.amount(BigDecimal.valueOf(value));
                }
            });
        }

        /**
         * Sets an amount cell; the scale is kept as given.
         *
         * @param row the row
         * @param column an amount column of the same table
         * @param amount the amount as printed
         * @return this builder
         * @throws InvalidCellException if the edition has no such cell, the column holds no amounts, or
         *     the amount is negative or out of range
         */
        public Builder set(TableRow row, TableColumn column, BigDecimal amount) {
            CellRef ref = CellRef.of(row, column);
            Objects.requireNonNull(amount, "amount");
            CellValue.Amount value;
            try {
                value = CellValue.amount(amount);
            } catch (IllegalArgumentException e) {
                throw new InvalidCellException(ref, edition, e.getMessage());
            }
            return set(ref, value);
        }

        /**
         * Sets every cell of a row at once, in the order of {@link TableRow#columns(Edition)}. Handy for
         * writing a table by hand; see {@link #set(TableRow, TableColumn, long)} for how each number is read.
         *
         * @param row the row
         * @param values one number per column of the row in this edition
         * @return this builder
         * @throws IllegalArgumentException if the number of values differs from the row's columns
         * @throws InvalidCellException if the row does not exist in this edition or a value does not fit
         */
        public Builder setRow(TableRow row, long... values) {
            Objects.requireNonNull(row, "row");
            List<? extends TableColumn> columns = row.columns(edition);
            if (columns.isEmpty()) {
                Edition having = Keys.preferring(edition, e -> !row.columns(e).isEmpty());
                throw new InvalidCellException(CellRef.of(row, row.columns(having).get(0)), edition,
                        "row does not exist in the " + edition.key() + " edition");
            }
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("row " + row.table().key() + "/" + row.key() + "（"
                        + row.qualifiedLabel(edition) + "）has " + columns.size() + " columns in the "
                        + edition.key() + " edition, got " + values.length + " values");
            }
            for (int i = 0; i < values.length; i++) {
                set(row, columns.get(i), values[i]);
            }
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report, never null
         * @throws IllegalStateException if the organ name or report year was not set
         * @throws IllegalArgumentException if the header is invalid: a blank organ name, a year out of range, or
         *     a header text that is not one line of well-formed Unicode (see {@link ReportHeader})
         */
        public Report build() {
            if (organName == null) {
                throw new IllegalStateException("header: organName was not set");
            }
            if (reportYear == null) {
                throw new IllegalStateException("header: reportYear was not set");
            }
            ReportHeader header = new ReportHeader(organName, reportYear, edition,
                    Optional.ofNullable(publicationDate), Optional.ofNullable(source));
            // The tables take the arrays as they are; a later change to this builder copies them first.
            shared = true;
            return new Report(header,
                    new CellTable<>(ReportTable.T2, edition, T2_ROWS, T2_COLUMNS, t2),
                    new CellTable<>(ReportTable.T3, edition, T3_ROWS, T3_COLUMNS, t3),
                    new CellTable<>(ReportTable.T4, edition, T4_ROWS, T4_COLUMNS, t4),
                    new CellTable<>(ReportTable.S6, edition, S6_ROWS, S6_COLUMNS, s6),
                    narrative);
        }

        /** The rows and columns of each table, of all editions (copies of the enums' values, never changed). */
        private static final ActiveDisclosureRow[] T2_ROWS = ActiveDisclosureRow.values();
        private static final ActiveDisclosureColumn[] T2_COLUMNS = ActiveDisclosureColumn.values();
        private static final ApplicationRow[] T3_ROWS = ApplicationRow.values();
        private static final ApplicantColumn[] T3_COLUMNS = ApplicantColumn.values();
        private static final ReviewLitigationRow[] T4_ROWS = ReviewLitigationRow.values();
        private static final ReviewLitigationColumn[] T4_COLUMNS = ReviewLitigationColumn.values();
        private static final FeeRow[] S6_ROWS = FeeRow.values();
        private static final FeeColumn[] S6_COLUMNS = FeeColumn.values();

        /** The number of columns of each table, of all editions, by table ordinal. */
        private static final int[] WIDTHS = widths();

        /** The value kind of each column, by table ordinal and column ordinal. */
        private static final ValueKind[][] KINDS = kinds();

        private static ValueKind[][] kinds() {
            ValueKind[][] kinds = new ValueKind[ReportTable.values().length][];
            for (ReportTable table : ReportTable.values()) {
                kinds[table.ordinal()] = table.columns().stream().map(TableColumn::valueKind)
                        .toArray(ValueKind[]::new);
            }
            return kinds;
        }

        private static int[] widths() {
            int[] widths = new int[ReportTable.values().length];
            for (ReportTable table : ReportTable.values()) {
                widths[table.ordinal()] = CoreAccess.width(table);
            }
            return widths;
        }

        /** Returns the value array of a table, to change: copied first if a report built owns it. */
        private CellValue[] writable(ReportTable table) {
            if (shared) {
                t2 = t2.clone();
                t3 = t3.clone();
                t4 = t4.clone();
                s6 = s6.clone();
                shared = false;
            }
            return switch (table) {
                case T2 -> t2;
                case T3 -> t3;
                case T4 -> t4;
                case S6 -> s6;
            };
        }

        static CellValue fit(Edition edition, CellRef ref, ValueKind kind, CellValue value) {
            if (!value.isNumber()) {
                return value;
            }
            switch (kind) {
                case COUNT:
                    if (value instanceof CellValue.Count) {
                        return value;
                    }
                    if (value instanceof CellValue.SignedCount signed) {
                        if (signed.value() < 0) {
                            throw new InvalidCellException(ref, edition,
                                    "a count must not be negative, was " + signed.value());
                        }
                        return CellValue.count(signed.value());
                    }
                    break;
                case SIGNED_COUNT:
                    if (value instanceof CellValue.SignedCount) {
                        return value;
                    }
                    if (value instanceof CellValue.Count count) {
                        return CellValue.signedCount(count.value());
                    }
                    break;
                case AMOUNT:
                    if (value instanceof CellValue.Amount amount) {
                        AmountUnit headerUnit = ref.column().headerUnit();
                        return amount.unit() == AmountUnit.UNSTATED ? amount.withUnit(headerUnit) : amount;
                    }
                    break;
                default:
                    throw new AssertionError(kind);
            }
            throw new InvalidCellException(ref, edition, "expected " + describe(kind) + ", got "
                    + value.getClass().getSimpleName() + " " + value);
        }

        private static String describe(ValueKind kind) {
            return switch (kind) {
                case COUNT -> "a count";
                case SIGNED_COUNT -> "a signed count";
                case AMOUNT -> "an amount";
            };
        }
    }
}
