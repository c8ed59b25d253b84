package io.github.gongkai.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * A mapper without the module writes a report as an empty bean and no error; requireRegistered makes that
 * fail where the mapper is built, and names what is missing.
 */
class RequireRegisteredTest {

    @Test
    void withoutTheModuleAPlainMapperTakesAReportForABean() {
        // A bare mapper stops at the header's Optional; one with jdk8 support, as Spring Boot's, goes on and
        // writes accessors ("activeDisclosure":{}): requireRegistered is what catches that.
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> new ObjectMapper().writeValueAsString(Samples.liangshan2021()));
        assertTrue(e.getMessage().contains("io.github.gongkai.core.Report[\"header\"]"), e.getMessage());
    }

    @Test
    void aPlainMapperIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GongkaiJackson2Module.requireRegistered(new ObjectMapper()));
        assertTrue(e.getMessage().startsWith("this ObjectMapper writes and reads io.github.gongkai.core.Report"
                + " without GongkaiJackson2Module"), e.getMessage());
        assertTrue(e.getMessage().contains("addModule(new GongkaiJackson2Module())"), e.getMessage());
    }

    @Test
    void aMapperWithTheModuleIsReturned() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new GongkaiJackson2Module()).build();
        assertSame(mapper, GongkaiJackson2Module.requireRegistered(mapper));
        assertSame(mapper.copy().getClass(), GongkaiJackson2Module.requireRegistered(mapper.copy()).getClass());
    }

    @Test
    void halfAModuleIsNamed() {
        // Another module's serializer for Report wins over ours; reading still uses ours.
        SimpleModule other = new SimpleModule("other");
        other.addSerializer(Report.class, new JsonSerializer<Report>() {
            @Override
            public void serialize(Report value, com.fasterxml.jackson.core.JsonGenerator gen,
                    com.fasterxml.jackson.databind.SerializerProvider serializers) throws java.io.IOException {
                gen.writeString("report");
            }
        });
        ObjectMapper writesElsewhere = JsonMapper.builder().addModule(new GongkaiJackson2Module()).addModule(other)
                .build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GongkaiJackson2Module.requireRegistered(writesElsewhere));
        assertTrue(e.getMessage().startsWith("this ObjectMapper writes io.github.gongkai.core.Report without"),
                e.getMessage());

        SimpleModule reader = new SimpleModule("reader");
        reader.addDeserializer(Report.class, new JsonDeserializer<Report>() {
            @Override
            public Report deserialize(com.fasterxml.jackson.core.JsonParser p,
                    com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                return null;
            }
        });
        ObjectMapper readsElsewhere = JsonMapper.builder().addModule(new GongkaiJackson2Module()).addModule(reader)
                .build();
        e = assertThrows(IllegalStateException.class, () -> GongkaiJackson2Module.requireRegistered(readsElsewhere));
        assertTrue(e.getMessage().startsWith("this ObjectMapper reads io.github.gongkai.core.Report without"),
                e.getMessage());
    }

    @Test
    void theModuleDescribesItself() {
        GongkaiJackson2Module module = new GongkaiJackson2Module();
        assertEquals("gongkai", module.getModuleName());
        assertEquals("io.github.gongkai", module.version().getGroupId());
        assertEquals("gongkai-jackson2", module.version().getArtifactId());
        assertFalse(module.version().isUnknownVersion());
        assertSame(ReportJson.standard(), module.json());
        assertThrows(NullPointerException.class, () -> new GongkaiJackson2Module(null));
        assertTrue(module.toString().startsWith("GongkaiJackson2Module[ReportJson[compact"), module.toString());
    }
}
