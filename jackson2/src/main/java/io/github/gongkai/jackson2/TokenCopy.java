package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import io.github.gongkai.json.internal.JsonFailures;
import io.github.gongkai.json.internal.JsonProblem;
import java.io.IOException;
import java.io.StringWriter;

/** Copies one JSON value between Jackson 2 token streams and text, keeping numbers' exact text. */
final class TokenCopy {

    /** Writes text that a strict reader reads back: no escaping beyond JSON's, no pretty printing. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private TokenCopy() {
    }

    /**
     * Copies the value the parser is at (a scalar, or an object or array to its end; an object whose first
     * member name is current counts as started) to JSON text, leaving the parser at the value's last token.
     * Numbers are copied as the parser read them ({@code 1.50} stays {@code 1.50}); strings are copied as
     * decoded, so an unpaired surrogate reaches the strict reader, which refuses it.
     *
     * @param p the parser, at the value's first token
     * @param maxLength the longest text to build, in characters
     * @param sources where each token copied stood in the parser's input, recorded here
     * @return the text, never null
     * @throws ReportJsonException of kind {@code LIMIT_EXCEEDED} (pointer {@code ""}) past {@code maxLength}, of
     *     kind {@code WRONG_TYPE} (pointer {@code ""}) at a token that is not JSON; the parser is left at the
     *     token, and the problem is a keyed text, in either language
     */
    static String toText(JsonParser p, long maxLength, SourceLocations sources) throws IOException {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            int depth = 0;
            JsonToken token = p.currentToken();
            if (token == JsonToken.FIELD_NAME) {
                // The object's start, which the caller read, stands where its first member does.
                sources.record(p);
                g.writeStartObject();
                depth = 1;
            }
            while (true) {
                if (token == null) {
                    break;
                }
                sources.record(p);
                depth += copy(p, token, g);
                if (depth == 0) {
                    break;
                }
                if (out.getBuffer().length() > maxLength) {
                    throw JsonFailures.exception(Kind.LIMIT_EXCEEDED, "",
                            JsonProblem.of("problem.limit.report", maxLength), null, null);
                }
                token = p.nextToken();
            }
        }
        return out.toString();
    }

    /**
     * Reads a text {@link #toText} built, token by token.
     *
     * @param json the text
     * @return a parser of it, at no token yet
     */
    static JsonParser parser(String json) throws IOException {
        return FACTORY.createParser(json);
    }

    /**
     * Writes the tokens of a JSON text to a generator of any format, amounts as {@code BigDecimal} with their
     * scale and counts as integers.
     *
     * @param json one JSON value
     * @param g the generator
     */
    static void replay(String json, JsonGenerator g) throws IOException {
        try (JsonParser p = parser(json)) {
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                switch (token) {
                    case VALUE_NUMBER_INT -> {
                        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                            g.writeNumber(p.getBigIntegerValue());
                        } else {
                            g.writeNumber(p.getLongValue());
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> g.writeNumber(p.getDecimalValue());
                    default -> copy(p, token, g);
                }
            }
        }
    }

    /** Copies one token; returns how it changes the nesting depth. */
    private static int copy(JsonParser p, JsonToken token, JsonGenerator g) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                g.writeStartObject();
                return 1;
            }
            case START_ARRAY -> {
                g.writeStartArray();
                return 1;
            }
            case END_OBJECT -> {
                g.writeEndObject();
                return -1;
            }
            case END_ARRAY -> {
                g.writeEndArray();
                return -1;
            }
            case FIELD_NAME -> g.writeFieldName(p.currentName());
            case VALUE_STRING -> g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            case VALUE_NUMBER_INT -> g.writeNumber(p.getText());
            case VALUE_NUMBER_FLOAT -> g.writeNumber(p.getNumberTypeFP() == JsonParser.NumberTypeFP.BIG_DECIMAL
                    ? p.getDecimalValue().toPlainString() : p.getText());
            case VALUE_TRUE -> g.writeBoolean(true);
            case VALUE_FALSE -> g.writeBoolean(false);
            case VALUE_NULL -> g.writeNull();
            default -> throw JsonFailures.exception(Kind.WRONG_TYPE, "", JsonProblem.of("problem.notJson", token),
                    null, null);
        }
        return 0;
    }
}
