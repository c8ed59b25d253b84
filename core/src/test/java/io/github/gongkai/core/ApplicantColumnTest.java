package io.github.gongkai.core;

import static io.github.gongkai.core.ApplicantColumn.COMMERCIAL_ENTERPRISE;
import static io.github.gongkai.core.ApplicantColumn.LEGAL_SERVICE_AGENCY;
import static io.github.gongkai.core.ApplicantColumn.NATURAL_PERSON;
import static io.github.gongkai.core.ApplicantColumn.OTHER_ORGANIZATION;
import static io.github.gongkai.core.ApplicantColumn.RESEARCH_INSTITUTION;
import static io.github.gongkai.core.ApplicantColumn.SOCIAL_WELFARE_ORGANIZATION;
import static io.github.gongkai.core.ApplicantColumn.TOTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicantColumnTest {

    @Test
    void keysAndLabelsInPrintedOrder() {
        List<String> actual = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            actual.add(column.key() + "=" + column.label());
        }
        assertEquals(List.of("naturalPerson=自然人", "commercialEnterprise=商业企业", "researchInstitution=科研机构",
                "socialWelfareOrganization=社会公益组织", "legalServiceAgency=法律服务机构", "otherOrganization=其他",
                "total=总计"), actual);
    }

    @Test
    void organisationHeading() {
        assertEquals("法人或其他组织", ApplicantColumn.ORGANIZATIONS_LABEL);
        assertEquals("申请人情况", ApplicantColumn.APPLICANTS_LABEL);
    }

    @Test
    void fiveOrganisationColumns() {
        List<ApplicantColumn> organisations = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            if (column.isOrganization()) {
                organisations.add(column);
            }
        }
        assertEquals(List.of(COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION, SOCIAL_WELFARE_ORGANIZATION,
                LEGAL_SERVICE_AGENCY, OTHER_ORGANIZATION), organisations);
    }

    @Test
    void componentsOfTheTotal() {
        assertEquals(List.of(NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION, SOCIAL_WELFARE_ORGANIZATION,
                LEGAL_SERVICE_AGENCY, OTHER_ORGANIZATION), ApplicantColumn.components());
        assertThrows(UnsupportedOperationException.class, () -> ApplicantColumn.components().add(TOTAL));
    }

    @ParameterizedTest
    @EnumSource(ApplicantColumn.class)
    void sameInBothEditions(ApplicantColumn column) {
        for (Edition edition : Edition.values()) {
            assertTrue(column.existsIn(edition));
            assertEquals(column.label(), column.label(edition));
        }
        assertSame(ReportTable.T3, column.table());
        assertEquals(ValueKind.COUNT, column.valueKind());
        assertEquals(AmountUnit.UNSTATED, column.headerUnit());
    }

    @ParameterizedTest
    @EnumSource(ApplicantColumn.class)
    void fromKeyAndFromLabelRoundTrip(ApplicantColumn column) {
        assertEquals(Optional.of(column), ApplicantColumn.fromKey(column.key()));
        assertEquals(Optional.of(column), ApplicantColumn.fromLabel(column.label()));
    }

    @Test
    void lookUpsFindNothingForOtherText() {
        assertEquals(Optional.empty(), ApplicantColumn.fromLabel("法人或其他组织"));
        assertEquals(Optional.empty(), ApplicantColumn.fromLabel("合计"));
        assertEquals(Optional.empty(), ApplicantColumn.fromKey("other"));
        assertEquals(Optional.empty(), ApplicantColumn.fromKey("Total"));
        assertThrows(NullPointerException.class, () -> ApplicantColumn.fromKey(null));
        assertThrows(NullPointerException.class, () -> ApplicantColumn.fromLabel(null));
        assertThrows(NullPointerException.class, () -> TOTAL.label(null));
    }
}
