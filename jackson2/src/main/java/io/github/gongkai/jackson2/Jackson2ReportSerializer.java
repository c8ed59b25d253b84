package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import java.io.IOException;

/**
 * Writes a report as {@link ReportJson} does: as a raw value to a JSON text generator, token by token
 * (replayed from the canonical text) to any other. Immutable.
 */
final class Jackson2ReportSerializer extends StdSerializer<Report> {

    private static final long serialVersionUID = 1L;

    private final transient ReportJson json;

    Jackson2ReportSerializer(ReportJson json) {
        super(Report.class);
        this.json = json;
    }

    @Override
    public void serialize(Report report, JsonGenerator gen, SerializerProvider provider) throws IOException {
        String canonical = json.write(report);
        if (gen instanceof JsonGeneratorImpl) {
            gen.writeRawValue(canonical);
        } else {
            TokenCopy.replay(canonical, gen);
        }
    }
}
