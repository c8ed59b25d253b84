package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.gongkai.json.ReportJsonException;
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
     * @return the text, never null
     * @throws ReportJsonException of kind {@code LIMIT_EXCEEDED} (pointer {@code ""}) past {@code maxLength}
     */
    static String toText(JsonParser p, long maxLength) throws IOException {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            int depth = 0;
            JsonToken token = p.currentToken();
            if (token == JsonToken.FIELD_NAME) {
                g.writeStartObject();
                depth = 1;
            }
            while (true) {
                if (token == null) {
                    break;
                }
                depth += copy(p, token, g);
                if (depth == 0) {
                    break;
                }
                if (out.getBuffer().length() > maxLength) {
                    throw new ReportJsonException(ReportJsonException.Kind.LIMIT_EXCEEDED, "",
                            "input exceeds a limit: the report is longer than " + maxLength + " characters", null,
                            null);
                }
                token = p.nextToken();
            }
        }
        return out.toString();
    }

    /**
     * Writes the tokens of a JSON text to a generator of any format, amounts as {@code BigDecimal} with their
     * scale and counts as integers.
     *
     * @param json one JSON value
     * @param g the generator
     */
    static void replay(String json, JsonGenerator g) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
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
            default -> throw new ReportJsonException(ReportJsonException.Kind.WRONG_TYPE, "",
                    "a value that is not JSON (" + token + ") where a report belongs", null, null);
        }
        return 0;
    }
}
