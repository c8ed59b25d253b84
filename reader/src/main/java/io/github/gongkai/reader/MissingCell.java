package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cell of the report's edition for which the page printed nothing the reader could find: its row is
 * absent, its table is absent, or (section 六) the figure is not stated. The cell is
 * {@linkplain io.github.gongkai.core.CellValue.Unread unread} in the model, with reason
 * {@link io.github.gongkai.core.UnreadReason#NOT_FOUND}: not blank, not zero.
 * An immutable, thread-safe value.
 *
 * @param cell the cell
 * @param code why it was not found
 * @param arguments the values the reason's text names beyond the cell, as listed for each {@link Code}
 * @param position where the reader looked (the start of the table or section), if it found that much
 */
public record MissingCell(CellRef cell, Code code, List<String> arguments, Optional<SourcePosition> position) {

    /**
     * Why the cell was not found. Each constant's text, in English and Chinese, comes from the reader's message
     * files ({@link #reason(Locale)}).
     */
    public enum Code {
        /** The cell's table was not found. */
        TABLE_NOT_FOUND(0),
        /** Section 六 was not found. */
        SECTION_NOT_FOUND(0),
        /** The cell's row was not found in its table. Arguments: the row's label, qualified by its group. */
        ROW_NOT_FOUND(1),
        /** Section 六 was found but does not state the figure. */
        FIGURE_NOT_STATED(0);

        private final int arguments;

        Code(int arguments) {
            this.arguments = arguments;
        }

        /**
         * Returns how many {@link MissingCell#arguments()} the constant's text takes.
         *
         * @return the number, 0 or 1
         */
        public int argumentCount() {
            return arguments;
        }
    }

    /**
     * Obtains a cell not found, for a code that takes no arguments.
     *
     * @param cell the cell
     * @param code why it was not found
     * @param position where the reader looked, if anywhere
     * @return the value, never null
     * @throws IllegalArgumentException if the code takes arguments
     */
    public static MissingCell of(CellRef cell, Code code, Optional<SourcePosition> position) {
        return new MissingCell(cell, code, List.of(), position);
    }

    /**
     * Checks the parts and copies the arguments.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the code takes another number of arguments
     */
    public MissingCell {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(code, "code");
        arguments = ReaderTexts.arguments(code, code.argumentCount(), arguments);
        Objects.requireNonNull(position, "position");
    }

    /**
     * Returns why the cell was not found, in English, such as {@code "the figure is not stated in section 六"}.
     *
     * @return the reason, never null
     */
    public String reason() {
        return reason(Locale.ENGLISH);
    }

    /**
     * Returns why the cell was not found, in Chinese for a locale whose language is {@code zh} and in English
     * otherwise.
     *
     * @param locale the language
     * @return the reason, never null
     */
    public String reason(Locale locale) {
        return ReaderTexts.format(locale, "missing." + code.name(), arguments,
                Map.of("table", ReaderTexts.numeral(cell.table())));
    }

    /**
     * Returns {@code cell: reason (@ position)}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return cell + ": " + reason() + position.map(p -> " @ " + p).orElse("");
    }
}
