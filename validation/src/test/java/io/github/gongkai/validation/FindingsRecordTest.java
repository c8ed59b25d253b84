package io.github.gongkai.validation;

import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.BehaviourRecord;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.ReportGenerator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The findings of 100 000 generated reports — half with one random faulty cell, every tenth checked under
 * {@link BlankPolicy#STRICT} — are those recorded in {@code src/test/resources/record/findings.txt}: a
 * refactoring of the validator changes no rule id, status, cell, role, value, suspect or message. Write the
 * record anew with {@code -Dgongkai.testkit.record=true} only for an intended change, and say so in the
 * changelog.
 */
@Tag("slow") // 100 000 cases: under Surefire only, not once per mutant
class FindingsRecordTest {

    static final int CASES = 100_000;

    @Test
    void findingsAreAsRecorded() {
        ReportValidator standard = ReportValidator.standard();
        ReportValidator strict = ReportValidator.builder().blankPolicy(BlankPolicy.STRICT).build();
        ReportGenerator[] generators = {ReportGenerator.builder().edition(Edition.V2021).build(),
            ReportGenerator.builder().edition(Edition.V2019).build()};
        BehaviourRecord record = BehaviourRecord.of(Path.of("src/test/resources/record/findings.txt"), 1_000);
        for (int i = 0; i < CASES; i++) {
            SplittableRandom random = new SplittableRandom(i);
            Report report = generators[i % 2].generate(random);
            if (i % 4 >= 2) {
                report = FaultInjector.randomCellChange(report, random).faulty();
            }
            ValidationResult result = (i % 10 == 9 ? strict : standard).validate(report);
            record.add(describe(result));
        }
        record.finish();
    }

    /** Every component of every finding, with cell values by kind ({@code 0} and {@code +0} differ). */
    static String describe(ValidationResult result) {
        StringBuilder text = new StringBuilder().append(result.isValid()).append('\n');
        for (Finding f : result.findings()) {
            text.append(f.rule()).append('|').append(f.severity()).append('|').append(f.status()).append('|')
                    .append(f.blankPolicy()).append('|').append(f.subject()).append('|').append(f.subjectLabel())
                    .append('|').append(f.expected()).append('|').append(f.actual()).append('|')
                    .append(f.difference()).append('\n');
            for (CellInvolvement cell : f.cells()) {
                text.append("  ").append(cell.cell()).append(' ').append(cell.role()).append(' ')
                        .append(value(cell.value())).append(' ').append(cell.report()).append('\n');
            }
            for (Suspect s : f.suspects()) {
                text.append("  suspect ").append(s.cell()).append(' ').append(value(s.printed())).append(" -> ")
                        .append(value(s.suggested())).append(' ').append(s.confidence()).append(' ')
                        .append(s.typingError()).append('\n');
            }
            text.append("  ").append(f.message(Locale.SIMPLIFIED_CHINESE)).append('\n');
            text.append("  ").append(f.message(Locale.ENGLISH)).append('\n');
        }
        return text.toString();
    }

    private static String value(CellValue value) {
        return value.getClass().getSimpleName() + "(" + value + ")";
    }
}
