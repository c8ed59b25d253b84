package io.github.gongkai.json.internal;

import io.github.gongkai.core.Report;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Report} for Jackson databind through {@link ReportWriter}. Stateless and thread-safe. */
public final class ReportSerializer extends StdSerializer<Report> {

    /** Creates the serializer. */
    public ReportSerializer() {
        super(Report.class);
    }

    @Override
    public void serialize(Report value, JsonGenerator g, SerializationContext ctxt) {
        ReportWriter.write(value, g);
    }
}
