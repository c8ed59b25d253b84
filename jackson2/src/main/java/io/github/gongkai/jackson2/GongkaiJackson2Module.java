package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;

/**
 * The Jackson 2 module that reads and writes {@link Report} through gongkai's canonical {@link ReportJson}:
 * the same bytes, the same strictness, wherever a {@code Report} appears in the types a Jackson 2
 * {@link ObjectMapper} handles (a Spring Boot 3 controller, a Quarkus resource, your own beans).
 *
 * <p>It is found by {@code ObjectMapper.findAndRegisterModules()} through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module} and the {@code provides} clause of the
 * module descriptor, or registered by hand (in Spring Boot 3, declare it as a bean):
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new GongkaiJackson2Module()).build();
 * Report report = mapper.readValue(json, Report.class);
 * }</pre>
 *
 * <p><b>Writing</b> a report to a JSON text generator (the usual {@code writeValue} and
 * {@code writeValueAsString}) writes {@code json.write(report)} as a raw value: byte for byte what
 * {@link ReportJson} writes, whatever the mapper's pretty printer, character escapes or
 * {@code ESCAPE_NON_ASCII} (a report inside a pretty-printed document stays compact). To any other generator
 * (a {@code TokenBuffer} for {@code convertValue}, YAML, Smile) it writes the same tokens, amounts as
 * {@code BigDecimal} with their scale.
 *
 * <p><b>Reading</b> copies the report's tokens as the mapper's parser reads them and hands the text to
 * {@code json.read}: unknown, missing and duplicate members are errors whatever the mapper's leniency, and every
 * error is an {@link InvalidReportJsonException} naming the JSON Pointer from the document's root. The
 * mapper's parser features (comments, single quotes) and {@code StreamReadConstraints} act on the syntax
 * first; {@code json}'s {@link ReportJson.Limits} then apply to the report itself.
 *
 * <p>Without this module a Jackson 2 mapper does not fail on a {@code Report}: it writes its accessors as a
 * bean ({@code "activeDisclosure":{}}) and cannot read it back. That cannot be detected from here, since an
 * absent module runs no code; {@link #requireRegistered(ObjectMapper)} checks a mapper at startup instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GongkaiJackson2Module extends Module {

    private static final Version VERSION = readVersion();

    private final ReportJson json;

    /** Creates the module with {@link ReportJson#standard()}: compact output, default limits. */
    public GongkaiJackson2Module() {
        this(ReportJson.standard());
    }

    /**
     * Creates the module writing and reading with the given instance: its limits apply to reading, and its
     * pretty setting to writing.
     *
     * @param json the canonical writer and strict reader to delegate to
     */
    public GongkaiJackson2Module(ReportJson json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = GongkaiJackson2Module.class.getResourceAsStream("version.properties")) {
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

    /**
     * Returns the instance that this module writes and reads with.
     *
     * @return the instance, never null
     */
    public ReportJson json() {
        return json;
    }

    /**
     * Returns {@code "gongkai"}.
     *
     * @return the module's name
     */
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
        serializers.addSerializer(Report.class, new Jackson2ReportSerializer(json));
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Report.class, new Jackson2ReportDeserializer(json));
        context.addDeserializers(deserializers);
    }

    /**
     * Checks that a mapper writes and reads {@link Report} with this module, so that a mapper built without it
     * fails where it is built instead of writing a report as an empty bean. Call it where the application
     * configures its mapper (the gongkai Spring Boot 3 starter calls it on Boot's).
     *
     * @param mapper the mapper
     * @param <M> the mapper's type
     * @return the same mapper
     * @throws IllegalStateException if the mapper's serializer or deserializer for {@code Report} is not this
     *     module's, naming which
     */
    public static <M extends ObjectMapper> M requireRegistered(M mapper) {
        Objects.requireNonNull(mapper, "mapper");
        JsonSerializer<?> serializer;
        try {
            serializer = mapper.getSerializerProviderInstance().findValueSerializer(Report.class);
        } catch (JsonMappingException e) {
            serializer = null;
        }
        JsonDeserializer<?> deserializer;
        try {
            DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createDummyInstance(mapper.getDeserializationConfig());
            deserializer = context.findRootValueDeserializer(mapper.constructType(Report.class));
        } catch (JsonMappingException e) {
            deserializer = null;
        }
        boolean writes = serializer instanceof Jackson2ReportSerializer;
        boolean reads = deserializer instanceof Jackson2ReportDeserializer;
        if (!writes || !reads) {
            throw new IllegalStateException("this ObjectMapper " + (writes ? "" : "writes")
                    + (writes || reads ? "" : " and ") + (reads ? "" : "reads")
                    + " io.github.gongkai.core.Report without GongkaiJackson2Module (found "
                    + (serializer == null ? "no serializer" : serializer.getClass().getName()) + ", "
                    + (deserializer == null ? "no deserializer" : deserializer.getClass().getName())
                    + "): register it with addModule(new GongkaiJackson2Module()) or findAndRegisterModules(),"
                    + " or in Spring Boot declare it as a bean");
        }
        return mapper;
    }

    @Override
    public String toString() {
        return "GongkaiJackson2Module[" + json + "]";
    }
}
