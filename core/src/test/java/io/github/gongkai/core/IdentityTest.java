package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdentityTest {

    private static Identity rowTotal(String row) {
        return ReportFormat.of(Edition.V2021).identities().stream()
                .filter(i -> i.rule().equals("T3.ROW_TOTAL") && i.subject().equals(row)).findFirst().orElseThrow();
    }

    @Test
    void formulasInKeysAndInChinese() {
        Identity identity = rowTotal("withheld.stateSecret");
        assertEquals("T3/withheld.stateSecret/total = T3/withheld.stateSecret/naturalPerson + "
                + "T3/withheld.stateSecret/commercialEnterprise + T3/withheld.stateSecret/researchInstitution + "
                + "T3/withheld.stateSecret/socialWelfareOrganization + T3/withheld.stateSecret/legalServiceAgency + "
                + "T3/withheld.stateSecret/otherOrganization", identity.formula());
        assertEquals("（三）不予公开 1.属于国家秘密：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
                identity.formula(Locale.SIMPLIFIED_CHINESE));
        assertEquals("T3 withheld.stateSecret: total = naturalPerson + commercialEnterprise + researchInstitution + "
                + "socialWelfareOrganization + legalServiceAgency + otherOrganization", identity.formula(Locale.ENGLISH));
        Identity balance = ReportFormat.of(Edition.V2021).identities().get(0);
        assertEquals("T3 naturalPerson: outcomeTotal + carriedForward = newlyReceived + carriedOver",
                balance.formula(Locale.ENGLISH));
    }

    @Test
    void sidesAndInvolvement() {
        Identity identity = rowTotal("newlyReceived");
        assertEquals(1, identity.actual().size());
        assertEquals(Identity.Role.TOTAL, identity.actual().get(0).role());
        assertEquals(6, identity.expected().size());
        assertTrue(identity.involves(CellRef.parse("T3/newlyReceived/naturalPerson")));
        assertFalse(identity.involves(CellRef.parse("T3/carriedOver/naturalPerson")));
    }

    @Test
    void rejectsOneSidedIdentitiesAndOtherCoefficients() {
        CellRef cell = CellRef.parse("T3/newlyReceived/total");
        assertThrows(IllegalArgumentException.class, () -> new Identity.Term(cell, 2, Identity.Role.TOTAL));
        assertThrows(IllegalArgumentException.class, () -> new Identity("X", Edition.V2021, "s", "s",
                List.of(new Identity.Term(cell, 1, Identity.Role.TOTAL))));
    }

    @Test
    void rejectsACellTheEditionDoesNotHave() {
        // Section 六's fee figures exist in the 2021 edition only: an identity of 2019 cannot name them.
        CellRef noticed = CellRef.parse("S6/informationProcessingFees/amountNoticed");
        CellRef collected = CellRef.parse("S6/informationProcessingFees/amountCollected");
        List<Identity.Term> fees = List.of(new Identity.Term(noticed, 1, Identity.Role.TOTAL),
                new Identity.Term(collected, -1, Identity.Role.COMPONENT));
        assertEquals(2, new Identity("X", Edition.V2021, "s", "s", fees).terms().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Identity("X", Edition.V2019, "s", "s", fees));
        assertEquals("identity X on s: cell S6/informationProcessingFees/amountNoticed does not exist in the 2019 "
                + "edition", e.getMessage());
    }
}
