package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the reader noticed and handled, which a careful user may want to check: a glued row it split,
 * a subtotal it skipped, a row label it recognised only from a fragment, numbers it could not place, a
 * header it had to infer. An immutable, thread-safe value.
 *
 * @param code what kind of thing happened
 * @param message a one-line English description naming what was seen
 * @param position where in the page, if it concerns one place
 * @param cell the first cell concerned, if it concerns cells
 */
public record ReadingWarning(Code code, String message, Optional<SourcePosition> position, Optional<CellRef> cell) {

    /** The kinds of warning. */
    public enum Code {
        /** A glued run of digits was split into cells because exactly one split satisfies the identity. */
        GLUED_ROW_SPLIT,
        /**
         * The glued rows of a table that their own identities leave open could not be decided by the table's
         * identities: no joint reading satisfies them (the page has an error) or there were too many to search.
         * Each stays ambiguous, read by its own identities only.
         */
        GLUED_TABLE_UNDECIDED,
        /** A row label was recognised from a fragment of it (a label broken over lines or cells). */
        LABEL_FRAGMENT,
        /**
         * A row printed without a label was placed as the next row in printed order, because that row's
         * label stands nearby, detached from its numbers (a PDF converter moved it).
         */
        DETACHED_LABEL,
        /**
         * A subtotal row of a group (（三）..（六）, or 三、本年度办理结果) was printed with numbers, and the group's
         * own rows too: it was skipped.
         */
        SUBTOTAL_ROW_SKIPPED,
        /**
         * A group of table 三 was printed as one row, its own rows absent, as the 2019 template prints （六）其他处理
         * in a 2021-edition report: each column's number is the total of the group's cells in that column,
         * which are unread (merged) and carry it ({@link io.github.gongkai.core.PrintedTotal}).
         */
        GROUP_PRINTED_AS_ONE_ROW,
        /** A 法人或其他组织 subtotal column was found and left out of the model. */
        SUBTOTAL_COLUMN_SKIPPED,
        /** A row was printed twice; the first was kept. */
        DUPLICATE_ROW,
        /** Numbers were found in a table but belong to no recognised row; they were not used. */
        UNPLACED_NUMBERS,
        /** A cell's text could not be read as a value of its column; the cell was left unread (damaged). */
        UNREADABLE_VALUE,
        /** Empty cells printed after a row's last column were ignored. */
        TRAILING_EMPTY_CELLS,
        /** A section heading was not found; the section was taken to start at its first row label. */
        HEADING_MISSING,
        /** The edition could not be told from the tables' headers and was inferred otherwise. */
        EDITION_INFERRED,
        /** The organ or year was not found in a title and was inferred or defaulted. */
        HEADER_INFERRED,
        /** The file was not UTF-8; it was decoded with the charset its HTML declares, or as GB18030. */
        CHARSET_NOT_UTF8,
        /**
         * The page held unpaired surrogates (half of a UTF-16 pair, in the text itself or, in HTML, written as
         * a character reference such as {@code &#xD800;}); each was read as U+FFFD, the replacement character,
         * as the HTML standard decodes such a reference. The warning names the first and counts them all.
         */
        UNPAIRED_SURROGATE,
        /**
         * Control characters (C0 such as NUL, DEL, C1) were removed from the organ name or the source address:
         * they are no part of a name, and the model does not accept them there.
         */
        CONTROL_CHARACTERS_REMOVED,
        /**
         * Content was not read: a narrative section (一, 五, 六) longer than the reader keeps, or numbers after
         * table 四 was read where no later section heading was found. The warning names where the ignored
         * content starts and ends and how many lines (or HTML blocks and cells) it spans.
         */
        CONTENT_IGNORED,
        /**
         * The page's content is clearly of another format than the one declared for it by its file extension or
         * by the caller (an HTML page saved as {@code .txt}, Markdown pipe tables in a {@code .txt}, plain text
         * in a {@code .html}); it was read in the format of its content. The warning names the format declared,
         * the one read and what in the content decided it. See {@link ReportReader.Builder#formatFromContent}.
         */
        FORMAT_FROM_CONTENT,
        /**
         * A section 六 fee figure was read from a sentence ({@code 收取信息处理费共计380元}, {@code 未收取信息处理费}
         * for 0), because neither the format's statement ({@code 发出收费通知的件数为…}) nor a table printed it. Its
         * provenance quotes the sentence. A sentence may count a wider scope than the tables (a county's fees in
         * one organ's report); sentences that name one ({@code 全县}, {@code 各部门}) are not read.
         */
        FIGURE_FROM_PROSE,
        /**
         * A sentence of section 六 states a fee figure other than the one printed for the same cell by the format's
         * statement or a table; the printed figure was kept. The warning quotes the sentence and names both.
         */
        PROSE_FIGURE_DIFFERS,
        /**
         * The document reader (PDF, Word) noticed something about how the document was made that bears on how far
         * its text can be trusted, such as a PDF whose text is an invisible layer over page images (a scan with
         * recognised text: its characters are as an OCR program read them, not as printed). The message says what.
         */
        DOCUMENT_REMARK;

        /**
         * Says in a few words what kind of thing a warning of this code reports: in Chinese for a locale whose
         * language is {@code zh}, in English otherwise. The warning's {@code message} gives the detail, in English.
         *
         * @param locale the language
         * @return the words, never null
         */
        public String describe(Locale locale) {
            return ReaderTexts.format(locale, "warning." + name(), List.of(), Map.of());
        }
    }

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if a component is null
     */
    public ReadingWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(cell, "cell");
    }

    /**
     * Returns {@code CODE @ position: message}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return code + position.map(p -> " @ " + p).orElse("") + ": " + message;
    }
}
