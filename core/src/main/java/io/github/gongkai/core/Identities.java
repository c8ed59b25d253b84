package io.github.gongkai.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The identities I-1 to I-4 of the spec, written once from the tables' rows and columns: which rows are
 * outcomes, which columns are components, which rows an edition has — all data of the enums.
 */
final class Identities {

    private Identities() {
    }

    static List<Identity> of(Edition edition) {
        List<Identity> identities = new ArrayList<>();
        // I-1: 办理结果总计 + 结转下年度 = 本年新收 + 上年结转, per applicant column.
        for (ApplicantColumn c : ApplicantColumn.values()) {
            identities.add(column("T3.BALANCE", edition, c.key(), c.label(), c,
                    List.of(ApplicationRow.OUTCOME_TOTAL, ApplicationRow.CARRIED_FORWARD), Identity.Role.OUTFLOW,
                    List.of(ApplicationRow.NEWLY_RECEIVED, ApplicationRow.CARRIED_OVER), Identity.Role.INFLOW));
        }
        // I-2: 总计 = the six applicant columns, per row of table 三.
        for (ApplicationRow r : ApplicationRow.rows(edition)) {
            identities.add(row("T3.ROW_TOTAL", edition, r.key(), r.qualifiedLabel(), r, ApplicantColumn.TOTAL,
                    ApplicantColumn.components()));
        }
        // I-3: 办理结果总计 = every outcome row, per applicant column.
        for (ApplicantColumn c : ApplicantColumn.values()) {
            identities.add(column("T3.OUTCOME_TOTAL", edition, c.key(), c.label(), c,
                    List.of(ApplicationRow.OUTCOME_TOTAL), Identity.Role.TOTAL, ApplicationRow.outcomes(edition),
                    Identity.Role.COMPONENT));
        }
        // I-4: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group of table 四.
        for (ReviewLitigationRow g : ReviewLitigationRow.values()) {
            identities.add(row("T4.GROUP_TOTAL", edition, g.key(), g.qualifiedLabel(), g, ReviewLitigationColumn.TOTAL,
                    ReviewLitigationColumn.components()));
        }
        return identities;
    }

    /** One column: rows on the actual side, rows on the expected side. */
    private static Identity column(String rule, Edition edition, String subject, String label, TableColumn column,
            List<? extends TableRow> actual, Identity.Role actualRole, List<? extends TableRow> expected,
            Identity.Role expectedRole) {
        List<Identity.Term> terms = new ArrayList<>();
        for (TableRow r : actual) {
            terms.add(new Identity.Term(new CellRef(r, column), 1, actualRole));
        }
        for (TableRow r : expected) {
            terms.add(new Identity.Term(new CellRef(r, column), -1, expectedRole));
        }
        return new Identity(rule, edition, subject, label, terms);
    }

    /** One row: its total = its components. */
    private static Identity row(String rule, Edition edition, String subject, String label, TableRow row,
            TableColumn total, List<? extends TableColumn> components) {
        List<Identity.Term> terms = new ArrayList<>();
        terms.add(new Identity.Term(new CellRef(row, total), 1, Identity.Role.TOTAL));
        for (TableColumn c : components) {
            terms.add(new Identity.Term(new CellRef(row, c), -1, Identity.Role.COMPONENT));
        }
        return new Identity(rule, edition, subject, label, terms);
    }
}
