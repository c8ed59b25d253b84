package io.github.gongkai.spring.boot;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot 3.5 application that takes reports: the starter is its only gongkai configuration. */
@SpringBootApplication
public class TestApplication {

    /** Echoes a report after {@code @Valid} checked it. */
    @RestController
    static class Reports {
        @PostMapping("/reports")
        Report check(@Valid @RequestBody Report report) {
            return report;
        }
    }

    /** A body of the application's own, with a constraint of its own. */
    record Note(@NotBlank String text) {
    }

    /** Echoes a note after {@code @Valid} checked it. */
    @RestController
    static class Notes {
        @PostMapping("/notes")
        Note check(@Valid @RequestBody Note note) {
            return note;
        }
    }

    /** The Liangshan 2021 example: consistent. */
    static Report liangshan() {
        return ReportJson.standard().read(Path.of("../examples/src/main/resources/liangshan-2021.json"));
    }

    /**
     * The example with three totals of table 三 at 1 while their rows' columns add up to 0: only
     * T3.ROW_TOTAL.1 fails, three times (the column identities still hold).
     */
    static Report wrongTotals() {
        Report bad = liangshan();
        for (String cell : new String[] {"T3/newlyReceived/total", "T3/disclosed/total", "T3/outcomeTotal/total"}) {
            bad = bad.with(CellRef.parse(cell), CellValue.count(1));
        }
        return bad;
    }
}
