package io.github.gongkai.json.internal;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.InvalidCellException;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableColumn;
import io.github.gongkai.core.TableRow;
import io.github.gongkai.core.ValueKind;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.io.CharConversionException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one report from a {@link JsonParser}, token by token, strictly: every member of the format must be
 * present exactly once, nothing else may be, and every value must have the right type and range. The first
 * error ends the read with a {@link ReportJsonException} naming its JSON Pointer.
 *
 * <p>Members may come in any order; when the tables come before {@code edition}, the checks that depend on
 * the edition run once it is known. An instance reads one document and is then discarded; it is not
 * thread-safe.
 */
public final class ReportReader {

    private static final Pattern AMOUNT = Pattern.compile(
            "(0|[1-9][0-9]{0," + (CellValue.MAX_AMOUNT_INTEGER_DIGITS - 1) + "})(\\.[0-9]{1,"
                    + CellValue.MAX_AMOUNT_SCALE + "})?(元|万元)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final List<String> ROOT_MEMBERS = List.of("format", "version", "edition", "header", "T2", "T3",
            "T4", "S6", "narrative");

    private final JsonParser p;
    private final String prefix;

    private Edition edition;
    private boolean seenFormat;
    private boolean seenVersion;
    private String organName;
    private Integer reportYear;
    private LocalDate publicationDate;
    private String source;
    private boolean seenHeader;
    private Narrative narrative;
    /** Per table: the values read, indexed like the core tables ({@code row * width + column}). */
    private final CellValue[][] cells = new CellValue[ReportTable.values().length][];
    /** Per table: which rows were present. */
    private final boolean[][] rowsSeen = new boolean[ReportTable.values().length][];
    /** Per table: whether the edition-dependent checks still have to run. */
    private final boolean[] deferred = new boolean[ReportTable.values().length];

    private ReportReader(JsonParser p, String prefix) {
        this.p = p;
        this.prefix = prefix;
    }

    /**
     * Reads a whole document: one report object and nothing after it.
     *
     * @param p a parser positioned before the document
     * @return the report, never null
     * @throws ReportJsonException if the document is not a valid report
     */
    public static Report readDocument(JsonParser p) {
        ReportReader reader = new ReportReader(p, "");
        try {
            JsonToken token = p.nextToken();
            if (token == null) {
                throw reader.error(Kind.MALFORMED_JSON, "", "expected a report object, found no content");
            }
            Report report = reader.readReport();
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw reader.error(Kind.MALFORMED_JSON, "",
                        "expected the end of the input after the report, found " + describe(trailing));
            }
            return report;
        } catch (ReportJsonException e) {
            throw e;
        } catch (JacksonIOException e) {
            throw reader.translateIo(e);
        } catch (JacksonException e) {
            throw reader.translate(e);
        }
    }

    /**
     * Reads one report value at the parser's current token, which is its {@code START_OBJECT} (or its first
     * property name), as a Jackson deserializer does; pointers are relative to the parser's path.
     *
     * @param p a parser positioned at the report
     * @return the report, never null
     * @throws ReportJsonException if the value is not a valid report
     */
    public static Report readValue(JsonParser p) {
        // At the report's START_OBJECT (or first name) the context is the report's own object, whose parent
        // knows where the report sits in an enclosing document; at a scalar it is the enclosing context.
        TokenStreamContext context = p.streamReadContext();
        JsonToken token = p.currentToken();
        boolean opened = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                || token == JsonToken.PROPERTY_NAME;
        TokenStreamContext at = opened ? context.getParent() : context;
        String prefix = at == null ? "" : at.pathAsPointer().toString();
        ReportReader reader = new ReportReader(p, prefix);
        try {
            return reader.readReport();
        } catch (ReportJsonException e) {
            throw e;
        } catch (JacksonIOException e) {
            throw reader.translateIo(e);
        } catch (JacksonException e) {
            throw reader.translate(e);
        }
    }

    /**
     * An I/O failure stays one (the caller unwraps it), except bytes that the parser's own decoder rejects
     * (UTF-32 outside Unicode, for example): those are malformed content, not a failing stream.
     */
    private JacksonException translateIo(JacksonIOException e) {
        return e.getCause() instanceof CharConversionException ? translate(e) : e;
    }

    private ReportJsonException translate(JacksonException e) {
        Kind kind = e instanceof StreamConstraintsException ? Kind.LIMIT_EXCEEDED : Kind.MALFORMED_JSON;
        TokenStreamContext context = p.streamReadContext();
        String pointer = "";
        if (context != null) {
            // A limit names the value being read; a syntax error names the object or array it broke.
            TokenStreamContext at = kind == Kind.MALFORMED_JSON && context.getParent() != null
                    ? context.getParent() : context;
            pointer = at.pathAsPointer().toString();
        }
        String message = e.getOriginalMessage();
        return new ReportJsonException(kind, pointer, kind == Kind.LIMIT_EXCEEDED
                ? "input exceeds a limit: " + message : "malformed JSON: " + message, e.getLocation(), e);
    }

    // ---------------------------------------------------------------------------------------------- root

    private Report readReport() {
        JsonToken start = p.currentToken();
        String name;
        if (start == JsonToken.START_OBJECT) {
            name = p.nextName();
        } else if (start == JsonToken.PROPERTY_NAME) {
            name = p.currentName();
        } else {
            throw error(Kind.WRONG_TYPE, prefix, "expected a report object, found " + describe(start));
        }
        boolean[] seenTables = new boolean[ReportTable.values().length];
        for (; name != null; name = p.nextName()) {
            switch (name) {
                case "format" -> {
                    seenFormat = once(seenFormat, name);
                    String format = readString(ptr(name), "the format name \"" + Layout.FORMAT + "\"");
                    if (!Layout.FORMAT.equals(format)) {
                        throw error(Kind.UNSUPPORTED_FORMAT, ptr(name),
                                "expected \"" + Layout.FORMAT + "\", found \"" + format + "\"");
                    }
                }
                case "version" -> {
                    seenVersion = once(seenVersion, name);
                    JsonToken t = p.nextToken();
                    if (t != JsonToken.VALUE_NUMBER_INT) {
                        throw error(Kind.WRONG_TYPE, ptr(name), "expected the format version, the integer "
                                + Layout.VERSION + ", found " + describe(t));
                    }
                    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != Layout.VERSION) {
                        throw error(Kind.UNSUPPORTED_FORMAT, ptr(name), "version " + p.getString()
                                + " is not supported; this reader reads version " + Layout.VERSION);
                    }
                }
                case "edition" -> {
                    once(edition != null, name);
                    String key = readString(ptr(name), "the edition, \"2019\" or \"2021\"");
                    edition = switch (key) {
                        case "2019" -> Edition.V2019;
                        case "2021" -> Edition.V2021;
                        default -> throw error(Kind.INVALID_VALUE, ptr(name),
                                "expected the edition, \"2019\" or \"2021\", found \"" + key + "\"");
                    };
                }
                case "header" -> {
                    seenHeader = once(seenHeader, name);
                    readHeader();
                }
                case "narrative" -> {
                    once(narrative != null, name);
                    readNarrative();
                }
                case "T2", "T3", "T4", "S6" -> {
                    ReportTable table = ReportTable.valueOf(name);
                    seenTables[table.ordinal()] = once(seenTables[table.ordinal()], name);
                    if (edition != null && !Layout.hasTable(table, edition)) {
                        throw error(Kind.NOT_IN_EDITION, ptr(name), "table " + name
                                + " does not exist in the " + edition.key() + " edition; omit it");
                    }
                    readTable(table);
                }
                default -> throw error(Kind.UNKNOWN_MEMBER, ptr(name), "unknown member \"" + name
                        + "\"; a report has " + Layout.quotedKeys(ROOT_MEMBERS));
            }
        }
        if (!seenFormat) {
            throw missing(ptr("format"), "the format name \"" + Layout.FORMAT + "\"");
        }
        if (!seenVersion) {
            throw missing(ptr("version"), "the format version " + Layout.VERSION);
        }
        if (edition == null) {
            throw missing(ptr("edition"), "the edition, \"2019\" or \"2021\"");
        }
        if (!seenHeader) {
            throw missing(ptr("header"), "the header object");
        }
        for (ReportTable table : ReportTable.values()) {
            String key = table.key();
            boolean exists = Layout.hasTable(table, edition);
            if (exists && !seenTables[table.ordinal()]) {
                throw missing(ptr(key), "table " + key + " of the " + edition.key() + " edition");
            }
            if (!exists && seenTables[table.ordinal()]) {
                throw error(Kind.NOT_IN_EDITION, ptr(key), "table " + key + " does not exist in the "
                        + edition.key() + " edition; omit it");
            }
            if (deferred[table.ordinal()]) {
                checkTable(table);
            }
        }
        if (narrative == null) {
            throw missing(ptr("narrative"), "the narrative object ({} when there is none)");
        }
        return build();
    }

    private Report build() {
        Report.Builder builder = Report.builder(edition)
                .header(new ReportHeader(organName, reportYear, edition, Optional.ofNullable(publicationDate),
                        Optional.ofNullable(source)))
                .narrative(narrative);
        for (ReportTable table : ReportTable.values()) {
            CellValue[] values = cells[table.ordinal()];
            if (values == null) {
                continue; // a table the edition lacks, checked absent
            }
            try {
                // Every value read is for a cell of the edition (checked above), so none is skipped.
                builder.setAll(table, values);
            } catch (InvalidCellException e) {
                CellRef ref = e.cell();
                throw error(Kind.INVALID_VALUE, ptr(table.key(), ref.row().key(), ref.column().key()),
                        e.getMessage());
            }
        }
        return builder.build();
    }

    // -------------------------------------------------------------------------------------------- header

    private void readHeader() {
        String base = ptr("header");
        expectObject(base, "the header object");
        boolean seenPublicationDate = false;
        boolean seenSource = false;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            String here = base + "/" + escape(name);
            switch (name) {
                case "organName" -> {
                    onceAt(organName != null, here);
                    organName = readString(here, "the organ's name, a non-blank string");
                    if (organName.isBlank()) {
                        throw error(Kind.INVALID_VALUE, here, "expected the organ's name, found a blank string");
                    }
                }
                case "reportYear" -> {
                    onceAt(reportYear != null, here);
                    JsonToken t = p.nextToken();
                    if (t != JsonToken.VALUE_NUMBER_INT) {
                        throw error(Kind.WRONG_TYPE, here, "expected the report year, an integer from "
                                + ReportHeader.FIRST_REPORT_YEAR + " to " + ReportHeader.LAST_REPORT_YEAR
                                + ", found " + describe(t));
                    }
                    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < ReportHeader.FIRST_REPORT_YEAR
                            || p.getIntValue() > ReportHeader.LAST_REPORT_YEAR) {
                        throw error(Kind.INVALID_VALUE, here, "expected a report year from "
                                + ReportHeader.FIRST_REPORT_YEAR + " to " + ReportHeader.LAST_REPORT_YEAR
                                + ", found " + p.getString());
                    }
                    reportYear = p.getIntValue();
                }
                case "publicationDate" -> {
                    seenPublicationDate = onceAt(seenPublicationDate, here);
                    String text = readString(here, "the publication date \"YYYY-MM-DD\" (omit the member when"
                            + " unknown)");
                    if (!DATE.matcher(text).matches()) {
                        throw error(Kind.INVALID_VALUE, here, "expected a date \"YYYY-MM-DD\", found \"" + text + "\"");
                    }
                    try {
                        // The pattern matched: four, two and two ASCII digits (LocalDate.parse is slower).
                        publicationDate = LocalDate.of(Integer.parseInt(text, 0, 4, 10),
                                Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
                    } catch (DateTimeException e) {
                        throw error(Kind.INVALID_VALUE, here, "expected a date \"YYYY-MM-DD\", found \"" + text
                                + "\", which is no calendar date");
                    }
                }
                case "source" -> {
                    seenSource = onceAt(seenSource, here);
                    source = readString(here, "where the report was found, a non-blank string (omit the member"
                            + " when unknown)");
                    if (source.isBlank()) {
                        throw error(Kind.INVALID_VALUE, here, "expected a non-blank source, found a blank string;"
                                + " omit the member when unknown");
                    }
                }
                default -> throw error(Kind.UNKNOWN_MEMBER, here, "unknown member \"" + name
                        + "\"; a header has \"organName\", \"reportYear\", \"publicationDate\", \"source\"");
            }
        }
        if (organName == null) {
            throw missing(base + "/organName", "the organ's name");
        }
        if (reportYear == null) {
            throw missing(base + "/reportYear", "the report year");
        }
    }

    // ----------------------------------------------------------------------------------------- narrative

    private void readNarrative() {
        String base = ptr("narrative");
        expectObject(base, "the narrative object ({} when there is none)");
        String overview = null;
        String problems = null;
        String other = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            String here = base + "/" + escape(name);
            String expected = "the text of the section, a string (omit the member when there is none)";
            switch (name) {
                case "overview" -> {
                    onceAt(overview != null, here);
                    overview = readString(here, expected);
                }
                case "problemsAndImprovements" -> {
                    onceAt(problems != null, here);
                    problems = readString(here, expected);
                }
                case "otherMatters" -> {
                    onceAt(other != null, here);
                    other = readString(here, expected);
                }
                default -> throw error(Kind.UNKNOWN_MEMBER, here, "unknown member \"" + name
                        + "\"; a narrative has \"overview\", \"problemsAndImprovements\", \"otherMatters\"");
            }
        }
        narrative = Narrative.of(overview, problems, other);
    }

    // -------------------------------------------------------------------------------------------- tables

    private void readTable(ReportTable table) {
        String tableKey = table.key();
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw error(Kind.WRONG_TYPE, ptr(tableKey), "expected table " + tableKey + ", an object of rows, found "
                    + describe(p.currentToken()));
        }
        int width = table.columns().size();
        CellValue[] values = new CellValue[table.rows().size() * width];
        boolean[] seen = new boolean[table.rows().size()];
        cells[table.ordinal()] = values;
        rowsSeen[table.ordinal()] = seen;
        NameIndex rows = Layout.rowIndex(table);
        // The rows in canonical order, as written: each name is first compared with the one expected there.
        List<Layout.RowPlan> expected = edition == null ? List.of() : Layout.plan(edition).get(table.ordinal()).rows();
        int next = 0;
        while (true) {
            int match;
            if (next < expected.size() && p.nextName(expected.get(next).name())) {
                match = ((Enum<?>) expected.get(next++).row()).ordinal();
            } else {
                String name = nextNameAfterGuess(next < expected.size());
                if (name == null) {
                    break;
                }
                match = rows.find(name);
            }
            if (match < 0) {
                String rowKey = p.currentName();
                throw error(Kind.UNKNOWN_MEMBER, ptr(tableKey, rowKey), "unknown row \"" + rowKey + "\"; table "
                        + tableKey + " has the rows " + Layout.quotedKeys(rowKeys(table, edition)));
            }
            TableRow row = Layout.row(table, match);
            if (edition != null && Layout.rowSize(edition, table, match) == 0) {
                String rowKey = row.key();
                throw error(Kind.NOT_IN_EDITION, ptr(tableKey, rowKey), "row " + tableKey + "/" + rowKey
                        + " does not exist in the " + edition.key() + " edition (it is a row of the "
                        + Layout.other(edition).key() + " edition)");
            }
            int r = match;
            if (seen[r]) {
                throw duplicate(ptr(tableKey, row.key()));
            }
            seen[r] = true;
            readRow(table, row, values, width);
        }
        if (edition != null) {
            // Rows and cells were checked against the edition as they were read: only absent rows remain.
            for (Layout.RowPlan plan : Layout.plan(edition).get(table.ordinal()).rows()) {
                if (!seen[((Enum<?>) plan.row()).ordinal()]) {
                    throw missing(ptr(tableKey, plan.row().key()), "row " + tableKey + "/" + plan.row().key() + "（"
                            + plan.row().qualifiedLabel(edition) + "）");
                }
            }
        } else {
            deferred[table.ordinal()] = true;
        }
    }

    private void readRow(ReportTable table, TableRow row, CellValue[] values, int width) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw error(Kind.WRONG_TYPE, ptr(table.key(), row.key()), "expected row " + table.key() + "/" + row.key()
                    + ", an object of cells, found " + describe(p.currentToken()));
        }
        NameIndex columns = Layout.columnIndex(table);
        ValueKind[] kinds = Layout.kinds(table);
        boolean[] anyEdition = Layout.cells(null, table);
        boolean[] inEdition = edition == null ? null : Layout.cells(edition, table);
        int base = ((Enum<?>) row).ordinal() * width;
        int read = 0;
        // The columns in canonical order, as written: each name is first compared with the one expected there.
        Layout.RowPlan plan = edition == null ? null : Layout.rowPlan(edition, table, ((Enum<?>) row).ordinal());
        List<Layout.ColumnPlan> expected = plan == null ? List.of() : plan.columns();
        int next = 0;
        while (true) {
            int match;
            if (next < expected.size() && p.nextName(expected.get(next).name())) {
                match = ((Enum<?>) expected.get(next++).column()).ordinal();
            } else {
                String name = nextNameAfterGuess(next < expected.size());
                if (name == null) {
                    break;
                }
                match = columns.find(name);
            }
            int i = base + match;
            if (match < 0 || !anyEdition[i]) {
                String columnKey = p.currentName();
                throw error(Kind.UNKNOWN_MEMBER, ptr(table.key(), row.key(), columnKey), "unknown column \""
                        + columnKey + "\"; row " + table.key() + "/" + row.key() + " has the columns "
                        + Layout.quotedKeys(columnKeys(row, edition)));
            }
            TableColumn column = Layout.column(table, match);
            if (inEdition != null && !inEdition[i]) {
                throw notInEdition(ptr(table.key(), row.key(), column.key()), CellRef.of(row, column));
            }
            if (values[i] != null) {
                throw duplicate(ptr(table.key(), row.key(), column.key()));
            }
            values[i] = readCell(row, column, kinds[match]);
            read++;
        }
        // Every cell read exists in the edition and none twice: as many as the row has means none is missing.
        if (edition != null && read != Layout.rowSize(edition, table, base / width)) {
            for (TableColumn column : row.columns(edition)) {
                if (values[index(row, column, width)] == null) {
                    throw missing(ptr(table.key(), row.key(), column.key()),
                            cellExpectation(column) + " (null for a blank cell)");
                }
            }
        }
    }

    /**
     * Returns the member name after a guess with {@link JsonParser#nextName(tools.jackson.core.SerializableString)}
     * failed (the parser already stands on the next token), or else reads the next token.
     *
     * @return the name, or null at the end of the object
     */
    private String nextNameAfterGuess(boolean guessed) {
        if (!guessed) {
            return p.nextName();
        }
        return p.currentToken() == JsonToken.PROPERTY_NAME ? p.currentName() : null;
    }

    /** Runs the checks that need the edition: rows and cells of the wrong edition, missing rows and cells. */
    private void checkTable(ReportTable table) {
        CellValue[] values = cells[table.ordinal()];
        boolean[] seen = rowsSeen[table.ordinal()];
        int width = table.columns().size();
        for (TableRow row : table.rows()) {
            int r = ((Enum<?>) row).ordinal();
            if (!row.existsIn(edition)) {
                if (seen[r]) {
                    throw error(Kind.NOT_IN_EDITION, ptr(table.key(), row.key()), "row " + table.key() + "/"
                            + row.key() + " does not exist in the " + edition.key() + " edition (it is a row of the "
                            + Layout.other(edition).key() + " edition)");
                }
                continue;
            }
            if (!seen[r]) {
                throw missing(ptr(table.key(), row.key()), "row " + table.key() + "/" + row.key() + "（"
                        + row.qualifiedLabel(edition) + "）");
            }
            for (TableColumn column : row.columns(Layout.other(edition))) {
                if (!row.columns(edition).contains(column) && values[index(row, column, width)] != null) {
                    throw notInEdition(ptr(table.key(), row.key(), column.key()), CellRef.of(row, column));
                }
            }
            for (TableColumn column : row.columns(edition)) {
                if (values[index(row, column, width)] == null) {
                    throw missing(ptr(table.key(), row.key(), column.key()),
                            cellExpectation(column) + " (null for a blank cell)");
                }
            }
        }
    }

    private ReportJsonException notInEdition(String pointer, CellRef ref) {
        return error(Kind.NOT_IN_EDITION, pointer, "cell " + ref + " does not exist in the " + edition.key()
                + " edition; row " + ref.table().key() + "/" + ref.row().key() + " has the columns "
                + Layout.quotedKeys(columnKeys(ref.row(), edition)));
    }

    // --------------------------------------------------------------------------------------------- cells

    private String ptr(TableRow row, TableColumn column) {
        return ptr(row.table().key(), row.key(), column.key());
    }

    private CellValue readCell(TableRow row, TableColumn column, ValueKind kind) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT && kind != ValueKind.AMOUNT) {
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                long value = p.getLongValue();
                if (kind == ValueKind.SIGNED_COUNT) {
                    return CellValue.signedCount(value);
                }
                if (value < 0) {
                    throw error(Kind.INVALID_VALUE, ptr(row, column), "a count must not be negative, found " + value);
                }
                return CellValue.count(value);
            }
            boolean negative = p.getString().startsWith("-");
            if (column.valueKind() == ValueKind.COUNT && negative) {
                throw error(Kind.INVALID_VALUE, ptr(row, column), "a count must not be negative, found "
                        + p.getString());
            }
            throw error(Kind.INVALID_VALUE, ptr(row, column), "the number " + p.getString()
                    + " is beyond the integer range (" + (column.valueKind() == ValueKind.COUNT ? "0" : Long.MIN_VALUE)
                    + " to " + Long.MAX_VALUE + ")");
        }
        if (t == JsonToken.VALUE_NULL) {
            return CellValue.blank();
        }
        if (t == JsonToken.START_OBJECT) {
            return readNotApplicable(row, column);
        }
        if (column.valueKind() == ValueKind.AMOUNT) {
            return readAmount(t, row, column);
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(Kind.INVALID_VALUE, ptr(row, column), "a " + (column.valueKind() == ValueKind.COUNT ? "count"
                    : "change") + " must be a whole number written without a fraction or exponent, found "
                    + p.getString());
        }
        throw error(Kind.WRONG_TYPE, ptr(row, column), "expected " + cellExpectation(column) + ", found "
                + describe(t));
    }

    private CellValue readAmount(JsonToken t, TableRow row, TableColumn column) {
        if (t != JsonToken.VALUE_STRING) {
            String hint = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                    ? " (an amount is a string so that its exact decimal form survives, such as \"" + p.getString()
                            + "\")"
                    : "";
            throw error(Kind.WRONG_TYPE, ptr(row, column), "expected " + cellExpectation(column) + ", found "
                    + describe(t) + hint);
        }
        String text = p.getString();
        CellValue plain = plainAmount(text, column);
        if (plain != null) {
            return plain;
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            throw error(Kind.INVALID_VALUE, ptr(row, column), "expected " + cellExpectation(column) + ", found \""
                    + text + "\"");
        }
        AmountUnit header = column.headerUnit();
        AmountUnit unit = header;
        String symbol = m.group(3);
        if (symbol != null) {
            unit = AmountUnit.fromSymbol(symbol).orElseThrow();
            if (unit == header) {
                throw error(Kind.INVALID_VALUE, ptr(row, column), "the unit " + symbol + " is the column's own unit"
                        + " and is not written; expected \"" + text.substring(0, text.length() - symbol.length())
                        + "\"");
            }
        }
        try {
            return CellValue.amount(new BigDecimal(symbol == null ? text : text.substring(0, m.start(3))), unit);
        } catch (IllegalArgumentException e) {
            throw error(Kind.INVALID_VALUE, ptr(row, column), e.getMessage());
        }
    }

    /**
     * Reads the common amount, a whole number in the column's unit ({@code "3351"}), without the pattern;
     * returns null for anything else, which the pattern then reads (or rejects) as before.
     */
    static CellValue plainAmount(String text, TableColumn column) {
        int n = text.length();
        if (n == 0 || n > Math.min(18, CellValue.MAX_AMOUNT_INTEGER_DIGITS) || n > 1 && text.charAt(0) == '0') {
            return null;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return CellValue.amount(BigDecimal.valueOf(value), column.headerUnit());
    }

    private CellValue readNotApplicable(TableRow row, TableColumn column) {
        String mark = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            if (!"na".equals(name)) {
                throw error(Kind.UNKNOWN_MEMBER, ptr(row, column) + "/" + escape(name), "unknown member \"" + name
                        + "\"; a not-applicable cell is {\"na\": mark}, such as {\"na\": \"/\"}");
            }
            if (mark != null) {
                throw duplicate(ptr(row, column) + "/na");
            }
            mark = readString(ptr(row, column) + "/na", "the mark printed in the cell, such as \"/\" or \"—\"");
        }
        if (mark == null) {
            throw missing(ptr(row, column) + "/na", "the mark printed in a not-applicable cell, such as \"/\"");
        }
        try {
            return CellValue.notApplicable(mark);
        } catch (IllegalArgumentException e) {
            throw error(Kind.INVALID_VALUE, ptr(row, column) + "/na", e.getMessage() + ", found \"" + mark + "\"");
        }
    }

    private static String cellExpectation(TableColumn column) {
        return switch (column.valueKind()) {
            case COUNT -> "a count (an integer from 0 to " + Long.MAX_VALUE + "), null or {\"na\": mark}";
            case SIGNED_COUNT -> "a signed change (an integer), null or {\"na\": mark}";
            case AMOUNT -> {
                String units = switch (column.headerUnit()) {
                    case YUAN -> ", followed by 万元 only when printed in 万元";
                    case TEN_THOUSAND_YUAN -> ", followed by 元 only when printed in 元";
                    case UNSTATED -> ", followed by 元 or 万元 when printed";
                };
                yield "an amount (a string in plain decimal notation such as \"0.00\"" + units
                        + "), null or {\"na\": mark}";
            }
        };
    }

    // ------------------------------------------------------------------------------------------- helpers

    private String readString(String here, String expected) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_STRING) {
            throw error(Kind.WRONG_TYPE, here, "expected " + expected + ", found " + describe(t));
        }
        return p.getString();
    }

    private void expectObject(String here, String expected) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            throw error(Kind.WRONG_TYPE, here, "expected " + expected + ", found " + describe(t));
        }
    }

    /** Checks a root member was not seen yet; returns true to record it. */
    private boolean once(boolean seen, String name) {
        return onceAt(seen, ptr(name));
    }

    private boolean onceAt(boolean seen, String here) {
        if (seen) {
            throw duplicate(here);
        }
        return true;
    }

    private ReportJsonException duplicate(String here) {
        return error(Kind.DUPLICATE_MEMBER, here, "duplicate member; each member may appear only once");
    }

    private ReportJsonException missing(String here, String expected) {
        return error(Kind.MISSING_MEMBER, here, "missing required member: expected " + expected);
    }

    private ReportJsonException error(Kind kind, String here, String problem) {
        return new ReportJsonException(kind, here, problem, p.currentTokenLocation(), null);
    }

    private String ptr(String name) {
        return prefix + "/" + escape(name);
    }

    private String ptr(String table, String row) {
        return prefix + "/" + table + "/" + escape(row);
    }

    private String ptr(String table, String row, String column) {
        return prefix + "/" + table + "/" + escape(row) + "/" + escape(column);
    }

    /** Escapes one reference token of a JSON Pointer (RFC 6901). */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static int index(TableRow row, TableColumn column, int width) {
        return ((Enum<?>) row).ordinal() * width + ((Enum<?>) column).ordinal();
    }

    private static List<String> rowKeys(ReportTable table, Edition edition) {
        List<String> keys = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if (edition == null || row.existsIn(edition)) {
                keys.add(row.key());
            }
        }
        return keys;
    }

    private static List<String> columnKeys(TableRow row, Edition edition) {
        List<String> keys = new ArrayList<>();
        for (TableColumn column : row.table().columns()) {
            boolean has = edition == null
                    ? row.columns(Edition.V2019).contains(column) || row.columns(Edition.V2021).contains(column)
                    : row.columns(edition).contains(column);
            if (has) {
                keys.add(column.key());
            }
        }
        return keys;
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
