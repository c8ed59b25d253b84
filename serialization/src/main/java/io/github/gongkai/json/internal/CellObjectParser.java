package io.github.gongkai.json.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.json.ReportJsonException.Kind;
import tools.jackson.core.JsonParser;

/**
 * Reads a cell whose value is an object, once the parser stands on its {@code START_OBJECT}: a not-applicable
 * cell {@code {"na": mark}}, or an unread cell (version 2) {@code {"unread": reason, ...}}, which its first
 * member tells apart and {@link UnreadCellParser} reads.
 */
final class CellObjectParser {

    private final JsonParser p;
    private final TokenCursor cursor;
    private final JsonErrors errors;
    private final UnreadCellParser unread;

    CellObjectParser(JsonParser p, TokenCursor cursor, JsonErrors errors, VersionRule version) {
        this.p = p;
        this.cursor = cursor;
        this.errors = errors;
        this.unread = new UnreadCellParser(p, cursor, errors, version);
    }

    /** Reads the object of a cell, from its first member name. */
    CellValue read(CellRef cell) {
        String at = errors.ptr(cell);
        String name = p.nextName();
        if (name == null) {
            throw errors.missing(at + "/na", JsonProblem.of("expect.naMark"));
        }
        if ("na".equals(name)) {
            return readNotApplicable(at);
        }
        if (UnreadCellParser.isMember(name)) {
            return unread.read(cell, name);
        }
        throw errors.error(Kind.UNKNOWN_MEMBER, at + "/" + JsonErrors.escape(name), JsonProblem.of("problem.unknown",
                JsonText.quote(name), JsonProblem.of("has.cellObject")));
    }

    /** Reads {@code {"na": mark}}, the parser standing on the name {@code na}. */
    private CellValue readNotApplicable(String at) {
        String here = at + "/na";
        String mark = cursor.nextString(here, JsonProblem.of("expect.mark"));
        CellValue value;
        try {
            // Checked while the parser stands on the mark, so that the error is located there.
            value = CellValue.notApplicable(mark);
        } catch (IllegalArgumentException e) {
            throw errors.error(Kind.INVALID_VALUE, here, CoreRules.refusedFound(e, JsonText.quote(mark)));
        }
        String name = p.nextName();
        if (name == null) {
            return value;
        }
        if ("na".equals(name)) {
            throw errors.duplicate(here);
        }
        throw errors.error(Kind.UNKNOWN_MEMBER, at + "/" + JsonErrors.escape(name), JsonProblem.of("problem.unknown",
                JsonText.quote(name), JsonProblem.of("has.notApplicable")));
    }
}
