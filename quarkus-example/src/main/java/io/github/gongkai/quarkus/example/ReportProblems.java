package io.github.gongkai.quarkus.example;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.jackson2.InvalidReportJsonException;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.jakarta.ReportConstraints;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The 400 answers a user wants for a report that cannot be taken, as {@code application/problem+json} (RFC 9457) with
 * an {@code errors} array, the same shape as the gongkai Spring Boot starters' {@code ReportProblemDetails}; titles,
 * details and rule messages in Chinese for {@code Accept-Language: zh…}, in English otherwise.
 *
 * <ul>
 *   <li>A body that is not a report's JSON (a negative count, an unknown member, malformed JSON):
 *       {@link #unreadable(InvalidReportJsonException, HttpHeaders, UriInfo)}, an application-wide exception mapper.
 *       Quarkus REST rethrows Jackson's {@code MismatchedInputException}s from its reader unwrapped, so the
 *       exception arrives as {@code GongkaiJackson2Module} raised it. One entry: {@code pointer} (the JSON Pointer of
 *       the value from the body's root), {@code cell} where the pointer names one, {@code kind}, {@code message}.
 *   <li>A report that breaks rules: {@link #invalid(ConstraintViolationException, HttpHeaders, UriInfo)}, for a
 *       resource's own exception mapper (see {@link ReportResource}). One entry per violation: {@code rule},
 *       {@code cell}, {@code pointer} (the cell's pointer in the report's JSON), {@code severity} and
 *       {@code message} for a gongkai finding; {@code field} and {@code message} for any other constraint.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportProblems {

    /** The {@code type} of a report that breaks rules: where the rules are described. */
    public static final URI TYPE = URI.create("https://github.com/gongkai/gongkai/blob/main/validation/README.md#rules");

    /** The {@code type} of a body that is not a report's JSON: where strict reading is described. */
    public static final URI JSON_TYPE =
            URI.create("https://github.com/gongkai/gongkai/blob/main/serialization/README.md#strict-reading");

    /** The media type of every answer. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** Creates the mappers; Quarkus instantiates them as a bean. */
    public ReportProblems() {
    }

    /**
     * Answers a body whose report JSON could not be read with a 400 problem naming the value's JSON Pointer.
     *
     * @param e the reader's error
     * @param headers the request's headers, for its language
     * @param uri the request's URI, for {@code instance}
     * @return the problem, never null
     */
    @ServerExceptionMapper
    public Response unreadable(InvalidReportJsonException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        boolean zh = chinese(headers);
        // The pointer quotes member names of the body, which a client chooses; a lone surrogate cannot even be
        // written as UTF-8.
        String pointer = ReportJsonException.printable(e.pointer());
        String where = pointer.isEmpty() ? (zh ? "（整个文档）" : "(document)") : pointer;
        String message = ReportJsonException.printable(e.problem());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("pointer", pointer);
        e.cell().ifPresent(cell -> entry.put("cell", cell.toString()));
        entry.put("kind", e.kind().name());
        entry.put("message", message);
        return problem(JSON_TYPE, zh ? "年度报告 JSON 无效" : "Invalid report JSON",
                zh ? "请求体不是有效的年度报告 JSON：" + where + "：" + e.kind().describe(locale) + "（"
                        + ReportJsonException.printable(e.problem(locale)) + "）"
                        : "The body is not a valid report's JSON: " + where + ": " + message,
                uri, List.of(entry));
    }

    /**
     * Builds the 400 problem for a request whose {@code @Valid} report broke rules (or whose other parameters broke
     * their constraints), each message in the request's language.
     *
     * @param e the violations, as Quarkus's endpoint validation raises them
     * @param headers the request's headers, for its language
     * @param uri the request's URI, for {@code instance}
     * @return the problem, never null
     */
    public static Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        boolean zh = chinese(headers);
        List<Map<String, Object>> errors = new ArrayList<>();
        List<Object> rules = new ArrayList<>();
        boolean onlyFindings = true;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            Optional<Finding> found = ReportConstraints.finding(violation);
            if (found.isPresent()) {
                Finding finding = found.get();
                entry.put("rule", finding.rule().toString());
                Optional<CellRef> cell = finding.anchor().map(CellInvolvement::cell);
                if (cell.isPresent()) {
                    entry.put("cell", cell.get().toString());
                    entry.put("pointer", "/" + cell.get());
                } else { // a section of the narrative
                    entry.put("field", "narrative." + finding.subject());
                }
                entry.put("severity", finding.severity().name());
                entry.put("message", finding.message(locale));
                if (!rules.contains(finding.rule())) {
                    rules.add(finding.rule());
                }
            } else {
                onlyFindings = false;
                entry.put("field", violation.getPropertyPath().toString());
                entry.put("message", violation.getMessage());
            }
            errors.add(entry);
        }
        int places = errors.size();
        String detail;
        if (onlyFindings) {
            // A rule that fails on several rows or columns is one rule broken, in several places.
            detail = zh ? "年度报告违反了 " + rules.size() + " 条规则（" + places + " 处）。"
                    : "The report breaks " + rules.size() + (rules.size() == 1 ? " rule" : " rules")
                            + " of the format (" + places + (places == 1 ? " finding)." : " findings).");
        } else {
            detail = zh ? "请求未通过校验（" + places + " 处）。"
                    : "The request breaks " + places + (places == 1 ? " constraint." : " constraints.");
        }
        return problem(TYPE, zh ? "年度报告未通过校验" : "Invalid report", detail, uri, errors);
    }

    private static Response problem(URI type, String title, String detail, UriInfo uri,
            List<Map<String, Object>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", 400);
        body.put("detail", detail);
        body.put("instance", uri.getRequestUri().getRawPath());
        body.put("errors", errors);
        return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON).entity(body).build();
    }

    /** The request's preferred language, English when it names none. */
    private static Locale locale(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (!locale.getLanguage().isEmpty() && !locale.getLanguage().equals("*")) {
                return locale;
            }
        }
        return Locale.ENGLISH;
    }

    private static boolean chinese(HttpHeaders headers) {
        return locale(headers).getLanguage().equals(Locale.CHINESE.getLanguage());
    }
}
