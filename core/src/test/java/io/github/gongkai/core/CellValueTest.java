package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellValueTest {

    @Nested
    class Counts {

        @Test
        void factoryKeepsTheValue() {
            assertEquals(0L, CellValue.count(0).value());
            assertEquals(64L, CellValue.count(64).value());
            assertEquals(Long.MAX_VALUE, CellValue.count(Long.MAX_VALUE).value());
        }

        @ParameterizedTest
        @ValueSource(longs = {-1, -64, Long.MIN_VALUE})
        void negativeCountsAreRejected(long value) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellValue.count(value));
            assertTrue(e.getMessage().contains(Long.toString(value)), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> new CellValue.Count(value));
            assertThrows(IllegalArgumentException.class, () -> CellValue.Count.of(value));
        }

        @Test
        void smallCountsAreCached() {
            assertSame(CellValue.count(0), CellValue.count(0));
            assertSame(CellValue.count(1023), CellValue.Count.of(1023));
        }

        @Test
        void valueEqualityWhetherCachedOrNot() {
            assertEquals(new CellValue.Count(5), CellValue.count(5));
            assertEquals(new CellValue.Count(5).hashCode(), CellValue.count(5).hashCode());
            assertEquals(CellValue.count(1024), CellValue.count(1024));
            assertEquals(new CellValue.Count(100_000), CellValue.count(100_000));
            assertNotEquals(CellValue.count(5), CellValue.count(6));
        }

        @Test
        void printsAsTheNumber() {
            assertEquals("0", CellValue.count(0).toString());
            assertEquals("1234", CellValue.count(1234).toString());
            assertTrue(CellValue.count(0).isNumber());
        }
    }

    @Nested
    class SignedCounts {

        @Test
        void keepNegativeAndPositiveValues() {
            assertEquals(-3L, CellValue.signedCount(-3).value());
            assertEquals(5L, CellValue.signedCount(5).value());
            assertEquals(Long.MIN_VALUE, CellValue.signedCount(Long.MIN_VALUE).value());
        }

        @Test
        void printWithTheSignAsTheReportDoes() {
            assertEquals("+5", CellValue.signedCount(5).toString());
            assertEquals("-3", CellValue.signedCount(-3).toString());
            assertEquals("0", CellValue.signedCount(0).toString());
        }

        @Test
        void areNotCounts() {
            assertNotEquals(CellValue.count(5), CellValue.signedCount(5));
            assertEquals(CellValue.signedCount(-2), new CellValue.SignedCount(-2));
            assertTrue(CellValue.signedCount(-2).isNumber());
        }
    }

    @Nested
    class Amounts {

        @Test
        void scaleIsKeptAsPrinted() {
            CellValue.Amount zero = CellValue.amount(new BigDecimal("0"));
            CellValue.Amount zeroCents = CellValue.amount(new BigDecimal("0.00"));
            assertEquals(0, zero.value().scale());
            assertEquals(2, zeroCents.value().scale());
            assertNotEquals(zero, zeroCents, "0 and 0.00 are printed differently");
            assertEquals("0", zero.toString());
            assertEquals("0.00", zeroCents.toString());
        }

        @Test
        void valueEqualityAndHashCode() {
            CellValue.Amount a = CellValue.amount(new BigDecimal("12.5"), AmountUnit.TEN_THOUSAND_YUAN);
            CellValue.Amount b = new CellValue.Amount(new BigDecimal("12.5"), AmountUnit.TEN_THOUSAND_YUAN);
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
            assertNotEquals(a, CellValue.amount(new BigDecimal("12.50"), AmountUnit.TEN_THOUSAND_YUAN));
            assertNotEquals(a, CellValue.amount(new BigDecimal("12.5"), AmountUnit.YUAN));
            assertNotEquals(a, CellValue.amount(new BigDecimal("12.5")));
        }

        @Test
        void unitDefaultsToUnstated() {
            assertEquals(AmountUnit.UNSTATED, CellValue.amount(BigDecimal.ONE).unit());
            assertEquals(AmountUnit.UNSTATED, CellValue.amount("1").unit());
            assertEquals(AmountUnit.YUAN, CellValue.amount(BigDecimal.ONE, AmountUnit.YUAN).unit());
        }

        @Test
        void printsPlainWithTheUnitSymbol() {
            assertEquals("12.5万元", CellValue.amount(new BigDecimal("12.5"), AmountUnit.TEN_THOUSAND_YUAN).toString());
            assertEquals("75394432.52元",
                    CellValue.amount(new BigDecimal("75394432.52"), AmountUnit.YUAN).toString());
            assertEquals("0.000001", CellValue.amount(new BigDecimal("1E-6")).toString());
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "-0.01", "-12.5"})
        void negativeAmountsAreRejected(String value) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CellValue.amount(new BigDecimal(value)));
            assertTrue(e.getMessage().contains("negative"), e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> new CellValue.Amount(new BigDecimal(value), AmountUnit.YUAN));
        }

        @Test
        void negativeZeroIsZero() {
            // BigDecimal has no negative zero: "-0" is 0, and is accepted.
            assertEquals(CellValue.amount(BigDecimal.ZERO), CellValue.amount(new BigDecimal("-0")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1E+3", "1E+1", "0E+2", "12E+5"})
        void negativeScaleIsRejected(String value) {
            BigDecimal amount = new BigDecimal(value);
            assertTrue(amount.scale() < 0, "precondition: " + value + " has a negative scale");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellValue.amount(amount));
            assertTrue(e.getMessage().contains("scale " + amount.scale()), e.getMessage());
        }

        @Test
        void atMostEighteenDecimals() {
            BigDecimal eighteen = new BigDecimal("0.000000000000000001");
            assertEquals(18, eighteen.scale());
            assertEquals(eighteen, CellValue.amount(eighteen).value());
            BigDecimal nineteen = new BigDecimal("0.0000000000000000001");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CellValue.amount(nineteen));
            assertTrue(e.getMessage().contains("scale 19"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> CellValue.amount(new BigDecimal("0E-19")));
        }

        @Test
        void atMostTwentyFourIntegerDigits() {
            String digits24 = "9".repeat(24);
            assertEquals(new BigDecimal(digits24 + ".99"), CellValue.amount(new BigDecimal(digits24 + ".99")).value());
            assertThrows(IllegalArgumentException.class, () -> CellValue.amount(new BigDecimal("1" + "0".repeat(24))));
            assertThrows(IllegalArgumentException.class, () -> CellValue.amount("1" + "0".repeat(24) + ".5"));
        }

        @Test
        void nullsAreRejected() {
            assertThrows(NullPointerException.class, () -> CellValue.amount((BigDecimal) null));
            assertThrows(NullPointerException.class, () -> CellValue.amount((String) null));
            assertThrows(NullPointerException.class, () -> CellValue.amount(BigDecimal.ONE, null));
        }

        @Test
        void parsesPlainDecimalsKeepingTheScale() {
            assertEquals(new BigDecimal("0.00"), CellValue.amount("0.00").value());
            assertEquals(new BigDecimal("12.5"), CellValue.amount("12.5").value());
            assertEquals(new BigDecimal("348.37"), CellValue.amount("348.37").value());
            assertEquals(new BigDecimal("0"), CellValue.amount("0").value());
            assertEquals(new BigDecimal("007"), CellValue.amount("007").value());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "1E3", "1e3", "-1", "+1", "1,234", " 1", "1 ", ".5", "5.", "1.2.3",
            "１２", "12元", "0x10", "NaN", "12.5万元"})
        void rejectsAnythingButPlainDecimals(String text) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellValue.amount(text));
            assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        }

        @Test
        void withUnitKeepsTheValue() {
            CellValue.Amount amount = CellValue.amount("0.50");
            CellValue.Amount inYuan = amount.withUnit(AmountUnit.YUAN);
            assertEquals(AmountUnit.YUAN, inYuan.unit());
            assertEquals(new BigDecimal("0.50"), inYuan.value());
            assertEquals(AmountUnit.UNSTATED, amount.unit(), "the original is unchanged");
            assertSame(inYuan, inYuan.withUnit(AmountUnit.YUAN));
            assertTrue(amount.isNumber());
        }
    }

    @Nested
    class Blanks {

        @Test
        void blankIsOneValueAndNotANumber() {
            assertSame(CellValue.blank(), CellValue.blank());
            assertEquals(new CellValue.Blank(), CellValue.blank());
            assertFalse(CellValue.blank().isNumber());
            assertEquals("", CellValue.blank().toString());
        }

        @Test
        void blankIsNotZero() {
            assertNotEquals(CellValue.count(0), CellValue.blank());
            assertNotEquals(CellValue.blank(), CellValue.count(0));
            assertNotEquals(CellValue.amount("0"), CellValue.blank());
        }
    }

    @Nested
    class NotApplicables {

        @ParameterizedTest
        @ValueSource(strings = {"/", "-", "—", "无", "——", "／", "不适用", "x"})
        void printedMarksAreKept(String mark) {
            CellValue.NotApplicable value = CellValue.notApplicable(mark);
            assertEquals(mark, value.placeholder());
            assertEquals(mark, value.toString());
            assertFalse(value.isNumber());
        }

        @Test
        void sixteenCharactersAtMost() {
            assertEquals(16, CellValue.notApplicable("/".repeat(16)).placeholder().length());
            assertThrows(IllegalArgumentException.class, () -> CellValue.notApplicable("/".repeat(17)));
            // Counted in code points, as the JSON Schema's maxLength counts: 16 astral characters, 32 UTF-16 units.
            assertEquals(32, CellValue.notApplicable("😀".repeat(16)).placeholder().length());
            assertThrows(IllegalArgumentException.class, () -> CellValue.notApplicable("😀".repeat(17)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\u3000", "\t"})
        void blankMarksAreRejected(String mark) {
            assertThrows(IllegalArgumentException.class, () -> CellValue.notApplicable(mark));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0件", "无1", "１", "/0", "五0"})
        void marksWithDigitsAreRejected(String mark) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CellValue.notApplicable(mark));
            assertTrue(e.getMessage().contains("digit"), e.getMessage());
        }

        @Test
        void marksWithControlCharactersAreRejected() {
            assertThrows(IllegalArgumentException.class, () -> CellValue.notApplicable("/\n"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CellValue.notApplicable("\u0000/"));
            assertEquals("a not-applicable mark must hold no control character, found U+0000 at index 0",
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> CellValue.notApplicable("/\u0085"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\uD800", "/\uDC00", "\uD800/", "\uDBFF\uDBFF"})
        void marksWithAnUnpairedSurrogateAreRejected(String mark) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CellValue.notApplicable(mark));
            assertTrue(e.getMessage().startsWith("a not-applicable mark must be well-formed Unicode, found the unpaired"
                    + " surrogate U+D"), e.getMessage());
        }

        @Test
        void anAstralMarkIsKept() {
            assertEquals("𠀀", CellValue.notApplicable("𠀀").placeholder());
        }

        @Test
        void nullIsRejected() {
            assertThrows(NullPointerException.class, () -> CellValue.notApplicable(null));
        }

        @Test
        void equality() {
            assertEquals(CellValue.notApplicable("/"), new CellValue.NotApplicable("/"));
            assertNotEquals(CellValue.notApplicable("/"), CellValue.notApplicable("—"));
            assertNotEquals(CellValue.notApplicable("/"), CellValue.blank());
        }
    }

    @Test
    void sixKindsOfValue() {
        assertEquals(6, CellValue.class.getPermittedSubclasses().length);
        assertTrue(CellValue.class.isSealed());
    }

    @Nested
    class Unreads {

        @Test
        void anUnreadCellIsNotANumberNorABlank() {
            CellValue unread = CellValue.unread(UnreadReason.NOT_FOUND);
            assertFalse(unread.isNumber());
            assertTrue(unread.isUnread());
            assertNotEquals(CellValue.blank(), unread);
            assertFalse(CellValue.blank().isUnread());
            assertFalse(CellValue.count(0).isUnread());
        }

        @Test
        void equalityIsByReasonAndRun() {
            PrintedRun run = PrintedRun.of("8100008", 1, 7);
            assertEquals(CellValue.unread(UnreadReason.AMBIGUOUS, run), CellValue.unread(UnreadReason.AMBIGUOUS, run));
            assertNotEquals(CellValue.unread(UnreadReason.AMBIGUOUS, run),
                    CellValue.unread(UnreadReason.INCONSISTENT, run));
            assertNotEquals(CellValue.unread(UnreadReason.AMBIGUOUS, run), CellValue.unread(UnreadReason.AMBIGUOUS));
        }

        @Test
        void toStringNamesReasonAndPiece() {
            assertEquals("?notFound", CellValue.unread(UnreadReason.NOT_FOUND).toString());
            assertEquals("?inconsistent[8100008 2/7]",
                    CellValue.unread(UnreadReason.INCONSISTENT, PrintedRun.of("8100008", 1, 7)).toString());
        }

        @Test
        void aMergedCellCarriesTheTotalPrintedForItAndOthers() {
            PrintedTotal total = PrintedTotal.of(5, List.of(
                    CellRef.of(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE, ApplicantColumn.TOTAL),
                    CellRef.of(ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, ApplicantColumn.TOTAL),
                    CellRef.of(ApplicationRow.OTHER_DISPOSAL_OTHER, ApplicantColumn.TOTAL)));
            CellValue.Unread merged = CellValue.merged(total);
            assertEquals(UnreadReason.MERGED, merged.reason());
            assertEquals(Optional.of(total), merged.total());
            assertEquals(Optional.empty(), merged.run());
            assertFalse(merged.isNumber());
            assertEquals("?merged[=5 of 3]", merged.toString());
            assertEquals(Optional.empty(), CellValue.unread(UnreadReason.DAMAGED).total());
        }

        @Test
        void theReasonMergedGoesWithATotalAndOnlyWithIt() {
            PrintedTotal total = PrintedTotal.of(5, List.of(
                    CellRef.of(ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID, ApplicantColumn.TOTAL),
                    CellRef.of(ApplicationRow.OTHER_DISPOSAL_OTHER, ApplicantColumn.TOTAL)));
            assertThrows(IllegalArgumentException.class, () -> CellValue.unread(UnreadReason.MERGED));
            assertThrows(IllegalArgumentException.class,
                    () -> CellValue.unread(UnreadReason.MERGED, PrintedRun.of("12", 0, 2)));
            assertThrows(IllegalArgumentException.class,
                    () -> new CellValue.Unread(UnreadReason.AMBIGUOUS, Optional.empty(), Optional.of(total)));
            assertThrows(IllegalArgumentException.class, () -> new CellValue.Unread(UnreadReason.MERGED,
                    Optional.of(PrintedRun.of("12", 0, 2)), Optional.of(total)));
            assertThrows(NullPointerException.class,
                    () -> new CellValue.Unread(UnreadReason.MERGED, Optional.empty(), null));
        }

        @Test
        void nullsAreRefused() {
            assertThrows(NullPointerException.class, () -> CellValue.unread((UnreadReason) null));
            assertThrows(NullPointerException.class, () -> CellValue.merged(null));
            assertThrows(NullPointerException.class, () -> new CellValue.Unread(UnreadReason.DAMAGED, null));
        }
    }
}
