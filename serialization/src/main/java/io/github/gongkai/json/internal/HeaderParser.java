package io.github.gongkai.json.internal;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.ReportHeader;
import io.github.gongkai.json.ReportJsonException.Kind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;

/**
 * Reads the report's two objects of text, {@code header} and {@code narrative}, and keeps what they hold.
 * The texts the report keeps are checked by the core's own rule for them while the parser stands on them.
 */
final class HeaderParser {

    /** The header's members in canonical order; {@code H_*} are their indexes. */
    private static final SerializableString[] HEADER_NAMES = {Layout.N_ORGAN_NAME, Layout.N_REPORT_YEAR,
        Layout.N_PUBLICATION_DATE, Layout.N_SOURCE};
    private static final int H_ORGAN_NAME = 0;
    private static final int H_REPORT_YEAR = 1;
    private static final int H_PUBLICATION_DATE = 2;
    private static final int H_SOURCE = 3;
    /** The paths of the header's members from the report, for {@link JsonErrors#at}; by member index. */
    private static final String[] HEADER_PATHS = paths("header", HEADER_NAMES);
    /** The narrative's members in canonical order. */
    private static final SerializableString[] NARRATIVE_NAMES = {Layout.N_OVERVIEW, Layout.N_PROBLEMS,
        Layout.N_OTHER_MATTERS};
    /** The paths of the narrative's members from the report; by member index. */
    private static final String[] NARRATIVE_PATHS = paths("narrative", NARRATIVE_NAMES);

    private final JsonParser p;
    private final TokenCursor cursor;
    private final JsonErrors errors;

    String organName;
    Integer reportYear;
    LocalDate publicationDate;
    String source;
    /** The narrative, or null until it is read. */
    Narrative narrative;
    private boolean seenPublicationDate;
    private boolean seenSource;

    HeaderParser(JsonParser p, TokenCursor cursor, JsonErrors errors) {
        this.p = p;
        this.cursor = cursor;
        this.errors = errors;
    }

    // -------------------------------------------------------------------------------------------- header

    void readHeader() {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw errors.wrongType(errors.ptr("header"), JsonProblem.of("expect.header"));
        }
        int next = 0;
        while (true) {
            int member = cursor.nextMember(HEADER_NAMES, next);
            if (member == TokenCursor.END) {
                break;
            }
            if (member == TokenCursor.OTHER) {
                member = headerMember(p.currentName());
            }
            next = member + 1;
            switch (member) {
                case H_ORGAN_NAME -> readOrganName();
                case H_REPORT_YEAR -> readReportYear();
                case H_PUBLICATION_DATE -> {
                    seenPublicationDate = errors.once(seenPublicationDate, here(H_PUBLICATION_DATE));
                    publicationDate = date(cursor.nextString(here(H_PUBLICATION_DATE),
                            JsonProblem.of("expect.publicationDate")));
                }
                case H_SOURCE -> readSource();
                default -> {
                    String name = p.currentName();
                    throw errors.error(Kind.UNKNOWN_MEMBER, errors.ptrIn("header", name),
                            JsonProblem.of("problem.unknown", JsonText.quote(name), JsonProblem.of("has.header")));
                }
            }
        }
        if (organName == null) {
            throw errors.missing(here(H_ORGAN_NAME), JsonProblem.of("expect.organName"));
        }
        if (reportYear == null) {
            throw errors.missing(here(H_REPORT_YEAR), JsonProblem.of("expect.reportYear"));
        }
    }

    /** The pointer of a header member, by member index. */
    private String here(int member) {
        return errors.at(HEADER_PATHS[member]);
    }

    private static String[] paths(String parent, SerializableString[] names) {
        return Arrays.stream(names).map(name -> "/" + parent + "/" + name.getValue()).toArray(String[]::new);
    }

    private void readOrganName() {
        errors.once(organName != null, here(H_ORGAN_NAME));
        organName = cursor.nextString(here(H_ORGAN_NAME), JsonProblem.of("expect.organNameString"));
        if (organName.isBlank()) {
            throw errors.error(Kind.INVALID_VALUE, here(H_ORGAN_NAME),
                    JsonErrors.expected(JsonProblem.of("expect.organName"), JsonProblem.of("found.blank")));
        }
        checkText(here(H_ORGAN_NAME), organName, HeaderParser::organNameRule);
    }

    private void readReportYear() {
        errors.once(reportYear != null, here(H_REPORT_YEAR));
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw errors.wrongType(here(H_REPORT_YEAR), JsonProblem.of("expect.reportYearInteger",
                    ReportHeader.FIRST_REPORT_YEAR, ReportHeader.LAST_REPORT_YEAR));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < ReportHeader.FIRST_REPORT_YEAR
                || p.getIntValue() > ReportHeader.LAST_REPORT_YEAR) {
            throw errors.error(Kind.INVALID_VALUE, here(H_REPORT_YEAR), JsonErrors.expected(JsonProblem.of(
                    "expect.reportYearRange", ReportHeader.FIRST_REPORT_YEAR, ReportHeader.LAST_REPORT_YEAR),
                    p.getString()));
        }
        reportYear = p.getIntValue();
    }

    private void readSource() {
        seenSource = errors.once(seenSource, here(H_SOURCE));
        source = cursor.nextString(here(H_SOURCE), JsonProblem.of("expect.source"));
        if (source.isBlank()) {
            throw errors.error(Kind.INVALID_VALUE, here(H_SOURCE), JsonProblem.of("problem.blankSource"));
        }
        checkText(here(H_SOURCE), source, HeaderParser::sourceRule);
    }

    /** Reads the publication date, {@code YYYY-MM-DD}. */
    private LocalDate date(String text) {
        if (!TokenCursor.isDateShape(text)) {
            throw errors.error(Kind.INVALID_VALUE, here(H_PUBLICATION_DATE),
                    JsonErrors.expected(JsonProblem.of("expect.date"), JsonText.quote(text)));
        }
        try {
            // Four, two and two ASCII digits (LocalDate.parse is slower).
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            throw errors.error(Kind.INVALID_VALUE, here(H_PUBLICATION_DATE),
                    JsonProblem.of("problem.noCalendarDate", JsonText.quote(text)));
        }
    }

    private static int headerMember(String name) {
        return switch (name) {
            case "organName" -> H_ORGAN_NAME;
            case "reportYear" -> H_REPORT_YEAR;
            case "publicationDate" -> H_PUBLICATION_DATE;
            case "source" -> H_SOURCE;
            default -> -1;
        };
    }

    // ----------------------------------------------------------------------------------------- narrative

    void readNarrative() {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw errors.wrongType(errors.ptr("narrative"), JsonProblem.of("expect.narrative"));
        }
        String[] sections = new String[NARRATIVE_NAMES.length];
        int next = 0;
        while (true) {
            int member = cursor.nextMember(NARRATIVE_NAMES, next);
            if (member == TokenCursor.END) {
                break;
            }
            if (member == TokenCursor.OTHER) {
                member = narrativeMember(p.currentName());
            }
            next = member + 1;
            String here = errors.at(NARRATIVE_PATHS[member]);
            errors.once(sections[member] != null, here);
            sections[member] = cursor.nextString(here, JsonProblem.of("expect.section"));
            int section = member;
            checkText(here, sections[member], text -> narrativeRule(section, text));
        }
        narrative = Narrative.of(sections[0], sections[1], sections[2]);
    }

    /** Returns the index of a narrative member, or throws for an unknown name. */
    private int narrativeMember(String name) {
        return switch (name) {
            case "overview" -> 0;
            case "problemsAndImprovements" -> 1;
            case "otherMatters" -> 2;
            default -> throw errors.error(Kind.UNKNOWN_MEMBER, errors.ptrIn("narrative", name),
                    JsonProblem.of("problem.unknown", JsonText.quote(name), JsonProblem.of("has.narrative")));
        };
    }

    // ------------------------------------------------------------------------------------------- texts

    /**
     * Applies the core's rule for a text the report keeps, while the parser stands on it, so that the error
     * names its member: {@code rule} builds a throwaway value of the core type that will hold the text, which
     * checks it as the report will. The two rules are thus one, and cannot drift apart.
     */
    private void checkText(String here, String text, Consumer<String> rule) {
        try {
            rule.accept(text);
        } catch (IllegalArgumentException e) {
            throw errors.error(Kind.INVALID_VALUE, here, CoreRules.refused(e));
        }
    }

    // The rules: a value of the core type that will hold the text, with any valid value for the rest.

    private static void organNameRule(String text) {
        ReportHeader.of(text, ReportHeader.FIRST_REPORT_YEAR, Edition.V2021);
    }

    private static void sourceRule(String text) {
        ReportHeader.of("-", ReportHeader.FIRST_REPORT_YEAR, Edition.V2021).withSource(text);
    }

    /** The rule for a narrative section, by member index: a narrative with the text in its place. */
    private static void narrativeRule(int section, String text) {
        Narrative.of(section == 0 ? text : null, section == 1 ? text : null, section == 2 ? text : null);
    }
}
