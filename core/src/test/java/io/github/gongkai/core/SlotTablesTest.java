package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.core.internal.CoreAccess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link CoreAccess#report}: the same report, counts and exceptions as a builder given the same arrays table by
 * table with {@link CoreAccess#setAll}.
 */
class SlotTablesTest {

    private static final Narrative NARRATIVE = Narrative.of("本机关认真贯彻落实。", null, "无。");

    private static ReportHeader header(Edition edition) {
        return new ReportHeader("凉山州经济和信息化局", edition.firstReportYear(), edition,
                Optional.of(LocalDate.of(2022, 1, 14)), Optional.empty());
    }

    private static Report.Builder builder(Edition edition) {
        return Report.builder(edition).header(header(edition)).narrative(NARRATIVE);
    }

    private static CellValue[][] emptyArrays() {
        CellValue[][] values = new CellValue[ReportTable.values().length][];
        for (ReportTable table : ReportTable.values()) {
            values[table.ordinal()] = new CellValue[CoreAccess.slots(table)];
        }
        return values;
    }

    /** Every kind of value that fits the cell's column, converted or taken as it is, or none. */
    private static CellValue anyFitting(CellRef cell, SplittableRandom random) {
        long k = random.nextLong(2_000);
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> CellValue.blank();
            case 2 -> CellValue.notApplicable("/");
            case 3 -> CellValue.unread(random.nextBoolean() ? UnreadReason.AMBIGUOUS : UnreadReason.NOT_FOUND);
            default -> switch (cell.column().valueKind()) {
                case COUNT -> random.nextBoolean() ? CellValue.signedCount(k) : CellValue.count(k);
                case SIGNED_COUNT -> random.nextBoolean() ? CellValue.count(k) : CellValue.signedCount(-k);
                case AMOUNT -> CellValue.amount(BigDecimal.valueOf(k, 2),
                        AmountUnit.values()[random.nextInt(AmountUnit.values().length)]);
            };
        };
    }

    /** The report a builder makes of the arrays, set table by table; the arrays are left as they are. */
    private static Report viaBuilder(Edition edition, CellValue[][] values) {
        Report.Builder builder = builder(edition);
        for (ReportTable table : ReportTable.values()) {
            if (values[table.ordinal()] != null) {
                CoreAccess.setAll(builder, table, values[table.ordinal()]);
            }
        }
        return builder.build();
    }

    private static CellValue[][] copy(CellValue[][] values) {
        CellValue[][] copy = new CellValue[values.length][];
        for (int t = 0; t < values.length; t++) {
            copy[t] = values[t] == null ? null : values[t].clone();
        }
        return copy;
    }

    private static long[] counts(CellTable<?, ?> table) {
        long[] counts = new long[CoreAccess.slots(table.table())];
        CoreAccess.copyCounts(table, counts, 0);
        return counts;
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void buildsWhatTheBuilderBuildsWithTheSameCounts(Edition edition) {
        SplittableRandom random = new SplittableRandom(20211231 + edition.ordinal());
        for (int round = 0; round < 50; round++) {
            CellValue[][] values = emptyArrays();
            for (CellRef cell : CellRef.all(edition)) {
                values[cell.table().ordinal()][CoreAccess.slot(cell)] = anyFitting(cell, random);
            }
            if (round % 5 == 0) {
                values[ReportTable.T4.ordinal()] = null; // a table left blank
            }
            if (ReportFormat.of(edition).cells(ReportTable.S6).isEmpty()) {
                values[ReportTable.S6.ordinal()] = null; // as a reader hands a table the edition lacks
            }
            Report expected = viaBuilder(edition, values);
            Report report = CoreAccess.report(header(edition), NARRATIVE, copy(values));
            assertEquals(expected, report);
            assertEquals(expected.toString(), report.toString());
            for (ReportTable table : ReportTable.values()) {
                assertArrayEquals(counts(expected.table(table)), counts(report.table(table)), table.key());
                assertEquals(expected.table(table).cells(), report.table(table).cells(), table.key());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void nullEntriesAndNullArraysAreBlankCells(Edition edition) {
        Report report = CoreAccess.report(header(edition), NARRATIVE, new CellValue[ReportTable.values().length][]);
        assertEquals(builder(edition).build(), report);
        Report fromEmpty = CoreAccess.report(header(edition), NARRATIVE, emptyArrays());
        assertEquals(builder(edition).build(), fromEmpty);
        for (ReportTable table : ReportTable.values()) {
            long[] none = new long[CoreAccess.slots(table)];
            Arrays.fill(none, CoreAccess.NOT_A_COUNT);
            assertArrayEquals(none, counts(fromEmpty.table(table)));
        }
    }

    @Test
    void takesTheArraysAsTheTablesOwn() {
        CellValue[][] values = emptyArrays();
        CellRef cell = CellRef.parse("T3/newlyReceived/total");
        values[ReportTable.T3.ordinal()][CoreAccess.slot(cell)] = CellValue.signedCount(7);
        Report report = CoreAccess.report(header(Edition.V2021), NARRATIVE, values);
        // Fitted in place: the signed count in a count column is the count it holds, the rest blank.
        assertEquals(CellValue.count(7), values[ReportTable.T3.ordinal()][CoreAccess.slot(cell)]);
        assertEquals(CellValue.count(7), report.get(cell));
        assertEquals(CellValue.blank(), values[ReportTable.T3.ordinal()][0]);
        assertEquals(7, counts(report.applications())[CoreAccess.slot(cell)]);
    }

    @Test
    void rejectsWhatSetAllRejectsWithTheSameExceptionTheFirstInTableOrder() {
        CellRef lacking = CellRef.parse("S6/informationProcessingFees/noticesIssued");
        CellValue[][] values = emptyArrays();
        values[ReportTable.S6.ordinal()][CoreAccess.slot(lacking)] = CellValue.count(1);
        assertSameFailure(Edition.V2019, values, lacking);

        CellRef notFitting = CellRef.parse("T3/newlyReceived/total");
        CellRef negative = CellRef.parse("T2/licensing/decisions");
        CellRef later = CellRef.parse("T4/administrativeReview/total");
        values = emptyArrays();
        values[ReportTable.T3.ordinal()][CoreAccess.slot(notFitting)] = CellValue.amount(BigDecimal.ONE);
        values[ReportTable.T4.ordinal()][CoreAccess.slot(later)] = CellValue.amount(BigDecimal.ONE);
        assertSameFailure(Edition.V2021, values, notFitting);
        values[ReportTable.T2.ordinal()][CoreAccess.slot(negative)] = CellValue.signedCount(-1);
        assertSameFailure(Edition.V2021, values, negative);
    }

    private static void assertSameFailure(Edition edition, CellValue[][] values, CellRef cell) {
        InvalidCellException expected = assertThrows(InvalidCellException.class, () -> viaBuilder(edition, values));
        InvalidCellException actual = assertThrows(InvalidCellException.class,
                () -> CoreAccess.report(header(edition), NARRATIVE, copy(values)));
        assertEquals(cell, expected.cell());
        assertEquals(cell, actual.cell());
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void rejectsArraysOfTheWrongShape() {
        CellValue[][] shortTable = emptyArrays();
        shortTable[ReportTable.T3.ordinal()] = new CellValue[3];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoreAccess.report(header(Edition.V2021), NARRATIVE, shortTable));
        assertEquals("table T3 has " + CoreAccess.slots(ReportTable.T3) + " row and column positions, got 3 values",
                e.getMessage());
        IllegalArgumentException tables = assertThrows(IllegalArgumentException.class,
                () -> CoreAccess.report(header(Edition.V2021), NARRATIVE, new CellValue[3][]));
        assertEquals("expected 4 tables, got 3", tables.getMessage());
        assertThrows(NullPointerException.class, () -> CoreAccess.report(header(Edition.V2021), null, emptyArrays()));
    }
}
