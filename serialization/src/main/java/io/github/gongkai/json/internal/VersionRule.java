package io.github.gongkai.json.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.json.ReportJsonException.Kind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * The version rule of one read: versions 1 and 2 are read, and an unread cell, the form version 2 adds, is an
 * error in a version-1 document, at the cell's pointer. Members come in any order, so the version may be read
 * after the tables: the first unread cell is then remembered, with where it was, until the version is known.
 */
final class VersionRule {

    private final JsonParser p;
    private final JsonErrors errors;
    /** The version declared, or 0 while it is not read. */
    private int declared;
    private CellRef firstUnread;
    private TokenStreamLocation firstUnreadLocation;

    VersionRule(JsonParser p, JsonErrors errors) {
        this.p = p;
        this.errors = errors;
    }

    /** Tells whether a document of this version can be read. */
    static boolean isKnown(int version) {
        return version == Layout.VERSION_1 || version == Layout.VERSION_2;
    }

    /**
     * Records the version the document declares, a {@linkplain #isKnown known} one.
     *
     * @throws ReportJsonException if it is version 1 and an unread cell was read before
     */
    void declare(int version) {
        declared = version;
        if (version == Layout.VERSION_1 && firstUnread != null) {
            throw errors.errorAt(Kind.UNSUPPORTED_FORMAT, errors.ptr(firstUnread), problem(), firstUnreadLocation);
        }
    }

    /**
     * Records an unread cell, the parser standing on the first member of its object.
     *
     * @throws ReportJsonException if the document declared version 1
     */
    void unreadCell(CellRef cell) {
        if (declared == Layout.VERSION_1) {
            throw errors.error(Kind.UNSUPPORTED_FORMAT, errors.ptr(cell), problem());
        }
        if (declared == 0 && firstUnread == null) {
            firstUnread = cell;
            firstUnreadLocation = p.currentTokenLocation();
        }
    }

    private static JsonProblem problem() {
        return JsonProblem.of("problem.unreadInVersion1", Layout.VERSION_2, Layout.VERSION_1);
    }
}
