package io.github.gongkai.json.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the value of one cell that is not the common one (a whole number of at least zero in a count column,
 * which {@link TableParser} reads itself): negative and signed numbers, blanks and amounts, and the errors for
 * everything else; {@link CellObjectParser} reads the objects, not-applicable and unread cells.
 */
final class CellValueParser {

    private static final Pattern AMOUNT = Pattern.compile(
            "(0|[1-9][0-9]{0," + (CellValue.MAX_AMOUNT_INTEGER_DIGITS - 1) + "})(\\.[0-9]{1,"
                    + CellValue.MAX_AMOUNT_SCALE + "})?(元|万元)?");

    private final JsonParser p;
    private final JsonErrors errors;
    private final CellObjectParser objects;

    CellValueParser(JsonParser p, TokenCursor cursor, JsonErrors errors, VersionRule version) {
        this.p = p;
        this.errors = errors;
        this.objects = new CellObjectParser(p, cursor, errors, version);
    }

    /** Reads a cell's value token that is not a whole number of at least zero in a count column. */
    CellValue read(JsonToken t, CellRef cell, ValueKind kind) {
        if (t == JsonToken.VALUE_NUMBER_INT && kind != ValueKind.AMOUNT) {
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                // The table took every whole number of at least zero: this one is negative.
                long value = p.getLongValue();
                if (kind == ValueKind.SIGNED_COUNT) {
                    return CellValue.signedCount(value);
                }
                throw errors.error(Kind.INVALID_VALUE, errors.ptr(cell), JsonProblem.of("problem.negativeCount",
                        value));
            }
            throw outOfRange(cell);
        }
        if (t == JsonToken.VALUE_NULL) {
            return CellValue.blank();
        }
        return readOther(t, cell);
    }

    /** The error for an integer beyond a {@code long}. */
    private ReportJsonException outOfRange(CellRef cell) {
        TableColumn column = cell.column();
        boolean negative = p.getString().startsWith("-");
        if (column.valueKind() == ValueKind.COUNT && negative) {
            return errors.error(Kind.INVALID_VALUE, errors.ptr(cell), JsonProblem.of("problem.negativeCount",
                    p.getString()));
        }
        return errors.error(Kind.INVALID_VALUE, errors.ptr(cell), JsonProblem.of("problem.outOfRange",
                p.getString(), column.valueKind() == ValueKind.COUNT ? 0 : Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /** Reads a cell that is neither a whole number in a count column nor blank. */
    private CellValue readOther(JsonToken t, CellRef cell) {
        TableColumn column = cell.column();
        if (t == JsonToken.START_OBJECT) {
            return objects.read(cell);
        }
        if (column.valueKind() == ValueKind.AMOUNT) {
            return readAmount(t, cell);
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            throw errors.error(Kind.INVALID_VALUE, errors.ptr(cell), JsonProblem.of("problem.fraction."
                    + column.valueKind().name(), p.getString()));
        }
        throw errors.error(Kind.WRONG_TYPE, errors.ptr(cell), JsonErrors.expected(expectation(column),
                JsonErrors.describe(t)));
    }

    private CellValue readAmount(JsonToken t, CellRef cell) {
        TableColumn column = cell.column();
        if (t != JsonToken.VALUE_STRING) {
            // A number: the hint shows it as the string it should be.
            throw errors.error(Kind.WRONG_TYPE, errors.ptr(cell),
                    t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                            ? JsonProblem.of("problem.amountNumber", expectation(column), JsonErrors.describe(t),
                                    p.getString())
                            : JsonErrors.expected(expectation(column), JsonErrors.describe(t)));
        }
        String text = p.getString();
        CellValue plain = text.indexOf('.') < 0 ? TokenCursor.plainAmount(text, column)
                : TokenCursor.decimalAmount(text, column);
        if (plain != null) {
            return plain;
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            throw errors.error(Kind.INVALID_VALUE, errors.ptr(cell), JsonErrors.expected(expectation(column),
                    JsonText.quote(text)));
        }
        return amount(cell, text, m);
    }

    /** The amount the pattern matched, in its unit. */
    private CellValue amount(CellRef cell, String text, Matcher m) {
        AmountUnit header = cell.column().headerUnit();
        AmountUnit unit = header;
        String symbol = m.group(3);
        if (symbol != null) {
            unit = AmountUnit.fromSymbol(symbol).orElseThrow();
            if (unit == header) {
                throw errors.error(Kind.INVALID_VALUE, errors.ptr(cell), JsonProblem.of("problem.ownUnit", symbol,
                        text.substring(0, text.length() - symbol.length())));
            }
        }
        try {
            return CellValue.amount(new BigDecimal(symbol == null ? text : text.substring(0, m.start(3))), unit);
        } catch (IllegalArgumentException e) {
            throw errors.error(Kind.INVALID_VALUE, errors.ptr(cell), CoreRules.refused(e));
        }
    }

    /** What a cell of the column may hold, for messages; an amount's words depend on the column's own unit. */
    static JsonProblem expectation(TableColumn column) {
        return switch (column.valueKind()) {
            case COUNT -> JsonProblem.of("expect.COUNT", Long.MAX_VALUE);
            case SIGNED_COUNT -> JsonProblem.of("expect.SIGNED_COUNT");
            case AMOUNT -> JsonProblem.of("expect.AMOUNT." + column.headerUnit().name());
        };
    }
}
