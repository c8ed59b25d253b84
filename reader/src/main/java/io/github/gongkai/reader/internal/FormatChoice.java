package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.ReadingWarning;
import io.github.gongkai.reader.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the format a page is read in, from the format declared (by a file extension or the caller) and what
 * its content shows ({@link FormatSniffer}): the content, when it leaves no doubt and disagrees, with a
 * {@link ReadingWarning.Code#FORMAT_FROM_CONTENT} warning; else the format declared; with none declared, the
 * content's best guess.
 */
public final class FormatChoice {

    private FormatChoice() {
    }

    /**
     * The format chosen, and the warning saying the content overrode the declaration, if it did.
     *
     * @param format the format to read the page in
     * @param warning the {@code FORMAT_FROM_CONTENT} warning, or empty
     */
    public record Choice(SourceFormat format, Optional<ReadingWarning> warning) {
    }

    /**
     * Chooses.
     *
     * @param text the page, decoded
     * @param declared the format declared, or null for none
     * @param declaredBy who declared it, for the warning: {@code "caller"}, or the file's extension ({@code ".txt"})
     * @param fromContent whether the content may override the declaration
     * @return the choice, never null
     */
    public static Choice choose(String text, SourceFormat declared, String declaredBy, boolean fromContent) {
        if (declared != null && !fromContent) {
            return new Choice(declared, Optional.empty());
        }
        FormatSniffer.Verdict v = FormatSniffer.sniff(text);
        if (declared == null) {
            return new Choice(v.format(), Optional.empty());
        }
        if (!v.conclusive() || v.format() == declared) {
            return new Choice(declared, Optional.empty());
        }
        List<String> arguments = new ArrayList<>(List.of(declared.name(), declaredBy, v.format().name()));
        arguments.addAll(v.values());
        return new Choice(v.format(), Optional.of(ReadingWarning.of(v.detail(), arguments,
                Optional.ofNullable(v.at()), Optional.empty())));
    }
}
