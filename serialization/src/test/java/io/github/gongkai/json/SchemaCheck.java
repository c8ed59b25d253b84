package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates documents against the shipped schema with a real JSON Schema validator (networknt). */
final class SchemaCheck {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportJson.schema(), InputFormat.JSON);

    private SchemaCheck() {
    }

    static List<Error> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    static void assertValid(String json) {
        List<Error> errors = errors(json);
        if (!errors.isEmpty()) {
            fail("document does not validate against the schema: " + errors);
        }
    }

    static void assertInvalid(String json) {
        if (errors(json).isEmpty()) {
            fail("document unexpectedly validates against the schema");
        }
    }
}
