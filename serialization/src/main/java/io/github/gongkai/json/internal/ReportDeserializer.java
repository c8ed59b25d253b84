package io.github.gongkai.json.internal;

import io.github.gongkai.core.Report;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a {@link Report} for Jackson databind through {@link JsonReportParser}, strictly, whatever the mapper's
 * settings for unknown or missing properties. Stateless and thread-safe.
 */
public final class ReportDeserializer extends StdDeserializer<Report> {

    /** Creates the deserializer. */
    public ReportDeserializer() {
        super(Report.class);
    }

    @Override
    public Report deserialize(JsonParser p, DeserializationContext ctxt) {
        return JsonReportParser.readValue(p);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }
}
