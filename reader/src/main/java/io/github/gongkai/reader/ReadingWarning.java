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
 * <p>What happened is given as data: the {@link Code kind}, the {@link Detail text} among the kind's texts, and
 * that text's {@link #arguments() arguments} (page text as printed, numbers, positions). {@link #message(Locale)}
 * makes the sentence in English or Chinese from them, so that a tool can act on the detail and its values
 * without reading a sentence.
 *
 * @param code what kind of thing happened
 * @param detail which of the kind's texts describes it
 * @param arguments the values the text names, as listed for each {@link Detail}: page text as printed, numbers
 *     in ASCII digits, positions in the English form {@link SourcePosition#parse} reads
 * @param position where in the page, if it concerns one place
 * @param cell the first cell concerned, if it concerns cells
 */
public record ReadingWarning(Code code, Detail detail, List<String> arguments, Optional<SourcePosition> position,
        Optional<CellRef> cell) {

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
         * in a {@code .html}, a PDF or Word file under another format's extension); it was read in the format of
         * its content. The warning names the format declared,
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
         * language is {@code zh}, in English otherwise. The warning's {@link ReadingWarning#message(Locale)} gives
         * the detail.
         *
         * @param locale the language
         * @return the words, never null
         */
        public String describe(Locale locale) {
            return ReaderTexts.format(locale, "warning." + name(), List.of(), Map.of());
        }
    }

    /**
     * Which of its code's texts a warning carries, and how many {@link ReadingWarning#arguments()} the text names.
     * The texts are in the reader's message files, in English and Chinese; each constant's documentation lists
     * its arguments in order.
     */
    public enum Detail {
        /** Glued digits cut the one way they can be: the run, the parts joined by {@code /}, how many. */
        SPLIT_ONLY_CUT(Code.GLUED_ROW_SPLIT, 3),
        /** Glued digits split so that the row's total is the sum of the others: the run, the parts. */
        SPLIT_ROW_TOTAL(Code.GLUED_ROW_SPLIT, 2),
        /** Glued digits over several rows split so that each group's total holds: the run, the parts. */
        SPLIT_GROUP_TOTALS(Code.GLUED_ROW_SPLIT, 2),
        /** Glued digits split the one way the whole table's identities hold: the run, the parts, the table. */
        SPLIT_TABLE(Code.GLUED_ROW_SPLIT, 3),
        /** The table's glued rows are too many to decide within the search limit: the table. */
        TABLE_SEARCH_LIMIT(Code.GLUED_TABLE_UNDECIDED, 1),
        /** No reading of the table's glued rows satisfies its identities: the table. */
        TABLE_NO_READING(Code.GLUED_TABLE_UNDECIDED, 1),
        /** A row recognised from a fragment of its label: the numbers, the row, the fragment. */
        LABEL_FROM_FRAGMENT(Code.LABEL_FRAGMENT, 3),
        /**
         * A row recognised as the next in printed order from its label with characters missing: the numbers, the
         * row, the label as printed.
         */
        LABEL_WITH_CHARACTERS_MISSING(Code.LABEL_FRAGMENT, 3),
        /** Numbers printed without their label placed in the next row in printed order: the numbers, the row. */
        DETACHED_ROWS_PLACED(Code.DETACHED_LABEL, 2),
        /**
         * Numbers printed without their label not placed, as the row's label comes later with numbers of its own:
         * the numbers, the row they were not placed in, the row whose label comes later.
         */
        DETACHED_LABEL_COMES_LATER(Code.DETACHED_LABEL, 3),
        /**
         * Numbers printed without their label not placed, as such rows do not exactly fill a gap between rows
         * with labels: the numbers, the row.
         */
        DETACHED_GAP_NOT_FILLED(Code.DETACHED_LABEL, 2),
        /**
         * Numbers whose label stood apart from them placed by table 三's printed order: between two rows labelled
         * beside their numbers, such runs exactly fill the rows in between, and the text before each names its row
         * or none (a PDF's text laid out by columns prints several rows' labels, then their numbers): the numbers,
         * the row.
         */
        ROWS_BY_PRINTED_ORDER(Code.DETACHED_LABEL, 2),
        /**
         * Numbers whose label stood apart from them taken back from the row that label named, as table 三's
         * printed order does not confirm it between the rows labelled beside their numbers before and after them
         * (it leaves that row no room, or a row's numbers there are lost): the numbers, the row, whose cells are
         * left unread.
         */
        ROW_AGAINST_PRINTED_ORDER(Code.DETACHED_LABEL, 2),
        /** A subtotal row skipped: its label, its numbers. */
        SUBTOTAL_ROW(Code.SUBTOTAL_ROW_SKIPPED, 2),
        /** A group printed as one row: the group's label, its numbers. */
        GROUP_AS_ONE_ROW(Code.GROUP_PRINTED_AS_ONE_ROW, 2),
        /** A subtotal column the header names: its place among the 8 columns. */
        SUBTOTAL_COLUMN_NAMED(Code.SUBTOTAL_COLUMN_SKIPPED, 1),
        /** A subtotal column found by its sum: its place among the 8 columns. */
        SUBTOTAL_COLUMN_BY_SUM(Code.SUBTOTAL_COLUMN_SKIPPED, 1),
        /** A subtotal column found by its sum where the header names another place: its place, the header's. */
        SUBTOTAL_COLUMN_HEADER_REFUTED(Code.SUBTOTAL_COLUMN_SKIPPED, 2),
        /** A row printed again: the row, the numbers printed again. */
        ROW_PRINTED_AGAIN(Code.DUPLICATE_ROW, 2),
        /** Numbers in no recognised row: the numbers, the table ({@code 二}, {@code 三}, {@code 四}). */
        NUMBERS_IN_NO_ROW(Code.UNPLACED_NUMBERS, 2),
        /**
         * A cell's text is not a value of its column: the text, the kind of value
         * ({@link io.github.gongkai.core.ValueKind} name).
         */
        NOT_A_VALUE(Code.UNREADABLE_VALUE, 2),
        /**
         * A cell's text is an amount with more decimal places than the model keeps: the text,
         * {@link io.github.gongkai.core.CellValue#MAX_AMOUNT_SCALE}.
         */
        AMOUNT_TOO_MANY_DECIMALS(Code.UNREADABLE_VALUE, 2),
        /**
         * A cell's text is an amount with more digits before the point than the model keeps: the text,
         * {@link io.github.gongkai.core.CellValue#MAX_AMOUNT_INTEGER_DIGITS}.
         */
        AMOUNT_TOO_LARGE(Code.UNREADABLE_VALUE, 2),
        /** Empty cells after a row's last column, first seen here. */
        EMPTY_CELLS_AFTER_ROW(Code.TRAILING_EMPTY_CELLS, 0),
        /** Table 三's heading not found; the table starts at its first row label. */
        TABLE_THREE_HEADING_MISSING(Code.HEADING_MISSING, 0),
        /** The edition taken as the one prescribed for the report year: the year. */
        EDITION_BY_YEAR(Code.EDITION_INFERRED, 1),
        /** The current (2021) edition assumed. */
        EDITION_ASSUMED(Code.EDITION_INFERRED, 0),
        /** No title naming the organ: the organ's name set instead. */
        ORGAN_NOT_FOUND(Code.HEADER_INFERRED, 1),
        /** The report year taken from the statistics period: the year. */
        YEAR_FROM_PERIOD(Code.HEADER_INFERRED, 1),
        /** The report year taken as the year before publication: the year. */
        YEAR_BEFORE_PUBLICATION(Code.HEADER_INFERRED, 1),
        /** No year anywhere; the edition's first report year taken: the year. */
        YEAR_OF_EDITION(Code.HEADER_INFERRED, 1),
        /** A UTF-16 file told by its byte order mark: the file's name (empty for none), the charset decoded. */
        CHARSET_UTF16(Code.CHARSET_NOT_UTF8, 2),
        /** Not UTF-8, decoded as the page declares: the file's name (empty for none), the charset. */
        CHARSET_DECLARED(Code.CHARSET_NOT_UTF8, 2),
        /** Not UTF-8 and no charset declared, decoded as GB18030: the file's name (empty for none). */
        CHARSET_GB18030(Code.CHARSET_NOT_UTF8, 1),
        /** Unpaired surrogates read as U+FFFD, the first here: how many. */
        SURROGATES_REPLACED(Code.UNPAIRED_SURROGATE, 1),
        /**
         * Control characters removed from a text: which ({@code ORGAN_NAME}, {@code SOURCE}, {@code FILE_NAME},
         * the file name used as the source).
         */
        CONTROLS_REMOVED(Code.CONTROL_CHARACTERS_REMOVED, 1),
        /** Control characters removed from a text, which left nothing: which, as for {@link #CONTROLS_REMOVED}. */
        CONTROLS_REMOVED_LEAVING_NOTHING(Code.CONTROL_CHARACTERS_REMOVED, 1),
        /**
         * A section's text longer than the characters kept: the section ({@code 一}, {@code 五}, {@code 六}), the
         * characters kept, how many lines (or blocks and cells) were not read from here, where the last of them
         * stands.
         */
        SECTION_TOO_LONG(Code.CONTENT_IGNORED, 4),
        /**
         * Numbers after table 四 and no later section heading: how many lines (or blocks and cells) were not read
         * from here, where the last of them stands.
         */
        NUMBERS_AFTER_TABLE_FOUR(Code.CONTENT_IGNORED, 2),
        /**
         * A section's heading printed again, its text starting anew: the section, where the heading stands the last
         * time, how many lines (or blocks and cells) were not read from here, where the last of them stands.
         */
        SECTION_HEADING_REPEATED(Code.CONTENT_IGNORED, 4),
        /**
         * The page read in the format of its content, told by an {@code <html>} or {@code <body>} tag, the first
         * here. The first three arguments of each {@code FORMAT_BY_} text are the format declared
         * ({@link SourceFormat} name), who declared it ({@code caller}, or the file's extension such as
         * {@code .txt}) and the format of the content; this one's fourth is the tag.
         */
        FORMAT_BY_DOCUMENT_TAG(Code.FORMAT_FROM_CONTENT, 4),
        /** The format told by a {@code <table>} tag and row and cell tags, the first here; fourth: how many. */
        FORMAT_BY_TABLE_TAG(Code.FORMAT_FROM_CONTENT, 4),
        /** The format told by table row and cell tags, the first here; fourth: how many. */
        FORMAT_BY_CELL_TAGS(Code.FORMAT_FROM_CONTENT, 4),
        /** The format told by markup throughout; fourth and fifth: how many tags, on how many lines with text. */
        FORMAT_BY_MARKUP(Code.FORMAT_FROM_CONTENT, 5),
        /** The format told by a pipe-table separator row ({@code |---|}), the first here. */
        FORMAT_BY_PIPE_SEPARATOR(Code.FORMAT_FROM_CONTENT, 3),
        /** The format told by neither markup nor pipe-table rows. */
        FORMAT_BY_NO_MARKUP(Code.FORMAT_FROM_CONTENT, 3),
        /**
         * A PDF or Word file read as what its first bytes show, its name's extension declaring another format (a PDF
         * saved as {@code .txt}, a {@code .docx} package named {@code .doc}): the three arguments of each
         * {@code FORMAT_BY_} text, the format of the content being {@code PDF}, {@code DOCX} or {@code DOC}.
         */
        FORMAT_BY_SIGNATURE(Code.FORMAT_FROM_CONTENT, 3),
        /**
         * A page read as what its content is, its name's extension declaring a document (a web page Word saved as
         * {@code .doc}, a page a download saved under a {@code .pdf} name): the format the name declares
         * ({@code PDF}, {@code DOCX}, {@code DOC}), the extension, the page's format ({@code HTML}, {@code MARKDOWN},
         * {@code TEXT}).
         */
        PAGE_NAMED_AS_DOCUMENT(Code.FORMAT_FROM_CONTENT, 3),
        /**
         * A web archive (MHTML: a browser's single-file page, Internet Explorer's or Word's {@code .mht}) whose HTML
         * page was read; no argument.
         */
        WEB_ARCHIVE_PAGE(Code.FORMAT_FROM_CONTENT, 0),
        /** A fee figure read from a sentence: the column's label, the figure as printed, the sentence. */
        FEE_FROM_SENTENCE(Code.FIGURE_FROM_PROSE, 3),
        /**
         * A sentence states another fee figure than the one printed: the figure stated, the column's label, the
         * sentence, the figure printed.
         */
        FEE_SENTENCE_DIFFERS(Code.PROSE_FIGURE_DIFFERS, 4),
        /**
         * A PDF's text is an invisible layer over page images (a scan with recognised text): the pages so made,
         * the pages in all.
         */
        TEXT_OVER_PAGE_IMAGES(Code.DOCUMENT_REMARK, 2),
        /**
         * A PDF that does not end with its end-of-file marker {@code %%EOF} (it has none, or a part of a PDF
         * follows its last one: an object, a stream, a cross-reference section), as a download or copy that stopped
         * leaves it, whose pages still laid out: what was read may be incomplete. Bytes that are no part of a PDF
         * after the {@code %%EOF} (padding, a page a server appended) do not count, however many: the pages laid
         * out. Were such a PDF then to hold no report or no table 三, the read fails as
         * {@link ReportReadException.Detail#PDF_CUT_SHORT} instead.
         */
        PDF_CUT_SHORT(Code.DOCUMENT_REMARK, 1),
        /** A document reader's remark in its own words (a reader outside this library): the remark. */
        REMARK(Code.DOCUMENT_REMARK, 1),
        /**
         * More warnings of the same code than are listed for a page: how many more, how many are listed; the last
         * of them here. Belongs to every code.
         */
        NOT_LISTED(null, 2);

        private final Code code;
        private final int argumentCount;

        Detail(Code code, int argumentCount) {
            this.code = code;
            this.argumentCount = argumentCount;
        }

        /**
         * Tells whether warnings of the code may carry this detail.
         *
         * @param code the code
         * @return true if the detail is the code's, or belongs to every code
         */
        public boolean isFor(Code code) {
            return this.code == null || this.code == code;
        }

        /**
         * Returns how many {@link ReadingWarning#arguments()} the detail's text takes.
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
     * @throws NullPointerException if a component or an argument is null
     * @throws IllegalArgumentException if the detail is not one of the code's, or it takes another number of
     *     arguments
     */
    public ReadingWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        arguments = ReaderTexts.arguments(detail, detail.argumentCount(), arguments);
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(cell, "cell");
        if (!detail.isFor(code)) {
            throw new IllegalArgumentException(detail + " is not a detail of " + code);
        }
    }

    /**
     * Obtains a warning of the detail's own code.
     *
     * @param detail which text describes it, not {@link Detail#NOT_LISTED} (which belongs to every code)
     * @param arguments the values the text names
     * @param position where in the page, if it concerns one place
     * @param cell the first cell concerned, if it concerns cells
     * @return the warning, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the detail belongs to no one code, or takes another number of arguments
     */
    public static ReadingWarning of(Detail detail, List<String> arguments, Optional<SourcePosition> position,
            Optional<CellRef> cell) {
        Code code = detail.code;
        if (code == null) {
            throw new IllegalArgumentException(detail + " belongs to every code; name the code");
        }
        return new ReadingWarning(code, detail, arguments, position, cell);
    }

    /**
     * Returns the one-line description in English, such as {@code "glued run '000' split as 0/0/0: the only split
     * in which the total equals the sum of the other cells"}.
     *
     * @return the description, never null
     */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /**
     * Returns the one-line description: in Chinese for a locale whose language is {@code zh}, in English
     * otherwise. Page text is inserted as printed; positions named in it are described in the same language.
     *
     * @param locale the language
     * @return the description, never null
     */
    public String message(Locale locale) {
        String units = position.map(p -> p instanceof SourcePosition.Line ? "units.lines" : "units.blocks")
                .map(key -> ReaderTexts.format(locale, key, List.of(), Map.of())).orElse("");
        return ReaderTexts.format(locale, "detail." + detail.name(), arguments, Map.of("units", units));
    }

    /**
     * Returns {@code CODE @ position: message}, in English.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return code + position.map(p -> " @ " + p).orElse("") + ": " + message();
    }
}
