package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.reader.SourcePosition;
import java.util.List;

/**
 * A page turned into tokens, with the first lines of text kept for reading the header.
 *
 * @param format the format read
 * @param tokens the tokens in page order
 * @param headLines the first lines (or HTML title and blocks) as printed, for the title and date
 * @param headPositions the position of each head line
 */
record Page(SourceFormat format, List<Token> tokens, List<String> headLines, List<SourcePosition> headPositions) {
}
