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
import io.github.gongkai.core.internal.CoreAccess;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.io.CharConversionException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.SerializedString;

/**
 * Reads one report from a {@link JsonParser}, token by token, strictly: every member of the format must be
 * present exactly once, nothing else may be, and every value must have the right type and range. The first
 * error ends the read with a {@link ReportJsonException} naming its JSON Pointer.
 *
 * <p>Strings are I-JSON (RFC 7493, section 2.1): a string or member name holding an unpaired surrogate is
 * malformed JSON, whatever else is wrong with it. Jackson rejects escaped ones in member names itself; the
 * rest are found here. Strings the report keeps (the organ's name, the source, the narrative, the marks) are
 * checked by the core's own rule for them as they are read; any other string is either one of a few fixed
 * values, which hold no surrogate, or an error, and every error raised on a string first checks it.
 *
 * <p>Members may come in any order; when the tables come before {@code edition}, the checks that depend on
 * the edition run once it is known. An instance reads one document and is then discarded; it is not
 * thread-safe.
 */
public final class JsonReportParser {

    private static final Pattern AMOUNT = Pattern.compile(
            "(0|[1-9][0-9]{0," + (CellValue.MAX_AMOUNT_INTEGER_DIGITS - 1) + "})(\\.[0-9]{1,"
                    + CellValue.MAX_AMOUNT_SCALE + "})?(元|万元)?");
    private static final List<String> ROOT_MEMBERS = List.of("format", "version", "edition", "header", "T2", "T3",
            "T4", "S6", "narrative");

    /** The root members in canonical order; {@code M_*} are their indexes. */
    private static final SerializableString[] ROOT_NAMES = ROOT_MEMBERS.stream().map(SerializedString::new)
            .toArray(SerializableString[]::new);
    private static final int M_FORMAT = 0;
    private static final int M_VERSION = 1;
    private static final int M_EDITION = 2;
    private static final int M_HEADER = 3;
    private static final int M_T2 = 4;
    private static final int M_T3 = 5;
    private static final int M_T4 = 6;
    private static final int M_S6 = 7;
    private static final int M_NARRATIVE = 8;
    /** The header's members in canonical order; {@code H_*} are their indexes. */
    private static final SerializableString[] HEADER_NAMES = {Layout.N_ORGAN_NAME, Layout.N_REPORT_YEAR,
        Layout.N_PUBLICATION_DATE, Layout.N_SOURCE};
    private static final int H_ORGAN_NAME = 0;
    private static final int H_REPORT_YEAR = 1;
    private static final int H_PUBLICATION_DATE = 2;
    private static final int H_SOURCE = 3;
    /** The narrative's members in canonical order. */
    private static final SerializableString[] NARRATIVE_NAMES = {Layout.N_OVERVIEW, Layout.N_PROBLEMS,
        Layout.N_OTHER_MATTERS};
    private static final Layout.RowShape[] NO_ROWS = {};
    private static final SerializableString[] NO_NAMES = {};
    private static final int[] NO_COLUMNS = {};
    /** The tables in the order of their members ({@code M_T2} to {@code M_S6}), which is their enum order. */
    private static final ReportTable[] TABLES = {ReportTable.T2, ReportTable.T3, ReportTable.T4, ReportTable.S6};

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
    private final CellValue[][] cells = new CellValue[TABLES.length][];
    /** Per table: which rows were present. */
    private final boolean[][] rowsSeen = new boolean[TABLES.length][];
    /** Per table: whether the edition-dependent checks still have to run. */
    private final boolean[] deferred = new boolean[TABLES.length];

    private JsonReportParser(JsonParser p, String prefix) {
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
        JsonReportParser reader = new JsonReportParser(p, "");
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
            throw translateIo(e);
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
        JsonReportParser reader = new JsonReportParser(p, prefix);
        try {
            return reader.readReport();
        } catch (ReportJsonException e) {
            throw e;
        } catch (JacksonIOException e) {
            throw translateIo(e);
        } catch (JacksonException e) {
            throw reader.translate(e);
        }
    }

    /**
     * An I/O failure stays one (the caller unwraps it), except bytes that the parser's own decoder rejects
     * (UTF-32 outside Unicode, for example): those are malformed content, not a failing stream.
     */
    private static JacksonException translateIo(JacksonIOException e) {
        return e.getCause() instanceof CharConversionException ? undecodable(e) : e;
    }

    /**
     * The error for bytes that the parser's decoder rejects, or whose encoding it cannot detect. The decoder works
     * a block of characters ahead of the parser, so where the parser stands says nothing about where the bytes
     * are: the pointer is the whole document's, and Jackson's message gives their offset.
     *
     * @param e the parser's exception for the bytes
     * @return the exception to throw, never null
     */
    public static ReportJsonException undecodable(JacksonIOException e) {
        return new ReportJsonException(Kind.MALFORMED_JSON, "", "malformed JSON: the bytes cannot be decoded: "
                + e.getOriginalMessage(), e.getLocation(), e);
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
        // Jackson quotes the character it stopped at, even an unpaired surrogate or a control character.
        String message = JsonText.printable(e.getOriginalMessage());
        return new ReportJsonException(kind, pointer, kind == Kind.LIMIT_EXCEEDED
                ? "input exceeds a limit: " + message : "malformed JSON: " + message, e.getLocation(), e);
    }

    // ---------------------------------------------------------------------------------------------- root

    private Report readReport() {
        JsonToken start = p.currentToken();
        boolean atName;
        if (start == JsonToken.START_OBJECT) {
            atName = false;
        } else if (start == JsonToken.PROPERTY_NAME) {
            atName = true;
        } else {
            throw error(Kind.WRONG_TYPE, prefix, "expected a report object, found " + describe(start));
        }
        // Kept small so that the compilers take it (a large one ran interpreted or barely compiled): each
        // member and the final checks are methods of their own.
        boolean[] seenTables = new boolean[TABLES.length];
        // The members in canonical order, as written: each name is first compared with the one expected there.
        int next = 0;
        while (true) {
            int member;
            if (atName) {
                atName = false;
                member = rootMember(p.currentName());
            } else if (next < ROOT_NAMES.length && p.nextName(ROOT_NAMES[next])) {
                member = next;
            } else {
                String name = nextNameAfterGuess(next < ROOT_NAMES.length);
                if (name == null) {
                    break;
                }
                member = rootMember(name);
            }
            next = member + 1;
            readRootMember(member, seenTables);
        }
        checkRoot(seenTables);
        return build();
    }

    private void readRootMember(int member, boolean[] seenTables) {
        switch (member) {
            case M_FORMAT -> readFormat();
            case M_VERSION -> readVersion();
            case M_EDITION -> readEdition();
            case M_HEADER -> {
                seenHeader = once(seenHeader, "header");
                readHeader();
            }
            case M_NARRATIVE -> {
                once(narrative != null, "narrative");
                readNarrative();
            }
            case M_T2, M_T3, M_T4, M_S6 -> {
                ReportTable table = TABLES[member - M_T2];
                String key = table.key();
                seenTables[table.ordinal()] = once(seenTables[table.ordinal()], key);
                if (edition != null && !Layout.hasTable(table, edition)) {
                    throw error(Kind.NOT_IN_EDITION, ptr(key), "table " + key
                            + " does not exist in the " + edition.key() + " edition; omit it");
                }
                readTable(table);
            }
            default -> {
                String name = p.currentName();
                throw error(Kind.UNKNOWN_MEMBER, ptr(name), "unknown member " + JsonText.quote(name)
                        + "; a report has " + Layout.quotedKeys(ROOT_MEMBERS));
            }
        }
    }

    private void readFormat() {
        seenFormat = once(seenFormat, "format");
        String format = readString(ptr("format"), "the format name \"" + Layout.FORMAT + "\"");
        if (!Layout.FORMAT.equals(format)) {
            throw error(Kind.UNSUPPORTED_FORMAT, ptr("format"),
                    "expected \"" + Layout.FORMAT + "\", found " + JsonText.quote(format));
        }
    }

    private void readVersion() {
        seenVersion = once(seenVersion, "version");
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw error(Kind.WRONG_TYPE, ptr("version"), "expected the format version, the integer "
                    + Layout.VERSION + ", found " + describe(t));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != Layout.VERSION) {
            throw error(Kind.UNSUPPORTED_FORMAT, ptr("version"), "version " + p.getString()
                    + " is not supported; this reader reads version " + Layout.VERSION);
        }
    }

    private void readEdition() {
        once(edition != null, "edition");
        String key = readString(ptr("edition"), "the edition, \"2019\" or \"2021\"");
        edition = switch (key) {
            case "2019" -> Edition.V2019;
            case "2021" -> Edition.V2021;
            default -> throw error(Kind.INVALID_VALUE, ptr("edition"),
                    "expected the edition, \"2019\" or \"2021\", found " + JsonText.quote(key));
        };
    }

    /** The checks at the end of the report object: every member present, the tables of the edition. */
    private void checkRoot(boolean[] seenTables) {
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
        for (ReportTable table : TABLES) {
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
    }

    private Report build() {
        // The header's facts were checked as they were read, so the builder's own check cannot fail.
        Report.Builder builder = Report.builder(edition)
                .organName(organName)
                .reportYear(reportYear)
                .publicationDate(publicationDate)
                .source(source)
                .narrative(narrative);
        for (ReportTable table : TABLES) {
            CellValue[] values = cells[table.ordinal()];
            if (values == null) {
                continue; // a table the edition lacks, checked absent
            }
            try {
                // Every value read is for a cell of the edition (checked above), so none is skipped.
                CoreAccess.setAll(builder, table, values);
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
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw error(Kind.WRONG_TYPE, ptr("header"), "expected the header object, found "
                    + describe(p.currentToken()));
        }
        boolean seenPublicationDate = false;
        boolean seenSource = false;
        int next = 0;
        while (true) {
            int member;
            if (next < HEADER_NAMES.length && p.nextName(HEADER_NAMES[next])) {
                member = next;
            } else {
                String name = nextNameAfterGuess(next < HEADER_NAMES.length);
                if (name == null) {
                    break;
                }
                member = headerMember(name);
            }
            next = member + 1;
            switch (member) {
                case H_ORGAN_NAME -> {
                    onceIn(organName != null, "header", "organName");
                    organName = readStringIn("header", "organName", "the organ's name, a non-blank string");
                    if (organName.isBlank()) {
                        throw error(Kind.INVALID_VALUE, ptrIn("header", "organName"),
                                "expected the organ's name, found a blank string");
                    }
                    checkText(ptrIn("header", "organName"), organName, JsonReportParser::organNameRule);
                }
                case H_REPORT_YEAR -> {
                    onceIn(reportYear != null, "header", "reportYear");
                    JsonToken t = p.nextToken();
                    if (t != JsonToken.VALUE_NUMBER_INT) {
                        throw error(Kind.WRONG_TYPE, ptrIn("header", "reportYear"), "expected the report year, an"
                                + " integer from " + ReportHeader.FIRST_REPORT_YEAR + " to "
                                + ReportHeader.LAST_REPORT_YEAR + ", found " + describe(t));
                    }
                    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < ReportHeader.FIRST_REPORT_YEAR
                            || p.getIntValue() > ReportHeader.LAST_REPORT_YEAR) {
                        throw error(Kind.INVALID_VALUE, ptrIn("header", "reportYear"), "expected a report year from "
                                + ReportHeader.FIRST_REPORT_YEAR + " to " + ReportHeader.LAST_REPORT_YEAR
                                + ", found " + p.getString());
                    }
                    reportYear = p.getIntValue();
                }
                case H_PUBLICATION_DATE -> {
                    seenPublicationDate = onceIn(seenPublicationDate, "header", "publicationDate");
                    String text = readStringIn("header", "publicationDate", "the publication date \"YYYY-MM-DD\""
                            + " (omit the member when unknown)");
                    publicationDate = date(text);
                }
                case H_SOURCE -> {
                    seenSource = onceIn(seenSource, "header", "source");
                    source = readStringIn("header", "source", "where the report was found, a non-blank string (omit"
                            + " the member when unknown)");
                    if (source.isBlank()) {
                        throw error(Kind.INVALID_VALUE, ptrIn("header", "source"), "expected a non-blank source,"
                                + " found a blank string; omit the member when unknown");
                    }
                    checkText(ptrIn("header", "source"), source, JsonReportParser::sourceRule);
                }
                default -> {
                    String name = p.currentName();
                    throw error(Kind.UNKNOWN_MEMBER, ptrIn("header", name), "unknown member " + JsonText.quote(name)
                            + "; a header has \"organName\", \"reportYear\", \"publicationDate\", \"source\"");
                }
            }
        }
        if (organName == null) {
            throw missing(ptrIn("header", "organName"), "the organ's name");
        }
        if (reportYear == null) {
            throw missing(ptrIn("header", "reportYear"), "the report year");
        }
    }

    /** Reads the publication date, {@code YYYY-MM-DD}. */
    private LocalDate date(String text) {
        if (!isDateShape(text)) {
            throw error(Kind.INVALID_VALUE, ptrIn("header", "publicationDate"), "expected a date \"YYYY-MM-DD\","
                    + " found " + JsonText.quote(text));
        }
        try {
            // Four, two and two ASCII digits (LocalDate.parse is slower).
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            throw error(Kind.INVALID_VALUE, ptrIn("header", "publicationDate"), "expected a date \"YYYY-MM-DD\","
                    + " found " + JsonText.quote(text) + ", which is no calendar date");
        }
    }

    /** Tells whether a text is {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}: ASCII digits, hyphens at 4 and 7. */
    static boolean isDateShape(String text) {
        if (text.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int headerMember(String name) {
        return switch (name) {
            case "organName" -> H_ORGAN_NAME;
            case "reportYear" -> H_REPORT_YEAR;
            case "publicationDate" -> H_PUBLICATION_DATE;
            case "source" -> H_SOURCE;
            default -> -1;
        };
    }

    // ----------------------------------------------------------------------------------------- narrative

    private void readNarrative() {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw error(Kind.WRONG_TYPE, ptr("narrative"), "expected the narrative object ({} when there is none),"
                    + " found " + describe(p.currentToken()));
        }
        String[] sections = new String[NARRATIVE_NAMES.length];
        int next = 0;
        while (true) {
            int member;
            if (next < NARRATIVE_NAMES.length && p.nextName(NARRATIVE_NAMES[next])) {
                member = next;
            } else {
                String name = nextNameAfterGuess(next < NARRATIVE_NAMES.length);
                if (name == null) {
                    break;
                }
                member = narrativeMember(name);
                if (member < 0) {
                    throw error(Kind.UNKNOWN_MEMBER, ptrIn("narrative", name), "unknown member " + JsonText.quote(name)
                            + "; a narrative has \"overview\", \"problemsAndImprovements\", \"otherMatters\"");
                }
            }
            next = member + 1;
            String name = NARRATIVE_NAMES[member].getValue();
            onceIn(sections[member] != null, "narrative", name);
            sections[member] = readStringIn("narrative", name,
                    "the text of the section, a string (omit the member when there is none)");
            int section = member;
            checkText(ptrIn("narrative", name), sections[member], text -> narrativeRule(section, text));
        }
        narrative = Narrative.of(sections[0], sections[1], sections[2]);
    }

    private static int narrativeMember(String name) {
        return switch (name) {
            case "overview" -> 0;
            case "problemsAndImprovements" -> 1;
            case "otherMatters" -> 2;
            default -> -1;
        };
    }

    // -------------------------------------------------------------------------------------------- tables

    private void readTable(ReportTable table) {
        String tableKey = table.key();
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw error(Kind.WRONG_TYPE, ptr(tableKey), "expected table " + tableKey + ", an object of rows, found "
                    + describe(p.currentToken()));
        }
        int width = Layout.width(table);
        CellValue[] values = new CellValue[Layout.height(table) * width];
        boolean[] seen = new boolean[Layout.height(table)];
        cells[table.ordinal()] = values;
        rowsSeen[table.ordinal()] = seen;
        // The rows in canonical order, as written: each name is first compared with the one expected there.
        Layout.RowShape[] expected = edition == null ? NO_ROWS : Layout.rowShapes(edition, table);
        int next = 0;
        while (true) {
            int match;
            Layout.RowShape shape;
            if (next < expected.length && p.nextName(expected[next].name)) {
                shape = expected[next++];
                match = shape.ordinal;
            } else {
                String name = nextNameAfterGuess(next < expected.length);
                if (name == null) {
                    break;
                }
                match = Layout.rowIndex(table).find(name);
                if (match < 0) {
                    String rowKey = p.currentName();
                    throw error(Kind.UNKNOWN_MEMBER, ptr(tableKey, rowKey), "unknown row " + JsonText.quote(rowKey) + "; table "
                            + tableKey + " has the rows " + Layout.quotedKeys(rowKeys(table, edition)));
                }
                shape = null;
                if (edition != null) {
                    shape = Layout.rowShape(edition, table, match);
                    if (shape == null) {
                        String rowKey = Layout.row(table, match).key();
                        throw error(Kind.NOT_IN_EDITION, ptr(tableKey, rowKey), "row " + tableKey + "/" + rowKey
                                + " does not exist in the " + edition.key() + " edition (it is a row of the "
                                + Layout.other(edition).key() + " edition)");
                    }
                }
            }
            if (seen[match]) {
                throw duplicate(ptr(tableKey, Layout.row(table, match).key()));
            }
            seen[match] = true;
            readRow(table, match, shape, values, width);
        }
        if (edition != null) {
            // Rows and cells were checked against the edition as they were read: only absent rows remain.
            for (Layout.RowShape shape : expected) {
                if (!seen[shape.ordinal]) {
                    throw missing(ptr(tableKey, shape.row.key()), "row " + tableKey + "/" + shape.row.key() + "（"
                            + shape.row.qualifiedLabel(edition) + "）");
                }
            }
        } else {
            deferred[table.ordinal()] = true;
        }
    }

    /**
     * Reads one row's object of cells into {@code values}.
     *
     * @param shape the row in the edition, or null while the edition is not known
     */
    private void readRow(ReportTable table, int rowOrdinal, Layout.RowShape shape, CellValue[] values, int width) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw notARow(table, rowOrdinal);
        }
        // Small on purpose: the compiler inlines the reading of a cell into this loop. Errors are built elsewhere.
        ValueKind[] kinds = Layout.kinds(table);
        int base = rowOrdinal * width;
        int read = 0;
        // The columns in canonical order, as written: each name is first compared with the one expected there.
        SerializableString[] expected = shape == null ? NO_NAMES : shape.columnNames;
        int[] columns = shape == null ? NO_COLUMNS : shape.columns;
        int next = 0;
        while (true) {
            int match;
            if (next < expected.length && p.nextName(expected[next])) {
                // A column of the row in the edition: only a duplicate is possible.
                match = columns[next++];
            } else {
                match = otherColumn(table, rowOrdinal, width, next < expected.length);
                if (match < 0) {
                    break;
                }
            }
            int i = base + match;
            if (values[i] != null) {
                throw duplicateCell(table, rowOrdinal, match);
            }
            // The common cell, a whole number of at least zero in a count column, in one call to the parser.
            ValueKind kind = kinds[match];
            long number = -1;
            if (kind != ValueKind.AMOUNT) {
                try {
                    number = p.nextLongValue(-1);
                } catch (InputCoercionException e) {
                    number = -1; // an integer beyond a long: the parser stands on it
                }
            }
            values[i] = number >= 0 ? (kind == ValueKind.COUNT ? CellValue.count(number) : CellValue.signedCount(number))
                    : readOtherCell(kind == ValueKind.AMOUNT ? p.nextToken() : p.currentToken(), table, rowOrdinal,
                            match, kind);
            read++;
        }
        // Every cell read exists in the edition and none twice: as many as the row has means none is missing.
        if (shape != null && read != columns.length) {
            checkNoCellMissing(table, shape, values, width);
        }
    }

    private ReportJsonException notARow(ReportTable table, int rowOrdinal) {
        TableRow row = Layout.row(table, rowOrdinal);
        return error(Kind.WRONG_TYPE, ptr(table.key(), row.key()), "expected row " + table.key() + "/" + row.key()
                + ", an object of cells, found " + describe(p.currentToken()));
    }

    private ReportJsonException duplicateCell(ReportTable table, int rowOrdinal, int columnOrdinal) {
        return duplicate(ptr(table, rowOrdinal, columnOrdinal));
    }

    /**
     * Reads the name of a cell that is not the one expected next (or when none is expected), and checks it.
     *
     * @return the column's ordinal, or -1 at the end of the row
     */
    private int otherColumn(ReportTable table, int rowOrdinal, int width, boolean guessed) {
        String name = nextNameAfterGuess(guessed);
        if (name == null) {
            return -1;
        }
        int match = Layout.columnIndex(table).find(name);
        checkColumn(table, rowOrdinal, match, rowOrdinal * width + match);
        return match;
    }

    /** Fails for the first cell of the row, in printed order, that was not read. */
    private void checkNoCellMissing(ReportTable table, Layout.RowShape shape, CellValue[] values, int width) {
        TableRow row = shape.row;
        for (TableColumn column : row.columns(edition)) {
            if (values[index(row, column, width)] == null) {
                throw missing(ptr(table.key(), row.key(), column.key()),
                        cellExpectation(column) + " (null for a blank cell)");
            }
        }
    }

    /** Checks a column found by name exists in either edition and, once the edition is known, in it. */
    private void checkColumn(ReportTable table, int rowOrdinal, int match, int index) {
        TableRow row = Layout.row(table, rowOrdinal);
        if (match < 0 || !Layout.cells(null, table)[index]) {
            String columnKey = p.currentName();
            throw error(Kind.UNKNOWN_MEMBER, ptr(table.key(), row.key(), columnKey), "unknown column "
                    + JsonText.quote(columnKey) + "; row " + table.key() + "/" + row.key() + " has the columns "
                    + Layout.quotedKeys(columnKeys(row, edition)));
        }
        if (edition != null && !Layout.cells(edition, table)[index]) {
            TableColumn column = Layout.column(table, match);
            throw notInEdition(ptr(table.key(), row.key(), column.key()), CellRef.of(row, column));
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

    private String ptr(ReportTable table, int rowOrdinal, int columnOrdinal) {
        return ptr(Layout.row(table, rowOrdinal), Layout.column(table, columnOrdinal));
    }

    /** Reads a cell's value token that is not a whole number of at least zero in a count column. */
    private CellValue readOtherCell(JsonToken t, ReportTable table, int rowOrdinal, int columnOrdinal, ValueKind kind) {
        if (t == JsonToken.VALUE_NUMBER_INT && kind != ValueKind.AMOUNT) {
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                // readRow took every whole number of at least zero: this one is negative.
                long value = p.getLongValue();
                if (kind == ValueKind.SIGNED_COUNT) {
                    return CellValue.signedCount(value);
                }
                throw error(Kind.INVALID_VALUE, ptr(table, rowOrdinal, columnOrdinal),
                        "a count must not be negative, found " + value);
            }
            throw outOfRange(Layout.column(table, columnOrdinal), ptr(table, rowOrdinal, columnOrdinal));
        }
        if (t == JsonToken.VALUE_NULL) {
            return CellValue.blank();
        }
        return readOtherCell(t, Layout.row(table, rowOrdinal), Layout.column(table, columnOrdinal));
    }

    /** The error for an integer beyond a {@code long}. */
    private ReportJsonException outOfRange(TableColumn column, String pointer) {
        boolean negative = p.getString().startsWith("-");
        if (column.valueKind() == ValueKind.COUNT && negative) {
            return error(Kind.INVALID_VALUE, pointer, "a count must not be negative, found " + p.getString());
        }
        return error(Kind.INVALID_VALUE, pointer, "the number " + p.getString()
                + " is beyond the integer range (" + (column.valueKind() == ValueKind.COUNT ? "0" : Long.MIN_VALUE)
                + " to " + Long.MAX_VALUE + ")");
    }

    /** Reads a cell that is neither a whole number in a count column nor blank. */
    private CellValue readOtherCell(JsonToken t, TableRow row, TableColumn column) {
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
        CellValue plain = text.indexOf('.') < 0 ? plainAmount(text, column) : decimalAmount(text, column);
        if (plain != null) {
            return plain;
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            throw error(Kind.INVALID_VALUE, ptr(row, column), "expected " + cellExpectation(column) + ", found "
                    + JsonText.quote(text));
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

    /**
     * Reads the common decimal amount in the column's unit ({@code "0.00"}, {@code "12.5"}), at most 18 digits
     * in all, without the pattern; returns null for anything else, which the pattern then reads (or rejects).
     */
    static CellValue decimalAmount(String text, TableColumn column) {
        int n = text.length();
        int dot = text.indexOf('.');
        if (dot < 1 || dot == n - 1 || n > 19 || dot > 1 && text.charAt(0) == '0') {
            return null;
        }
        long unscaled = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i != dot) {
                if (c < '0' || c > '9') {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
            }
        }
        return CellValue.amount(BigDecimal.valueOf(unscaled, n - dot - 1), column.headerUnit());
    }

    private CellValue readNotApplicable(TableRow row, TableColumn column) {
        CellValue value = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            if (!"na".equals(name)) {
                throw error(Kind.UNKNOWN_MEMBER, ptr(row, column) + "/" + escape(name), "unknown member "
                        + JsonText.quote(name) + "; a not-applicable cell is {\"na\": mark}, such as {\"na\": \"/\"}");
            }
            if (value != null) {
                throw duplicate(ptr(row, column) + "/na");
            }
            String here = ptr(row, column) + "/na";
            String mark = readString(here, "the mark printed in the cell, such as \"/\" or \"—\"");
            try {
                // Checked while the parser stands on the mark, so that the error is located there.
                value = CellValue.notApplicable(mark);
            } catch (IllegalArgumentException e) {
                throw error(Kind.INVALID_VALUE, here, e.getMessage() + ", found " + JsonText.quote(mark));
            }
        }
        if (value == null) {
            throw missing(ptr(row, column) + "/na", "the mark printed in a not-applicable cell, such as \"/\"");
        }
        return value;
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

    /** Reads a string member of an object of the root, naming it in the error only if there is one. */
    private String readStringIn(String parent, String name, String expected) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_STRING) {
            throw error(Kind.WRONG_TYPE, ptrIn(parent, name), "expected " + expected + ", found " + describe(t));
        }
        return p.getString();
    }

    /** Checks a member of an object of the root was not seen yet; returns true to record it. */
    private boolean onceIn(boolean seen, String parent, String name) {
        if (seen) {
            throw duplicate(ptrIn(parent, name));
        }
        return true;
    }

    /** Checks a root member was not seen yet; returns true to record it. */
    private boolean once(boolean seen, String name) {
        if (seen) {
            throw duplicate(ptr(name));
        }
        return true;
    }

    /** Returns the index of a root member in {@link #ROOT_NAMES}, or -1 for an unknown name. */
    private static int rootMember(String name) {
        return switch (name) {
            case "format" -> M_FORMAT;
            case "version" -> M_VERSION;
            case "edition" -> M_EDITION;
            case "header" -> M_HEADER;
            case "T2" -> M_T2;
            case "T3" -> M_T3;
            case "T4" -> M_T4;
            case "S6" -> M_S6;
            case "narrative" -> M_NARRATIVE;
            default -> -1;
        };
    }

    private ReportJsonException duplicate(String here) {
        return error(Kind.DUPLICATE_MEMBER, here, "duplicate member; each member may appear only once");
    }

    private ReportJsonException missing(String here, String expected) {
        return error(Kind.MISSING_MEMBER, here, "missing required member: expected " + expected);
    }

    /**
     * The error at {@code here}; but when the parser stands on a string or member name that is not well-formed
     * Unicode, that is the error, as malformed JSON: at the value for a string, at the object holding it for a
     * name (whose own pointer would carry the surrogate).
     */
    private ReportJsonException error(Kind kind, String here, String problem) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
            boolean name = t == JsonToken.PROPERTY_NAME;
            String text = name ? p.currentName() : p.getString();
            int at = JsonText.unpairedSurrogate(text);
            if (at >= 0) {
                return new ReportJsonException(Kind.MALFORMED_JSON, name ? here.substring(0, here.lastIndexOf('/'))
                        : here, "malformed JSON: " + (name ? "a member name" : "the string") + " is not well-formed"
                        + " Unicode (I-JSON, RFC 7493): the unpaired surrogate " + JsonText.code(text.charAt(at))
                        + " at index " + at, p.currentTokenLocation(), null);
            }
        }
        return new ReportJsonException(kind, here, problem, p.currentTokenLocation(), null);
    }

    /**
     * Applies the core's rule for a text the report keeps, while the parser stands on it, so that the error
     * names its member: {@code rule} builds a throwaway value of the core type that will hold the text, which
     * checks it as the report will. The two rules are thus one, and cannot drift apart.
     */
    private void checkText(String here, String text, Consumer<String> rule) {
        try {
            rule.accept(text);
        } catch (IllegalArgumentException e) {
            throw error(Kind.INVALID_VALUE, here, e.getMessage());
        }
    }

    // The rules: a value of the core type that will hold the text, with any valid value for the rest.

    private static void organNameRule(String text) {
        ReportHeader.of(text, ReportHeader.FIRST_REPORT_YEAR, Edition.V2021);
    }

    private static void sourceRule(String text) {
        ReportHeader.of("-", ReportHeader.FIRST_REPORT_YEAR, Edition.V2021).withSource(text);
    }

    /** The rule for a narrative section, by member index: a narrative with the text in its place. */
    private static void narrativeRule(int section, String text) {
        Narrative.of(section == 0 ? text : null, section == 1 ? text : null, section == 2 ? text : null);
    }

    private String ptr(String name) {
        return prefix + "/" + escape(name);
    }

    /** The pointer of a member of the root's member {@code parent}, whose name needs no escaping. */
    private String ptrIn(String parent, String name) {
        return prefix + "/" + parent + "/" + escape(name);
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
