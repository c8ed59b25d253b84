package io.github.gongkai.json.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Builds the errors of one read and their JSON Pointers (RFC 6901), relative to where the report sits in its
 * document: the one place that knows how a pointer is spelt and what an error says about the token the parser
 * stands on.
 */
final class JsonErrors {

    private final JsonParser p;
    private final String prefix;

    JsonErrors(JsonParser p, String prefix) {
        this.p = p;
        this.prefix = prefix;
    }

    /** The pointer of the report itself. */
    String root() {
        return prefix;
    }

    /**
     * The pointer of a fixed place in the report, given by its path from the report ({@code "/header/source"}),
     * spelt out in advance: in a document of its own, where the prefix is empty, it costs nothing to name.
     */
    String at(String path) {
        return prefix.isEmpty() ? path : prefix + path;
    }

    /** The pointer of a member of the report. */
    String ptr(String name) {
        return prefix + "/" + escape(name);
    }

    /** The pointer of a member of the report's member {@code parent}, whose name needs no escaping. */
    String ptrIn(String parent, String name) {
        return prefix + "/" + parent + "/" + escape(name);
    }

    /** The pointer of a row of a table, or of a member of the table. */
    String ptr(String table, String row) {
        return prefix + "/" + table + "/" + escape(row);
    }

    /** The pointer of a cell, or of a member of a row. */
    String ptr(String table, String row, String column) {
        return prefix + "/" + table + "/" + escape(row) + "/" + escape(column);
    }

    /** The pointer of a cell. */
    String ptr(CellRef cell) {
        return ptr(cell.table().key(), cell.row().key(), cell.column().key());
    }

    /** Escapes one reference token of a JSON Pointer (RFC 6901). */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Checks a member was not seen yet; returns true to record it. */
    boolean once(boolean seen, String here) {
        if (seen) {
            throw duplicate(here);
        }
        return true;
    }

    ReportJsonException duplicate(String here) {
        return error(Kind.DUPLICATE_MEMBER, here, JsonProblem.of("problem.duplicate"));
    }

    /** The error for a required member that is absent; {@code expected} says what it holds. */
    ReportJsonException missing(String here, JsonProblem expected) {
        return error(Kind.MISSING_MEMBER, here, JsonProblem.of("problem.missing", expected));
    }

    /** The error for the current token, which is not of the type expected. */
    ReportJsonException wrongType(String here, JsonProblem expected) {
        return error(Kind.WRONG_TYPE, here, expected(expected, describe(p.currentToken())));
    }

    /** What a value was expected to be and what was found instead: {@code expected …, found …}. */
    static JsonProblem expected(JsonProblem expected, Object found) {
        return JsonProblem.of("problem.expected", expected, found);
    }

    /**
     * The error at {@code here}; but when the parser stands on a string or member name that is not well-formed
     * Unicode, that is the error, as malformed JSON: at the value for a string, at the object holding it for a
     * name (whose own pointer would carry the surrogate).
     */
    ReportJsonException error(Kind kind, String here, JsonProblem problem) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
            boolean name = t == JsonToken.PROPERTY_NAME;
            String text = name ? p.currentName() : p.getString();
            int at = JsonText.unpairedSurrogate(text);
            if (at >= 0) {
                return JsonFailures.exception(Kind.MALFORMED_JSON, name ? here.substring(0, here.lastIndexOf('/'))
                        : here, JsonProblem.of(name ? "problem.surrogate.name" : "problem.surrogate.string",
                                JsonText.code(text.charAt(at)), at), p.currentTokenLocation(), null);
            }
        }
        return JsonFailures.exception(kind, here, problem, p.currentTokenLocation(), null);
    }

    /** The error at {@code here}, found where the parser was at {@code location}, not where it is now. */
    ReportJsonException errorAt(Kind kind, String here, JsonProblem problem, TokenStreamLocation location) {
        return JsonFailures.exception(kind, here, problem, location, null);
    }

    /** The error for Jackson's own: a limit at the value being read, a syntax error at the object it broke. */
    ReportJsonException translate(JacksonException e) {
        Kind kind = e instanceof StreamConstraintsException ? Kind.LIMIT_EXCEEDED : Kind.MALFORMED_JSON;
        TokenStreamContext context = p.streamReadContext();
        String pointer = "";
        if (context != null) {
            TokenStreamContext at = kind == Kind.MALFORMED_JSON && context.getParent() != null
                    ? context.getParent() : context;
            pointer = at.pathAsPointer().toString();
        }
        // Jackson quotes the character it stopped at, even an unpaired surrogate or a control character.
        JsonProblem problem = kind == Kind.LIMIT_EXCEEDED ? LimitMessages.describe((StreamConstraintsException) e)
                : JsonProblem.of("problem.malformed", JsonText.printable(e.getOriginalMessage()));
        return JsonFailures.exception(kind, pointer, problem, e.getLocation(), e);
    }

    /** Names a token for a message: {@code an object}, {@code the end of the input}. */
    static JsonProblem describe(JsonToken t) {
        if (t == null) {
            return JsonProblem.of("token.END");
        }
        return switch (t) {
            case START_OBJECT, START_ARRAY, VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_NULL ->
                    JsonProblem.of("token." + t.name());
            case VALUE_TRUE, VALUE_FALSE -> JsonProblem.of("token.BOOLEAN");
            default -> JsonProblem.literal(t.toString());
        };
    }
}
