package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.reader.ReadResult;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.ReportValidator;
import io.github.gongkai.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict, page to finding, on the reader's fixtures of issue 14 (their cells are checked one by one by the
 * reader's {@code FixturesTest}): a cell not read never makes a correct page wrong, a glued run that no reading
 * can make consistent makes it wrong, and the finding says which. Each fixture lists every finding (a rule that
 * passes gives none): rule, status, subject and, when not assessable, the reason; for a failure, how many
 * readings it shows.
 */
class FixtureVerdictsTest {

    private static final Path FIXTURES = Path.of("../reader/src/test/resources/fixtures");

    static Stream<Arguments> fixtures() {
        return Stream.of(
                // Glued rows, one decided by the table's columns: every cell read, every identity holds.
                Arguments.of("glued_2021.txt", true, List.of()),
                Arguments.of("one_cell_rows_2021.md", true, List.of()),
                // Two rows the table cannot tell apart: unread, so their identities are not assessable, never failed.
                Arguments.of("glued_undecided_2021.txt", true, List.of(
                        "T3.ROW_TOTAL.1 NOT_ASSESSABLE disclosed NOT_READ",
                        "T3.ROW_TOTAL.1 NOT_ASSESSABLE withheld.stateSecret NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE naturalPerson NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE commercialEnterprise NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE researchInstitution NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE socialWelfareOrganization NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE legalServiceAgency NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE otherOrganization NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE total NOT_READ")),
                // A true error (部分公开 6 where the column needs 5) and table 四 printed 100000000000000: no reading
                // of the glued digits satisfies those identities, so they fail, with the readings tried.
                Arguments.of("glued_errors_2021.txt", false, List.of(
                        "T3.ROW_TOTAL.1 NOT_ASSESSABLE disclosed NOT_READ",
                        "T3.OUTCOME_TOTAL.1 FAILED naturalPerson readings=3",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE commercialEnterprise NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE researchInstitution NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE socialWelfareOrganization NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE legalServiceAgency NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE otherOrganization NOT_READ",
                        "T3.OUTCOME_TOTAL.1 FAILED total readings=2",
                        "T4.GROUP_TOTAL.1 FAILED administrativeReview readings=1",
                        "T4.GROUP_TOTAL.1 NOT_ASSESSABLE litigationWithoutReview NOT_READ",
                        "T4.GROUP_TOTAL.1 NOT_ASSESSABLE litigationAfterReview NOT_READ")),
                // （六）其他处理 as one row: I-3 holds with the printed totals; the three rows' own totals cannot be told.
                Arguments.of("mixed_template_2023.txt", true, List.of(
                        "T3.ROW_TOTAL.1 NOT_ASSESSABLE otherDisposal.correctionOverdue NOT_READ",
                        "T3.ROW_TOTAL.1 NOT_ASSESSABLE otherDisposal.feeUnpaid NOT_READ",
                        "T3.ROW_TOTAL.1 NOT_ASSESSABLE otherDisposal.other NOT_READ")),
                // Read by their content, not their extension, and fees from a sentence: every cell read, valid.
                Arguments.of("content/html_saved_as_text.txt", true, List.of()),
                Arguments.of("content/markdown_saved_as_text.txt", true, List.of()),
                Arguments.of("content/text_saved_as_html.html", true, List.of()),
                Arguments.of("content/prose_fees_text.txt", true, List.of()),
                Arguments.of("content/prose_fees_html.html", true, List.of()),
                Arguments.of("content/prose_disagrees.md", true, List.of()),
                // Rows printed without labels that the order does not confirm: unread, not shifted into wrong rows.
                Arguments.of("markdown_detached_2021.md", true, List.of(
                        "T3.ROW_TOTAL.1 NOT_ASSESSABLE unableToProvide.notHeld NOT_READ",
                        "T3.ROW_TOTAL.1 NOT_ASSESSABLE unableToProvide.requiresCreation NOT_READ",
                        "T3.ROW_TOTAL.1 NOT_ASSESSABLE unableToProvide.unclearAfterCorrection NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE naturalPerson NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE commercialEnterprise NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE researchInstitution NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE socialWelfareOrganization NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE legalServiceAgency NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE otherOrganization NOT_READ",
                        "T3.OUTCOME_TOTAL.1 NOT_ASSESSABLE total NOT_READ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theVerdictAndEveryFindingAreAsChecked(String file, boolean valid, List<String> findings) throws IOException {
        ReadResult read = ReportReader.standard().read(FIXTURES.resolve(file));
        ValidationResult result = ReportValidator.standard().validate(read.report());
        assertEquals(findings, result.findings().stream().map(FixtureVerdictsTest::describe).toList(), file);
        assertEquals(valid, result.isValid(), file);
        assertEquals(findings.isEmpty(), result.isFullyAssessed(), file);
    }

    private static String describe(Finding f) {
        return f.rule() + " " + f.status() + " " + f.subject()
                + f.notAssessableReason().map(r -> " " + r).orElse("")
                + (f.status() == FindingStatus.FAILED ? " readings=" + f.readings().size() : "");
    }
}
