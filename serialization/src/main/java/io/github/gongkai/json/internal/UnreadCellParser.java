package io.github.gongkai.json.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads an unread cell, the form version 2 adds: {@code {"unread": reason}}, with {@code "run": {"text":
 * digits, "piece": i, "pieces": n}} for a piece of a glued run or {@code "total": {"value": n, "cells": [cell,
 * ...]}} for a cell printed merged with others. Members may come in any order; each is checked by the core's own
 * rule for it as it is read, so that the error names its pointer.
 */
final class UnreadCellParser {

    private static final String REASONS = Layout.quotedKeys(
            Arrays.stream(UnreadReason.values()).map(UnreadReason::key).toList());
    private static final JsonProblem RUN = JsonProblem.of("expect.run");
    private static final JsonProblem TOTAL = JsonProblem.of("expect.total");
    private static final JsonProblem REASON = JsonProblem.of("expect.reason", REASONS);
    private static final JsonProblem RUN_TEXT = JsonProblem.of("expect.runText");
    private static final JsonProblem PIECE = JsonProblem.of("expect.piece");
    private static final JsonProblem PIECES = JsonProblem.of("expect.pieces");

    private final JsonParser p;
    private final TokenCursor cursor;
    private final JsonErrors errors;
    private final VersionRule version;

    UnreadCellParser(JsonParser p, TokenCursor cursor, JsonErrors errors, VersionRule version) {
        this.p = p;
        this.cursor = cursor;
        this.errors = errors;
        this.version = version;
    }

    /** Tells whether a member name, the first of a cell's object, makes it an unread cell. */
    static boolean isMember(String name) {
        return "unread".equals(name) || "run".equals(name) || "total".equals(name);
    }

    /** Reads the object of an unread cell, the parser standing on its first member's name. */
    CellValue.Unread read(CellRef cell, String first) {
        version.unreadCell(cell);
        String at = errors.ptr(cell);
        UnreadReason reason = null;
        PrintedRun run = null;
        PrintedTotal total = null;
        for (String name = first; name != null; name = p.nextName()) {
            switch (name) {
                case "unread" -> {
                    errors.once(reason != null, at + "/unread");
                    reason = readReason(at + "/unread");
                }
                case "run" -> {
                    errors.once(run != null, at + "/run");
                    notBoth(total != null, at + "/run");
                    run = readRun(at + "/run");
                }
                case "total" -> {
                    errors.once(total != null, at + "/total");
                    notBoth(run != null, at + "/total");
                    total = readTotal(at + "/total");
                }
                default -> throw errors.error(Kind.UNKNOWN_MEMBER, at + "/" + JsonErrors.escape(name),
                        JsonProblem.of("problem.unknown", JsonText.quote(name), JsonProblem.of("has.unread")));
            }
        }
        if (reason == null) {
            throw errors.missing(at + "/unread", REASON);
        }
        if (reason == UnreadReason.MERGED && total == null) {
            throw errors.missing(at + "/total", JsonProblem.of("expect.mergedTotal", TOTAL));
        }
        if (reason != UnreadReason.MERGED && total != null) {
            throw errors.error(Kind.INVALID_VALUE, at + "/total", JsonProblem.of("problem.totalNotMerged",
                    reason.key()));
        }
        return new CellValue.Unread(reason, Optional.ofNullable(run), Optional.ofNullable(total));
    }

    private void notBoth(boolean other, String here) {
        if (other) {
            throw errors.error(Kind.INVALID_VALUE, here, JsonProblem.of("problem.runAndTotal"));
        }
    }

    private UnreadReason readReason(String here) {
        String key = cursor.nextString(here, REASON);
        try {
            return UnreadReason.parse(key);
        } catch (IllegalArgumentException e) {
            throw errors.error(Kind.INVALID_VALUE, here, JsonErrors.expected(REASON, JsonText.quote(key)));
        }
    }

    // ------------------------------------------------------------------------------------------------- run

    private PrintedRun readRun(String here) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw errors.wrongType(here, RUN);
        }
        String text = null;
        int piece = -1;
        int pieces = -1;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            String member = here + "/" + JsonErrors.escape(name);
            switch (name) {
                case "text" -> {
                    errors.once(text != null, member);
                    text = readRunText(member);
                }
                case "piece" -> {
                    errors.once(piece >= 0, member);
                    piece = readInt(member, 0, PIECE);
                }
                case "pieces" -> {
                    errors.once(pieces >= 0, member);
                    pieces = readInt(member, 1, PIECES);
                }
                default -> throw errors.error(Kind.UNKNOWN_MEMBER, member, JsonProblem.of("problem.unknown",
                        JsonText.quote(name), RUN));
            }
        }
        if (text == null) {
            throw errors.missing(here + "/text", RUN_TEXT);
        }
        if (piece < 0) {
            throw errors.missing(here + "/piece", PIECE);
        }
        if (pieces < 0) {
            throw errors.missing(here + "/pieces", PIECES);
        }
        try {
            return PrintedRun.of(text, piece, pieces);
        } catch (IllegalArgumentException e) {
            throw errors.error(Kind.INVALID_VALUE, here + (piece >= pieces ? "/piece" : "/pieces"),
                    CoreRules.refused(e));
        }
    }

    /** Reads a run's text, checked by the core's rule for it (a run of as many pieces as it has digits). */
    private String readRunText(String here) {
        String text = cursor.nextString(here, RUN_TEXT);
        long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
        try {
            PrintedRun.of(text, 0, (int) Math.max(1, digits));
        } catch (IllegalArgumentException e) {
            throw errors.error(Kind.INVALID_VALUE, here, CoreRules.refusedFound(e, JsonText.quote(text)));
        }
        return text;
    }

    private int readInt(String here, int min, JsonProblem expected) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw t == JsonToken.VALUE_NUMBER_FLOAT
                    ? errors.error(Kind.INVALID_VALUE, here, JsonErrors.expected(expected, p.getString()))
                    : errors.wrongType(here, expected);
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < min) {
            throw errors.error(Kind.INVALID_VALUE, here, JsonProblem.of("problem.expectedUpTo", expected,
                    Integer.MAX_VALUE, p.getString()));
        }
        return p.getIntValue();
    }

    // ----------------------------------------------------------------------------------------------- total

    private PrintedTotal readTotal(String here) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw errors.wrongType(here, TOTAL);
        }
        long value = -1;
        List<CellRef> cells = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            String member = here + "/" + JsonErrors.escape(name);
            switch (name) {
                case "value" -> {
                    errors.once(value >= 0, member);
                    value = readCount(member);
                }
                case "cells" -> {
                    errors.once(cells != null, member);
                    cells = readCells(member);
                }
                default -> throw errors.error(Kind.UNKNOWN_MEMBER, member, JsonProblem.of("problem.unknown",
                        JsonText.quote(name), TOTAL));
            }
        }
        if (value < 0) {
            throw errors.missing(here + "/value", JsonProblem.of("expect.totalValue"));
        }
        if (cells == null) {
            throw errors.missing(here + "/cells", JsonProblem.of("expect.totalCells", PrintedTotal.MAX_CELLS));
        }
        try {
            return PrintedTotal.of(value, cells);
        } catch (IllegalArgumentException e) {
            throw errors.error(Kind.INVALID_VALUE, here + "/cells", CoreRules.refused(e));
        }
    }

    private long readCount(String here) {
        JsonProblem expected = JsonProblem.of("expect.totalValueInteger", Long.MAX_VALUE);
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw t == JsonToken.VALUE_NUMBER_FLOAT
                    ? errors.error(Kind.INVALID_VALUE, here, JsonErrors.expected(expected, p.getString()))
                    : errors.wrongType(here, expected);
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG || p.getLongValue() < 0) {
            throw errors.error(Kind.INVALID_VALUE, here, JsonErrors.expected(expected, p.getString()));
        }
        return p.getLongValue();
    }

    private List<CellRef> readCells(String here) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw errors.wrongType(here, JsonProblem.of("expect.totalCellArray"));
        }
        List<CellRef> cells = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            String item = here + "/" + cells.size();
            if (cells.size() == PrintedTotal.MAX_CELLS) {
                throw errors.error(Kind.INVALID_VALUE, item, JsonProblem.of("problem.tooManyCells",
                        PrintedTotal.MAX_CELLS));
            }
            if (t != JsonToken.VALUE_STRING) {
                throw errors.wrongType(item, JsonProblem.of("expect.cellRef"));
            }
            String text = p.getString();
            try {
                cells.add(CellRef.parse(text));
            } catch (IllegalArgumentException e) {
                throw errors.error(Kind.INVALID_VALUE, item, JsonErrors.expected(JsonProblem.of("expect.cellRefEither"),
                        JsonText.quote(text)));
            }
        }
        return cells;
    }
}
