package io.github.gongkai.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of section 三 (table {@link ReportTable#T3}): who applied. The same seven in both editions,
 * in printed order; the five organisation columns are printed under 法人或其他组织.
 */
public enum ApplicantColumn implements TableColumn {
    /** 自然人. */
    NATURAL_PERSON("naturalPerson", "自然人"),
    /** 法人或其他组织 / 商业企业. */
    COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
    /** 法人或其他组织 / 科研机构. */
    RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
    /** 法人或其他组织 / 社会公益组织. */
    SOCIAL_WELFARE_ORGANIZATION("socialWelfareOrganization", "社会公益组织"),
    /** 法人或其他组织 / 法律服务机构. */
    LEGAL_SERVICE_AGENCY("legalServiceAgency", "法律服务机构"),
    /** 法人或其他组织 / 其他. */
    OTHER_ORGANIZATION("otherOrganization", "其他"),
    /** 总计: the sum of the six columns before it. */
    TOTAL("total", "总计");

    /** The heading printed above the five organisation columns. */
    public static final String ORGANIZATIONS_LABEL = "法人或其他组织";

    /** The heading printed above all seven columns. */
    public static final String APPLICANTS_LABEL = "申请人情况";

    static final List<ApplicantColumn> ALL = List.of(values());
    private static final List<ApplicantColumn> COMPONENTS = List.of(NATURAL_PERSON, COMMERCIAL_ENTERPRISE,
            RESEARCH_INSTITUTION, SOCIAL_WELFARE_ORGANIZATION, LEGAL_SERVICE_AGENCY, OTHER_ORGANIZATION);

    private final String key;
    private final String label;

    ApplicantColumn(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public ReportTable table() {
        return ReportTable.T3;
    }

    @Override
    public String key() {
        return key;
    }

    /**
     * Returns the official Chinese label, the same in both editions.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    @Override
    public String label(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return label;
    }

    @Override
    public boolean existsIn(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return true;
    }

    @Override
    public ValueKind valueKind() {
        return ValueKind.COUNT;
    }

    /**
     * Tells whether this is one of the five columns printed under 法人或其他组织.
     *
     * @return true for the organisation columns
     */
    public boolean isOrganization() {
        return this != NATURAL_PERSON && this != TOTAL;
    }

    /**
     * Returns the six columns that {@link #TOTAL} sums, in printed order.
     *
     * @return an unmodifiable list, never null
     */
    public static List<ApplicantColumn> components() {
        return COMPONENTS;
    }

    /**
     * Finds a column by its key.
     *
     * @param key the key, such as {@code "naturalPerson"}
     * @return the column, or empty if no column has that key
     */
    public static Optional<ApplicantColumn> fromKey(String key) {
        return Keys.find(values(), key, ApplicantColumn::key);
    }

    /**
     * Finds the column whose official label is exactly {@code label}.
     *
     * @param label a label as printed, such as {@code "自然人"}
     * @return the column, or empty if none has that label
     */
    public static Optional<ApplicantColumn> fromLabel(String label) {
        return Keys.findColumnLabel(values(), label, Edition.V2021);
    }
}
