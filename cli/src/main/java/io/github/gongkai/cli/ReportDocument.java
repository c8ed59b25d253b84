package io.github.gongkai.cli;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code batch --report} document, written as the batch goes: {@code {"reports": [...], "crossReport":
 * [...], "complete": true}}. {@code "complete"} is the last member: {@code true} only when every input was
 * checked; a batch that stops closes the document with {@code "complete": false} and the reason in
 * {@code "stoppedBecause"}.
 */
final class ReportDocument {

    private final JsonGenerator generator;
    private boolean inCrossReport;

    ReportDocument(Writer out) {
        // Never closed: closing would close the output, which Output commits or deletes.
        generator = FindingsJson.MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
        generator.writeStartObject();
        generator.writeName("reports");
        generator.writeStartArray();
    }

    /** One report's result, in input order. */
    void report(ObjectNode node) {
        generator.writeTree(node);
    }

    /** One finding across reports; the reports are all written by then. */
    void crossReport(ObjectNode node) {
        if (!inCrossReport) {
            generator.writeEndArray();
            generator.writeName("crossReport");
            generator.writeStartArray();
            inCrossReport = true;
        }
        generator.writeTree(node);
    }

    /**
     * Closes whatever is open and ends the document.
     *
     * @param complete whether every input was checked
     * @param stoppedBecause why the batch stopped, or null
     */
    void end(boolean complete, String stoppedBecause) {
        TokenStreamContext context = generator.streamWriteContext();
        while (context.getParent() != null && context.getParent().getParent() != null) {
            // Inside a report or finding that was being written when the batch stopped.
            if (context.inArray()) {
                generator.writeEndArray();
            } else {
                generator.writeEndObject();
            }
            context = generator.streamWriteContext();
        }
        if (context.inArray()) {
            generator.writeEndArray();
        }
        if (!inCrossReport) {
            generator.writeName("crossReport");
            generator.writeStartArray();
            generator.writeEndArray();
        }
        generator.writeBooleanProperty("complete", complete);
        if (stoppedBecause != null) {
            generator.writeStringProperty("stoppedBecause", stoppedBecause);
        }
        generator.writeEndObject();
        generator.flush();
    }
}
