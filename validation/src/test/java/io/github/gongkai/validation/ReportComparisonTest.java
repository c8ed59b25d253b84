package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ReportComparison}: what is compared between two reports, and what cannot be and why. */
class ReportComparisonTest {

    private static ReportComparison.CellDelta compared(ReportComparison c, String cell) {
        return c.compared().stream().filter(d -> d.cell().equals(CellRef.parse(cell))).findFirst().orElseThrow();
    }

    private static ReportComparison.NotCompared notCompared(ReportComparison c, String cell) {
        return c.notCompared().stream().filter(d -> d.cell().equals(CellRef.parse(cell))).findFirst().orElseThrow();
    }

    @Test
    void pingtanTwentyNineteenAgainstTwentyTwentyTwo() {
        ReportComparison c = ReportComparison.of(TestReports.pingtan2019(), TestReports.pingtan2022());
        assertEquals(Set.of(ReportComparison.Limit.NOT_CONSECUTIVE_YEARS, ReportComparison.Limit.DIFFERENT_EDITIONS),
                c.limits());
        assertFalse(c.isConsecutive());
        assertEquals(2019, c.previous().reportYear());
        assertEquals(2022, c.current().reportYear());
        ReportComparison.CellDelta received = compared(c, "T3/newlyReceived/total");
        assertEquals(CellValue.count(23), received.previous());
        assertEquals(CellValue.count(74), received.current());
        assertEquals(new BigDecimal("51"), received.delta());
        assertEquals(Optional.of(new BigDecimal("3.2174")), received.ratio());
        ReportComparison.CellDelta licensing = compared(c, "T2/licensing/decisions");
        assertEquals(new BigDecimal("10509"), licensing.delta());
        assertEquals(ReportComparison.Reason.ONLY_IN_PREVIOUS_EDITION, notCompared(c, "T2/rules/newlyMade").reason());
        assertEquals(Optional.empty(), notCompared(c, "T2/rules/newlyMade").current());
        assertEquals(ReportComparison.Reason.ONLY_IN_CURRENT_EDITION, notCompared(c, "T2/rules/inForce").reason());
        assertEquals(ReportComparison.Reason.ONLY_IN_PREVIOUS_EDITION, notCompared(c, "T3/otherDisposal/total")
                .reason(), "the 2019 edition's one （六）其他处理 row");
        assertEquals(ReportComparison.Reason.ONLY_IN_CURRENT_EDITION,
                notCompared(c, "T3/otherDisposal.feeUnpaid/total").reason());
        assertEquals(ReportComparison.Reason.ONLY_IN_CURRENT_EDITION,
                notCompared(c, "S6/informationProcessingFees/amountCollected").reason());
        int all2019 = CellRef.all(Edition.V2019).size();
        int all2021 = CellRef.all(Edition.V2021).size();
        long common = CellRef.all(Edition.V2021).stream().filter(r -> r.existsIn(Edition.V2019)).count();
        assertEquals(all2019 + all2021 - common, c.compared().size() + c.notCompared().size(),
                "every cell of either edition, once");
        assertFalse(c.tablesIdentical(), "two editions");
        assertEquals(Optional.empty(), c.narrativeSimilarity(), "no narrative");
    }

    @Test
    void blanksUnreadCellsAndUnitsAreNotComparedAndZeroHasNoRatio() {
        Report previous = TestReports.consistent(Edition.V2021);
        Report current = previous.toBuilder().reportYear(2022)
                .set(CellRef.parse("T3/disclosed/naturalPerson"), CellValue.blank())
                .set(CellRef.parse("T3/disclosed/commercialEnterprise"), CellValue.unread(UnreadReason.NOT_FOUND))
                .set(CellRef.parse("T3/disclosed/researchInstitution"), CellValue.notApplicable("/"))
                .build();
        previous = previous.with(CellRef.parse("T4/administrativeReview/upheld"), CellValue.count(0));
        ReportComparison c = ReportComparison.of(previous, current);
        assertEquals(Set.of(), c.limits());
        assertTrue(c.isConsecutive());
        assertEquals(ReportComparison.Reason.NO_NUMBER, notCompared(c, "T3/disclosed/naturalPerson").reason());
        assertEquals(ReportComparison.Reason.NOT_READ, notCompared(c, "T3/disclosed/commercialEnterprise").reason());
        assertEquals(ReportComparison.Reason.NO_NUMBER, notCompared(c, "T3/disclosed/researchInstitution").reason());
        // 采购总金额 (2019) has no printed unit: an amount without one cannot meet one in 元.
        CellRef procurement = CellRef.parse("T2/centralizedProcurement/totalAmount");
        Report unstated = TestReports.consistent(Edition.V2019).with(procurement, CellValue.amount("150.00"));
        Report inYuan = unstated.toBuilder().reportYear(2020).set(procurement,
                CellValue.amount(new BigDecimal("150"), AmountUnit.YUAN)).build();
        assertEquals(ReportComparison.Reason.UNITS, notCompared(ReportComparison.of(unstated, inYuan),
                procurement.toString()).reason());
        Report unstatedAgain = unstated.toBuilder().reportYear(2020).set(procurement, CellValue.amount("300")).build();
        assertEquals(Optional.of(new BigDecimal("2.0000")), compared(ReportComparison.of(unstated, unstatedAgain),
                procurement.toString()).ratio());
        ReportComparison.CellDelta zero = compared(c, "T4/administrativeReview/upheld");
        assertEquals(new BigDecimal("4"), zero.delta());
        assertEquals(Optional.empty(), zero.ratio(), "last year 0: no ratio");
        ReportComparison.CellDelta same = compared(c, "T2/administrativeFees/amount");
        assertEquals(0, same.delta().signum());
        assertEquals(Optional.of(new BigDecimal("1.0000")), same.ratio());
        assertThrows(NullPointerException.class, () -> ReportComparison.of(null, current));
    }

    @Test
    void amountsInTenThousandYuanAreComparedInYuan() {
        Report previous = TestReports.consistent(Edition.V2021).with(CellRef.parse("S6/informationProcessingFees/"
                + "amountCollected"), CellValue.amount(new BigDecimal("1.5"), AmountUnit.TEN_THOUSAND_YUAN));
        Report current = previous.toBuilder().reportYear(2022).set(CellRef.parse(
                "S6/informationProcessingFees/amountCollected"), CellValue.amount(new BigDecimal("30000"),
                        AmountUnit.YUAN)).build();
        ReportComparison.CellDelta d = compared(ReportComparison.of(previous, current),
                "S6/informationProcessingFees/amountCollected");
        assertEquals(0, new BigDecimal("15000").compareTo(d.delta()));
        assertEquals(Optional.of(new BigDecimal("2.0000")), d.ratio());
    }

    @Test
    void narrativeSimilarityIsTheDiceCoefficientOfCharacterBigrams() {
        String text = "本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，"
                + "持续做好政府信息主动公开和依申请公开工作，加强平台建设和监督保障。";
        Report a = TestReports.consistent(Edition.V2021).toBuilder().narrative(Narrative.of(text, null, null))
                .build();
        Report same = a.toBuilder().reportYear(2022).narrative(Narrative.of(" " + text.replace("，", "， \n"),
                null, null)).build();
        assertEquals(Optional.of(new BigDecimal("1.0000")), ReportComparison.of(a, same).narrativeSimilarity(),
                "white space does not count");
        assertTrue(ReportComparison.of(a, same).tablesIdentical());
        // Every bigram once, then a text with half its characters: a known coefficient.
        String unique = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川河海风雨雷电春夏秋冬东南西北上下左右"
                + "一二三四五六七八九十";
        Report u = a.toBuilder().narrative(Narrative.of(unique, null, null)).build();
        Report half = a.toBuilder().reportYear(2022).narrative(Narrative.of(unique.substring(0, 50), null, null)).build();
        // unique: 70 characters, 69 bigrams + the 3 section breaks' 2: ...; computed as the class documents.
        BigDecimal s = ReportComparison.of(u, half).narrativeSimilarity().orElseThrow();
        int n = unique.length();
        // bigrams of "unique\n\n\n": n+2; of "first 50\n\n\n": 52; common: 49 within the text + "\n\n" twice = 51.
        assertEquals(BigDecimal.valueOf(2 * 51).divide(BigDecimal.valueOf(n + 2 + 52), 4, java.math.RoundingMode.DOWN),
                s);
        Report shortText = a.toBuilder().reportYear(2022).narrative(Narrative.of("无。", null, null)).build();
        assertEquals(Optional.empty(), ReportComparison.of(a, shortText).narrativeSimilarity());
    }

    @Test
    void recordsRefuseNulls() {
        CellRef ref = CellRef.parse("T3/newlyReceived/total");
        CellValue one = CellValue.count(1);
        assertThrows(NullPointerException.class, () -> new ReportComparison.CellDelta(null, one, one, BigDecimal.ONE,
                Optional.empty()));
        assertThrows(NullPointerException.class, () -> new ReportComparison.CellDelta(ref, one, one, null,
                Optional.empty()));
        assertThrows(NullPointerException.class, () -> new ReportComparison.NotCompared(ref, Optional.empty(),
                Optional.empty(), null));
    }
}
