package io.github.gongkai.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.stream.LongStream;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where in the mapper's input each token of a report's copy ({@link TokenCopy#toText}) began, so that an error
 * {@code ReportJson} finds in the copy is located where the value stands in the input: the line and column a client
 * sent, as {@code ReportJson} gives them when it reads the input itself (with Jackson 3). The copy has one token for
 * each token recorded, in the same order. For one report; {@link #locate} once.
 */
final class SourceLocations {

    /** Each token's offset in the input, in bytes or characters as the parser counts them, or -1. */
    private final LongStream.Builder offsets = LongStream.builder();
    /** Each token's line (the high half) and column (the low half), as the parser counts them from 1. */
    private final LongStream.Builder lines = LongStream.builder();

    /**
     * Records where the token the parser is at began.
     *
     * @param p the mapper's parser
     */
    void record(JsonParser p) {
        JsonLocation at = p.currentTokenLocation();
        offsets.add(Math.max(at.getByteOffset(), at.getCharOffset()));
        lines.add((long) at.getLineNr() << 32 | at.getColumnNr() & 0xFFFF_FFFFL);
    }

    /**
     * Finds where in the input the token of the copy that a location falls in began: the last token of the copy
     * that starts at or before the location.
     *
     * @param copy the text {@link TokenCopy#toText} built
     * @param at a location within the copy, as {@code ReportJsonException.getLocation()} gives it, or null
     * @param start where in the input the report began, whose source and kind of offset the answer has
     * @return the token's location in the input; {@code start} where the location or the token is unknown
     */
    JsonLocation locate(String copy, TokenStreamLocation at, JsonLocation start) {
        long[] offset = offsets.build().toArray();
        long[] line = lines.build().toArray();
        int token = at == null || at.getCharOffset() < 0 ? -1 : tokenAt(copy, at.getCharOffset(), offset.length);
        if (token < 0) {
            return start;
        }
        boolean bytes = start.getByteOffset() >= 0;
        return new JsonLocation(start.contentReference(), bytes ? offset[token] : -1, bytes ? -1 : offset[token],
                (int) (line[token] >>> 32), (int) line[token]);
    }

    /** The index of the last of the copy's first {@code tokens} tokens that starts at or before {@code offset}. */
    private static int tokenAt(String copy, long offset, int tokens) {
        int index = -1;
        try (JsonParser p = TokenCopy.parser(copy)) {
            for (JsonToken t = p.nextToken(); t != null && index + 1 < tokens; t = p.nextToken()) {
                if (p.currentTokenLocation().getCharOffset() > offset) {
                    break;
                }
                index++;
            }
        } catch (IOException e) {
            // The copy is the generator's; past a limit of the parser here, the token before it is as near as known.
        }
        return index;
    }
}
