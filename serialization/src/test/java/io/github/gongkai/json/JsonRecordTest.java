package io.github.gongkai.json;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.testkit.BehaviourRecord;
import io.github.gongkai.testkit.FaultInjector;
import io.github.gongkai.testkit.ReportGenerator;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The JSON of 100 000 generated reports — half with one random faulty cell, every tenth written pretty —
 * is byte for byte the JSON recorded in {@code src/test/resources/record/json.txt}: a refactoring of the
 * writer or of the layout changes no byte. Write the record anew with {@code -Dgongkai.testkit.record=true}
 * only for an intended change of the format, which is a new format version.
 */
@Tag("slow") // 100 000 cases: under Surefire only, not once per mutant
class JsonRecordTest {

    @Test
    void jsonIsAsRecorded() {
        ReportJson compact = ReportJson.standard();
        ReportJson pretty = ReportJson.builder().pretty(true).build();
        ReportGenerator[] generators = {ReportGenerator.builder().edition(Edition.V2021).narrative(true).build(),
            ReportGenerator.builder().edition(Edition.V2019).build()};
        BehaviourRecord record = BehaviourRecord.of(Path.of("src/test/resources/record/json.txt"), 1_000);
        for (int i = 0; i < 100_000; i++) {
            SplittableRandom random = new SplittableRandom(i);
            Report report = generators[i % 2].generate(random);
            if (i % 4 >= 2) {
                report = FaultInjector.randomCellChange(report, random).faulty();
            }
            record.add((i % 10 == 9 ? pretty : compact).write(report));
        }
        record.finish();
    }
}
