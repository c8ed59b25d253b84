package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import io.github.gongkai.json.internal.JsonFailures;
import io.github.gongkai.json.internal.JsonProblem;
import java.io.IOException;

/**
 * Reads a report by copying its tokens to text and handing the text to {@link ReportJson#read(String)}; a
 * {@link ReportJsonException}, or a syntax error or passed limit of the mapper's parser inside the report (a number,
 * a string or the nesting too long), becomes an {@link InvalidReportJsonException} whose pointer starts from the
 * document's root and whose location is where the offending value (or the syntax error) stands in the mapper's
 * input. Immutable.
 */
final class Jackson2ReportDeserializer extends StdDeserializer<Report> {

    private static final long serialVersionUID = 1L;

    private final transient ReportJson json;

    Jackson2ReportDeserializer(ReportJson json) {
        super(Report.class);
        this.json = json;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }

    @Override
    public Report deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String base = pointerOf(p);
        JsonLocation start = p.currentTokenLocation();
        SourceLocations sources = new SourceLocations();
        String text;
        try {
            text = TokenCopy.toText(p, json.limits().maxDocumentLength(), sources);
        } catch (ReportJsonException e) { // at the token the parser is at
            throw new InvalidReportJsonException(p, base, p.currentTokenLocation(), e);
        } catch (StreamReadException e) {
            throw new InvalidReportJsonException(p, base, e.getLocation() != null ? e.getLocation() : start,
                    malformed(p, base, e));
        } catch (StreamConstraintsException e) { // the mapper's own parser limits, checked as it reads a value
            throw new InvalidReportJsonException(p, base, e.getLocation() != null ? e.getLocation()
                    : p.currentLocation(), overLimit(p, base, e));
        }
        try {
            return json.read(text);
        } catch (ReportJsonException e) { // located in the copy, which the client never saw
            throw new InvalidReportJsonException(p, base, sources.locate(text, e.getLocation(), start), e);
        }
    }

    /**
     * The mapper's parser's syntax error inside the report, as {@code ReportJson} reports its own: malformed JSON
     * at the object or array it broke, its pointer relative to the report.
     */
    private static ReportJsonException malformed(JsonParser p, String base, StreamReadException e) {
        JsonStreamContext context = p.getParsingContext();
        if (context != null && context.getParent() != null) {
            context = context.getParent();
        }
        String at = context == null ? base : context.pathAsPointer().toString();
        String relative = at.startsWith(base) ? at.substring(base.length()) : "";
        // Jackson quotes the character it stopped at, even an unpaired surrogate or a control character.
        return JsonFailures.exception(Kind.MALFORMED_JSON, relative,
                JsonProblem.of("problem.malformed", ReportJsonException.printable(e.getOriginalMessage())), null, e);
    }

    /**
     * A limit of the mapper's parser (a number, a string or the nesting too long) passed inside the report, as
     * {@code ReportJson} reports its own: at the value the parser was reading, its pointer relative to the report.
     */
    private static ReportJsonException overLimit(JsonParser p, String base, StreamConstraintsException e) {
        JsonStreamContext context = p.getParsingContext();
        String at = context == null ? base : context.pathAsPointer().toString();
        String relative = at.startsWith(base) ? at.substring(base.length()) : "";
        return JsonFailures.exception(Kind.LIMIT_EXCEEDED, relative,
                JsonProblem.of("problem.limit.other", ReportJsonException.printable(e.getOriginalMessage())), null, e);
    }

    /**
     * The JSON Pointer of the value the parser is at: for an object just started (or whose first member name
     * the caller already read), that of the context holding it, since the object's own context names no
     * member yet or names the member inside.
     */
    private static String pointerOf(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY || token == JsonToken.FIELD_NAME)
                && context.getParent() != null) {
            context = context.getParent();
        }
        return context.pathAsPointer().toString();
    }
}
