package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where one cell's value came from: the cell, the text printed for it and its position in the page.
 *
 * <p>The raw text is the cell's own text as printed, trimmed ({@code "0件"}, {@code "1,234"}, {@code "/"},
 * {@code ""} for an empty cell). For a number cut out of a glued run it is that number's digits, and a note names
 * the whole run and how it was split. For a section 六 fee figure stated only in a sentence it is the figure
 * ({@code 380元}) or the words that deny one ({@code 未收取信息处理费}, read as 0), and the note
 * ({@link Note.Kind#FROM_SENTENCE}) quotes the clause. An immutable, thread-safe value.
 *
 * @param cell the cell of the report
 * @param raw the text printed for the cell, trimmed; empty for a cell printed empty
 * @param position where the text stands in the page
 * @param notes how the value was obtained when it was not simply read from its own cell (a glued run split
 *     by the table's identity, a label recognised from a fragment, a figure stated only in a sentence); empty for
 *     most cells
 */
public record Provenance(CellRef cell, String raw, SourcePosition position, List<Note> notes) {

    /**
     * How a value was obtained, as data: the kind and the values its text names. An immutable value.
     *
     * @param kind what was done
     * @param arguments the values its text names, as listed for each {@link Kind}
     */
    public record Note(Kind kind, List<String> arguments) {

        /** What was done to obtain a value; each constant lists the arguments its text names. */
        public enum Kind {
            /** Cut from a glued run the one way it can be: the run, how many numbers. */
            SPLIT_ONLY_CUT(2),
            /** Split from a glued run so that the row's total is the sum of the others: the run. */
            SPLIT_ROW_TOTAL(1),
            /** Split from a glued run over several rows so that each group's total holds: the run. */
            SPLIT_GROUP_TOTALS(1),
            /** Split from a glued run the one way the whole table's identities hold: the run, the table. */
            SPLIT_TABLE(2),
            /** The row recognised from a fragment of its label: the fragment. */
            LABEL_FROM_FRAGMENT(1),
            /** The row recognised as the next in printed order from its label with characters missing: the label. */
            LABEL_WITH_CHARACTERS_MISSING(1),
            /** The row printed without its label, which stands detached nearby. */
            LABEL_DETACHED(0),
            /** Stated only in a sentence of section 六: the sentence. */
            FROM_SENTENCE(1),
            /**
             * 0, because its group was printed as one row with 0 in this column: the cells it totals are counts,
             * none below 0, so each is 0. The group's label.
             */
            FROM_ZERO_GROUP_TOTAL(1);

            private final int argumentCount;

            Kind(int argumentCount) {
                this.argumentCount = argumentCount;
            }

            /**
             * Returns how many {@link Note#arguments()} the kind's text takes.
             *
             * @return the count
             */
            public int argumentCount() {
                return argumentCount;
            }
        }

        /**
         * Checks the parts and copies the arguments.
         *
         * @throws NullPointerException if a part or an argument is null
         * @throws IllegalArgumentException if the kind takes another number of arguments
         */
        public Note {
            Objects.requireNonNull(kind, "kind");
            arguments = ReaderTexts.arguments(kind, kind.argumentCount(), arguments);
        }

        /**
         * Obtains a note.
         *
         * @param kind what was done
         * @param arguments the values its text names
         * @return the note, never null
         * @throws IllegalArgumentException if the kind takes another number of arguments
         */
        public static Note of(Kind kind, String... arguments) {
            return new Note(kind, List.of(arguments));
        }

        /**
         * Returns the note's text: in Chinese for a locale whose language is {@code zh}, in English otherwise; page
         * text is inserted as printed.
         *
         * @param locale the language
         * @return the text, never null
         */
        public String text(Locale locale) {
            return ReaderTexts.format(locale, "note." + kind.name(), arguments, Map.of());
        }

        /**
         * Returns the text in English.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }
    }

    /**
     * Checks for nulls and copies the notes.
     *
     * @throws NullPointerException if a component or a note is null
     */
    public Provenance {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(position, "position");
        notes = List.copyOf(notes);
    }

    /**
     * Returns the notes as one text, in English, each after the other separated by {@code "; "}.
     *
     * @return the text, or empty if there is no note
     */
    public Optional<String> note() {
        return note(Locale.ENGLISH);
    }

    /**
     * Returns the notes as one text: in Chinese for a locale whose language is {@code zh}, in English otherwise.
     *
     * @param locale the language
     * @return the text, or empty if there is no note
     */
    public Optional<String> note(Locale locale) {
        return notes.isEmpty() ? Optional.empty() : Optional.of(notes.stream().map(n -> n.text(locale))
                .collect(Collectors.joining("zh".equals(locale.getLanguage()) ? "；" : "; ")));
    }

    /**
     * Returns {@code cell = "raw" @ position}, with the notes if any, in English.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return cell + " = \"" + raw + "\" @ " + position + note().map(n -> " (" + n + ")").orElse("");
    }
}
