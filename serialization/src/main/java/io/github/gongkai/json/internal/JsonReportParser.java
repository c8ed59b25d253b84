package io.github.gongkai.json.internal;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.InvalidCellException;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.internal.CoreAccess;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.io.CharConversionException;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SerializedString;

/**
 * Reads one report from a {@link JsonParser}, token by token, strictly: every member of the format must be
 * present exactly once, nothing else may be, and every value must have the right type and range. The first
 * error ends the read with a {@link ReportJsonException} naming its JSON Pointer.
 *
 * <p>This class reads the report object itself; {@link HeaderParser} reads the header and the narrative,
 * {@link TableParser} the tables (and {@link CellValueParser} their less common values, {@link CellObjectParser}
 * and {@link UnreadCellParser} the cells that are objects), {@link VersionRule} keeps the unread cells, the form
 * of version 2, out of a version-1 document, {@link JsonErrors} builds the errors and pointers, and
 * {@link TokenCursor} holds the speed tricks.
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

    private static final List<String> ROOT_MEMBERS = List.of("format", "version", "edition", "header", "T2", "T3",
            "T4", "S6", "narrative");

    /** The root members in canonical order; {@code M_*} are their indexes. */
    private static final SerializableString[] ROOT_NAMES = ROOT_MEMBERS.stream().map(SerializedString::new)
            .toArray(SerializableString[]::new);
    /** The paths of the root members from the report, for {@link JsonErrors#at}; by member index. */
    private static final String[] ROOT_PATHS = ROOT_MEMBERS.stream().map(name -> "/" + name).toArray(String[]::new);
    private static final JsonProblem EDITION = JsonProblem.of("expect.edition");
    /** The versions this reader reads, for messages. */
    private static final int M_FORMAT = 0;
    private static final int M_VERSION = 1;
    private static final int M_EDITION = 2;
    private static final int M_HEADER = 3;
    private static final int M_T2 = 4;
    private static final int M_T3 = 5;
    private static final int M_T4 = 6;
    private static final int M_S6 = 7;
    private static final int M_NARRATIVE = 8;
    /** The tables in the order of their members ({@code M_T2} to {@code M_S6}), which is their enum order. */
    private static final ReportTable[] TABLES = {ReportTable.T2, ReportTable.T3, ReportTable.T4, ReportTable.S6};

    private final JsonParser p;
    private final JsonErrors errors;
    private final TokenCursor cursor;
    private final HeaderParser header;
    private final TableParser tables;
    private final VersionRule version;

    private Edition edition;
    private boolean seenFormat;
    private boolean seenVersion;
    private boolean seenHeader;
    private final boolean[] seenTables = new boolean[TABLES.length];

    private JsonReportParser(JsonParser p, String prefix) {
        this.p = p;
        this.errors = new JsonErrors(p, prefix);
        this.cursor = new TokenCursor(p, errors);
        this.header = new HeaderParser(p, cursor, errors);
        this.version = new VersionRule(p, errors);
        this.tables = new TableParser(p, cursor, errors, version);
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
                throw reader.errors.error(Kind.MALFORMED_JSON, "", JsonProblem.of("problem.noContent"));
            }
            Report report = reader.readReport();
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw reader.errors.error(Kind.MALFORMED_JSON, "",
                        JsonProblem.of("problem.trailing", JsonErrors.describe(trailing)));
            }
            return report;
        } catch (JacksonException e) {
            throw reader.failure(e);
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
        } catch (JacksonException e) {
            throw reader.failure(e);
        }
    }

    /**
     * What a read that failed throws: our own error as it is; an I/O failure stays one (the caller unwraps it),
     * except bytes that the parser's own decoder rejects (UTF-32 outside Unicode, for example), which are
     * malformed content, not a failing stream; any other Jackson error translated to a pointer and a kind.
     */
    private JacksonException failure(JacksonException e) {
        if (e instanceof ReportJsonException) {
            return e;
        }
        if (e instanceof JacksonIOException io) {
            return io.getCause() instanceof CharConversionException ? undecodable(io) : io;
        }
        return errors.translate(e);
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
        return JsonFailures.exception(Kind.MALFORMED_JSON, "", JsonProblem.of("problem.undecodable",
                e.getOriginalMessage()), e.getLocation(), e);
    }

    private Report readReport() {
        JsonToken start = p.currentToken();
        boolean atName;
        if (start == JsonToken.START_OBJECT) {
            atName = false;
        } else if (start == JsonToken.PROPERTY_NAME) {
            atName = true;
        } else {
            throw errors.error(Kind.WRONG_TYPE, errors.root(), JsonErrors.expected(JsonProblem.of("expect.report"),
                    JsonErrors.describe(start)));
        }
        // Kept small so that the compilers take it (a large one ran interpreted or barely compiled): each
        // member and the final checks are methods of their own.
        // The members in canonical order, as written: each name is first compared with the one expected there.
        int next = 0;
        while (true) {
            int member;
            if (atName) {
                atName = false;
                member = rootMember(p.currentName());
            } else {
                member = cursor.nextMember(ROOT_NAMES, next);
                if (member == TokenCursor.END) {
                    break;
                }
                if (member == TokenCursor.OTHER) {
                    member = rootMember(p.currentName());
                }
            }
            next = member + 1;
            readRootMember(member);
        }
        checkRoot();
        return build();
    }

    private void readRootMember(int member) {
        switch (member) {
            case M_FORMAT -> readFormat();
            case M_VERSION -> readVersion();
            case M_EDITION -> readEdition();
            case M_HEADER -> {
                seenHeader = errors.once(seenHeader, here(M_HEADER));
                header.readHeader();
            }
            case M_NARRATIVE -> {
                errors.once(header.narrative != null, here(M_NARRATIVE));
                header.readNarrative();
            }
            case M_T2, M_T3, M_T4, M_S6 -> readTable(TABLES[member - M_T2]);
            default -> {
                String name = p.currentName();
                throw errors.error(Kind.UNKNOWN_MEMBER, errors.ptr(name), JsonProblem.of("problem.unknown",
                        JsonText.quote(name), JsonProblem.of("has.report", Layout.quotedKeys(ROOT_MEMBERS))));
            }
        }
    }

    private void readTable(ReportTable table) {
        seenTables[table.ordinal()] = errors.once(seenTables[table.ordinal()], here(M_T2 + table.ordinal()));
        if (edition != null && !Layout.hasTable(table, edition)) {
            throw tableNotInEdition(table);
        }
        tables.read(table, edition);
    }

    private void readFormat() {
        seenFormat = errors.once(seenFormat, here(M_FORMAT));
        String format = cursor.nextString(here(M_FORMAT), JsonProblem.of("expect.format", Layout.FORMAT));
        if (!Layout.FORMAT.equals(format)) {
            throw errors.error(Kind.UNSUPPORTED_FORMAT, here(M_FORMAT),
                    JsonErrors.expected(JsonProblem.literal("\"" + Layout.FORMAT + "\""), JsonText.quote(format)));
        }
    }

    private void readVersion() {
        seenVersion = errors.once(seenVersion, here(M_VERSION));
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw errors.wrongType(here(M_VERSION), JsonProblem.of("expect.versionInteger", Layout.VERSION_1,
                    Layout.VERSION_2));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || !VersionRule.isKnown(p.getIntValue())) {
            throw errors.error(Kind.UNSUPPORTED_FORMAT, here(M_VERSION), JsonProblem.of("problem.version",
                    p.getString(), Layout.VERSION_1, Layout.VERSION_2));
        }
        version.declare(p.getIntValue());
    }

    private void readEdition() {
        errors.once(edition != null, here(M_EDITION));
        String key = cursor.nextString(here(M_EDITION), EDITION);
        for (Edition e : Edition.values()) {
            if (e.key().equals(key)) {
                edition = e;
                return;
            }
        }
        throw errors.error(Kind.INVALID_VALUE, here(M_EDITION), JsonErrors.expected(EDITION, JsonText.quote(key)));
    }

    /** The checks at the end of the report object: every member present, the tables of the edition. */
    private void checkRoot() {
        if (!seenFormat) {
            throw errors.missing(here(M_FORMAT), JsonProblem.of("expect.format", Layout.FORMAT));
        }
        if (!seenVersion) {
            throw errors.missing(here(M_VERSION), JsonProblem.of("expect.version", Layout.VERSION_1,
                    Layout.VERSION_2));
        }
        if (edition == null) {
            throw errors.missing(here(M_EDITION), EDITION);
        }
        if (!seenHeader) {
            throw errors.missing(here(M_HEADER), JsonProblem.of("expect.header"));
        }
        for (ReportTable table : TABLES) {
            boolean exists = Layout.hasTable(table, edition);
            if (exists && !seenTables[table.ordinal()]) {
                throw errors.missing(errors.ptr(table.key()), JsonProblem.of("expect.table", table.key(),
                        edition.key()));
            }
            if (!exists && seenTables[table.ordinal()]) {
                throw tableNotInEdition(table);
            }
            tables.checkDeferred(table, edition);
        }
        if (header.narrative == null) {
            throw errors.missing(here(M_NARRATIVE), JsonProblem.of("expect.narrative"));
        }
    }

    /** The pointer of a root member, by member index. */
    private String here(int member) {
        return errors.at(ROOT_PATHS[member]);
    }

    private ReportJsonException tableNotInEdition(ReportTable table) {
        return errors.error(Kind.NOT_IN_EDITION, errors.ptr(table.key()), JsonProblem.of("problem.tableNotInEdition",
                table.key(), edition.key()));
    }

    private Report build() {
        // The header's facts were checked as they were read, so its own check cannot fail.
        ReportHeader reportHeader = new ReportHeader(header.organName, header.reportYear, edition,
                Optional.ofNullable(header.publicationDate), Optional.ofNullable(header.source));
        try {
            // Every value read is for a cell of the edition (checked above); the tables the edition lacks were
            // checked absent and are left blank. The arrays become the report's own.
            return CoreAccess.report(reportHeader, header.narrative, tables.valuesByTable());
        } catch (InvalidCellException e) {
            throw errors.error(Kind.INVALID_VALUE, errors.ptr(e.cell()), CoreRules.refused(e.getMessage()));
        }
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
}
