package io.github.gongkai.json;

import io.github.gongkai.core.Report;
import io.github.gongkai.json.internal.ReportDeserializer;
import io.github.gongkai.json.internal.ReportSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module that reads and writes {@link Report} in the format of {@link ReportJson}: same
 * members, same order, same strictness, same {@link ReportJsonException}s, wherever a {@code Report} appears
 * in the types a mapper handles.
 *
 * <p>It is found by {@code JsonMapper.builder().findAndAddModules()} through {@code META-INF/services} and the
 * {@code provides} clause of the module descriptor, or registered by hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GongkaiJacksonModule()).build();
 * Report report = mapper.readValue(json, Report.class);
 * }</pre>
 *
 * <p>Reading ignores the mapper's leniency settings: unknown, missing or duplicate members are always errors.
 * The mapper's own settings apply to everything else: its {@code StreamReadConstraints} are the limits (see
 * {@link ReportJson.Limits#toConstraints()}), and its pretty printer and escaping shape the output. Only
 * {@link ReportJson} guarantees the canonical bytes. For a report embedded in a larger document, error
 * pointers start from the document's root.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GongkaiJacksonModule extends JacksonModule {

    private static final Version VERSION = readVersion();

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = GongkaiJacksonModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            return Version.unknownVersion();
        }
        return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
                properties.getProperty("artifactId"));
    }

    /** Creates the module; public for {@link java.util.ServiceLoader}. */
    public GongkaiJacksonModule() {
    }

    @Override
    public String getModuleName() {
        return "gongkai";
    }

    /**
     * Returns the version of this artifact, as built.
     *
     * @return the version, never null
     */
    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Report.class, new ReportSerializer());
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Report.class, new ReportDeserializer());
        context.addDeserializers(deserializers);
    }
}
