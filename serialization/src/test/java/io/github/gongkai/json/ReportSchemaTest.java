package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schema: derived from the model, shipped identically as a resource and in the
 * repository's {@code schema/} folder, accepting what the writer writes and rejecting what the reader
 * rejects.
 */
class ReportSchemaTest {

    private static final Path RESOURCE = Path.of("src/main/resources" + ReportJson.SCHEMA_RESOURCE);
    private static final Path REPOSITORY_COPY = Path.of("../schema/report-v2.schema.json");
    /** The schema of version 1 as it was published, kept unchanged for the tools that validate against it. */
    private static final Path VERSION_1 = Path.of("../schema/report-v1.schema.json");

    @Test
    void shippedSchemaIsTheOneDerivedFromTheModel() throws IOException {
        String generated = SchemaGenerator.generate();
        if (Boolean.getBoolean("gongkai.writeSchema")) {
            Files.createDirectories(REPOSITORY_COPY.getParent());
            Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
            Files.writeString(REPOSITORY_COPY, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(RESOURCE, StandardCharsets.UTF_8),
                "the schema resource is stale: run ReportSchemaTest with -Dgongkai.writeSchema=true");
    }

    @Test
    void repositoryCopyIsIdenticalToTheResource() throws IOException {
        assertEquals(Files.readString(RESOURCE, StandardCharsets.UTF_8),
                Files.readString(REPOSITORY_COPY, StandardCharsets.UTF_8));
        if (!Boolean.getBoolean("gongkai.writeSchema")) {
            assertEquals(ReportJson.schema(), Files.readString(REPOSITORY_COPY, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everySampleValidatesInBothForms() {
        ReportJson pretty = ReportJson.builder().pretty(true).build();
        for (Report report : Samples.all()) {
            SchemaCheck.assertValid(ReportJson.standard().write(report));
            SchemaCheck.assertValid(pretty.write(report));
        }
    }

    @Test
    void unreadCellsValidateInVersion2Only() {
        ReportJson pretty = ReportJson.builder().pretty(true).build();
        for (Report report : List.of(Samples.unread2021(), Samples.unread2019())) {
            String written = ReportJson.standard().write(report);
            SchemaCheck.assertValid(written);
            SchemaCheck.assertValid(pretty.write(report));
            SchemaCheck.assertInvalid(written.replace("\"version\":2", "\"version\":1"));
        }
        // Version 2 without an unread cell is valid too (the writer would write 1).
        SchemaCheck.assertValid(ReportJson.standard().write(Samples.edge2019()).replace("\"version\":1",
                "\"version\":2"));
    }

    /**
     * The schema of version 1, as published before version 2, stays in {@code schema/}: every document written
     * as version 1 still validates against it, so a tool that validates with it keeps working on every report
     * without an unread cell; a version-2 document is rejected by it, as a version-1 reader rejects it.
     */
    @Test
    void thePublishedVersion1SchemaStillValidatesEveryVersion1Document() throws IOException {
        String text = Files.readString(VERSION_1, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"$id\": \"https://gongkai.github.io/schema/report-v1.schema.json\""));
        Schema v1 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text,
                InputFormat.JSON);
        for (Report report : Samples.all()) {
            assertEquals(List.of(), v1.validate(ReportJson.standard().write(report), InputFormat.JSON));
        }
        assertFalse(v1.validate(ReportJson.standard().write(Samples.unread2021()), InputFormat.JSON).isEmpty());
    }

    @Test
    void schemaRequiresS6In2021AndForbidsItIn2019() {
        String r2021 = ReportJson.standard().write(Samples.blank2021());
        String withoutS6 = r2021.replaceAll(",\"S6\":\\{[^}]*\\}\\}", "");
        assertFalse(withoutS6.contains("S6"));
        SchemaCheck.assertInvalid(withoutS6);
        String r2019 = ReportJson.standard().write(Samples.edge2019());
        SchemaCheck.assertInvalid(r2019.replace(",\"narrative\"", ",\"S6\":{},\"narrative\""));
    }

    /** A mark's length in characters: code points for both (16 astral characters are 32 UTF-16 units). */
    @Test
    void schemaAndReaderCountAMarksCharactersAlike() {
        String document = ReportJson.standard().write(Samples.liangshan2021());
        String sixteen = document.replaceFirst("\"naturalPerson\":0,",
                "\"naturalPerson\":{\"na\":\"" + "😀".repeat(16) + "\"},");
        SchemaCheck.assertValid(sixteen);
        assertEquals("😀".repeat(16), ReportJson.standard().read(sixteen)
                .get(CellRef.parse("T3/newlyReceived/naturalPerson")).toString());
        String seventeen = sixteen.replace("😀".repeat(16), "😀".repeat(17));
        SchemaCheck.assertInvalid(seventeen);
        assertThrows(ReportJsonException.class, () -> ReportJson.standard().read(seventeen));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"naturalPerson\":0,→\"naturalPerson\":-1,",
        "\"naturalPerson\":0,→\"naturalPerson\":1.5,",
        "\"naturalPerson\":0,→\"naturalPerson\":\"0\",",
        "\"naturalPerson\":0,→\"naturalPerson\":{},",
        "\"naturalPerson\":0,→\"naturalPerson\":{\"na\":\"1\"},",
        "\"naturalPerson\":0,→",
        "\"naturalPerson\":0,→\"naturalPerson\":0,\"extra\":0,",
        "\"amount\":\"0\"→\"amount\":0",
        "\"amount\":\"0\"→\"amount\":\"0.\"",
        "\"amount\":\"0\"→\"amount\":\"00\"",
        "\"amount\":\"0\"→\"amount\":\"1e3\"",
        "\"amount\":\"0\"→\"amount\":\"5万元\"",
        "\"amountCollected\":\"0\"→\"amountCollected\":\"5元\"",
        "\"edition\":\"2021\"→\"edition\":\"2020\"",
        "\"edition\":\"2021\"→\"edition\":\"2019\"",
        "\"version\":1→\"version\":3",
        "\"licensing\":{\"decisions\":64}→\"licensing\":{\"decisions\":{\"unread\":\"ambiguous\"}}",
        "\"reportYear\":2021→\"reportYear\":2007",
        "\"publicationDate\":\"2022-01-26\"→\"publicationDate\":\"2022-1-26\"",
        "\"narrative\":{}→\"narrative\":{\"summary\":\"x\"}",
    })
    void schemaRejectsWhatTheReaderRejects(String edit) {
        String[] parts = edit.split("→", -1);
        String document = ReportJson.standard().write(Samples.liangshan2021());
        String broken = document.replaceFirst(java.util.regex.Pattern.quote(parts[0]),
                java.util.regex.Matcher.quoteReplacement(parts[1]));
        assertFalse(document.equals(broken), "edit did not apply: " + edit);
        SchemaCheck.assertInvalid(broken);
        try {
            ReportJson.standard().read(broken);
        } catch (ReportJsonException expected) {
            return;
        }
        throw new AssertionError("the reader accepted what the schema rejects: " + edit);
    }
}
