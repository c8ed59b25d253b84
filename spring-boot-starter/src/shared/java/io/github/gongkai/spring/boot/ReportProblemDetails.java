package io.github.gongkai.spring.boot;

import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJsonException;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.jakarta.ReportConstraints;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Spring MVC advice for a {@code @Valid} {@link Report} request body that breaks rules: a 400
 * {@link ProblemDetail} whose {@code errors} name each failed rule and its cell, in the request's language
 * (Chinese for {@code Accept-Language: zh}, English otherwise):
 *
 * <pre>{@code
 * {"type":"https://github.com/gongkai/gongkai/blob/main/validation/README.md#rules","title":"Invalid report",
 *  "status":400,"detail":"The report breaks 1 rule of the format (1 finding).","instance":"/reports",
 *  "errors":[{"rule":"T3.ROW_TOTAL.1","cell":"T3/newlyReceived/total","pointer":"/T3/newlyReceived/total",
 *             "severity":"ERROR","message":"Table 3, row newlyReceived (…): the total is 9 but …"}]}
 * }</pre>
 *
 * <p>It handles {@link MethodArgumentNotValidException} only where the target is a {@code Report}, with the
 * lowest precedence: an application's own handler of that exception (a {@code ResponseEntityExceptionHandler},
 * {@code spring.mvc.problemdetails.enabled}) wins, and can call {@link #problem(MethodArgumentNotValidException,
 * Locale)}. For any other target it declines, and Spring's default handling applies.
 *
 * <p>A body that is not a report's JSON at all (a negative count, an unknown member, malformed JSON) fails before
 * validation, as Spring's {@link HttpMessageNotReadableException}: where its cause is the report reader's error,
 * the advice answers a 400 problem naming the JSON Pointer of the value (title {@code Invalid report JSON},
 * {@code errors} with one entry: {@code pointer}, {@code cell} where the pointer names one, {@code kind} and
 * {@code message}); for any other unreadable body it declines. {@link #unreadable(HttpMessageNotReadableException,
 * Locale)} builds that problem for an application's own handler.
 *
 * <p>Immutable and thread-safe.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public final class ReportProblemDetails {

    /** The {@code type} of the problem: where the rules are described. */
    public static final URI TYPE = URI.create("https://github.com/gongkai/gongkai/blob/main/validation/README.md#rules");

    /** The {@code type} of the problem of a body that is not a report's JSON: where strict reading is described. */
    public static final URI JSON_TYPE =
            URI.create("https://github.com/gongkai/gongkai/blob/main/serialization/README.md#strict-reading");

    /** Causes followed at most in a chain: chains are short, and a cycle must not hang the request. */
    private static final int MAX_CAUSES = 16;

    /** Creates the advice; the auto-configuration declares it as a bean. */
    public ReportProblemDetails() {
    }

    /**
     * Answers a {@code Report} that breaks rules with a 400 problem; declines (rethrows) for any other target.
     *
     * @param e the exception
     * @param locale the request's locale
     * @return the problem, never null
     * @throws MethodArgumentNotValidException if the target is not a {@code Report}
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ProblemDetail handle(MethodArgumentNotValidException e, Locale locale)
            throws MethodArgumentNotValidException {
        if (!(e.getTarget() instanceof Report)) {
            throw e;
        }
        return problem(e, locale);
    }

    /**
     * Builds the problem for a report that broke rules: status 400, {@code errors} with, for each violation,
     * {@code rule} (the rule id such as {@code T3.ROW_TOTAL.1}), {@code cell}, {@code pointer} (the cell's JSON
     * Pointer in the report's JSON), {@code severity} and {@code message} in the locale; a violation without a
     * finding (another constraint, or a validator other than Hibernate Validator) gives its field and message.
     *
     * @param e the exception
     * @param locale the language of the messages
     * @return a new problem, never null
     */
    public static ProblemDetail problem(MethodArgumentNotValidException e, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean zh = locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            errors.add(entry(error, locale));
        }
        // A rule that fails on several rows or columns is one rule broken, in several places.
        long rules = errors.stream().map(entry -> entry.containsKey("rule") ? entry.get("rule") : entry).distinct()
                .count();
        int places = errors.size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, zh
                ? "年度报告违反了 " + rules + " 条规则（" + places + " 处）。"
                : "The report breaks " + rules + (rules == 1 ? " rule" : " rules") + " of the format (" + places
                        + (places == 1 ? " finding)." : " findings)."));
        problem.setType(TYPE);
        problem.setTitle(zh ? "年度报告未通过校验" : "Invalid report");
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Answers a body whose report JSON could not be read with a 400 problem naming the value's JSON Pointer;
     * declines (rethrows) for a body that failed for another reason.
     *
     * @param e the exception
     * @param locale the request's locale
     * @return the problem, never null
     * @throws HttpMessageNotReadableException if the body did not fail as a report's JSON
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail handle(HttpMessageNotReadableException e, Locale locale)
            throws HttpMessageNotReadableException {
        return unreadable(e, locale).orElseThrow(() -> e);
    }

    /**
     * Builds the problem for a body whose report JSON could not be read: status 400, type {@link #JSON_TYPE},
     * {@code errors} with one entry: {@code pointer} (the JSON Pointer of the value from the body's root, as
     * {@code ReportJsonException.pointer()} gives it), {@code cell} where the pointer names a cell of a report
     * that is the whole body, {@code kind} ({@code ReportJsonException.Kind}) and {@code message} (the reader's
     * explanation, in English); the detail is {@code ReportJsonException.message(locale)} after a lead, so in
     * Chinese it names the place and the kind in Chinese, and what was wrong where the error is the reader's own
     * (with Boot 3, through the Jackson 2 module, from {@code InvalidReportJsonException.problem(locale)}).
     * Control characters and unpaired surrogates a hostile member name put in the pointer or the message are
     * written as {@code \}{@code uXXXX}.
     *
     * @param e the exception
     * @param locale the language of the title and the detail
     * @return the problem, or empty if the body did not fail as a report's JSON (no cause is the reader's error)
     */
    public static Optional<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ReportJsonException error = null;
        Throwable cause = e;
        for (int depth = 0; error == null && cause != null && depth < MAX_CAUSES; depth++) {
            error = ReportBodyErrors.of(cause);
            cause = cause.getCause();
        }
        if (error == null) {
            return Optional.empty();
        }
        boolean zh = locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        // The pointer quotes member names of the body, which a hostile client chooses; a lone surrogate cannot
        // even be written as UTF-8.
        String pointer = ReportJsonException.printable(error.pointer());
        String message = ReportJsonException.printable(error.problem());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                (zh ? "请求体不是有效的年度报告 JSON：" : "The body is not a valid report's JSON: ")
                        + ReportBodyErrors.message(error, locale));
        problem.setType(JSON_TYPE);
        problem.setTitle(zh ? "年度报告 JSON 无效" : "Invalid report JSON");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("pointer", pointer);
        error.cell().ifPresent(cell -> entry.put("cell", cell.toString()));
        entry.put("kind", error.kind().name());
        entry.put("message", message);
        problem.setProperty("errors", List.of(entry));
        return Optional.of(problem);
    }

    private static Map<String, Object> entry(ObjectError error, Locale locale) {
        Map<String, Object> entry = new LinkedHashMap<>();
        Finding finding = null;
        if (error.contains(ConstraintViolation.class)) {
            finding = ReportConstraints.finding(error.unwrap(ConstraintViolation.class)).orElse(null);
        }
        if (finding != null) {
            entry.put("rule", finding.rule().toString());
            Optional<CellInvolvement> anchor = finding.anchor();
            if (anchor.isPresent()) {
                entry.put("cell", anchor.get().cell().toString());
                entry.put("pointer", "/" + anchor.get().cell());
            } else { // a section of the narrative
                entry.put("field", "narrative." + finding.subject());
            }
            entry.put("severity", finding.severity().name());
            entry.put("message", finding.message(locale));
        } else {
            entry.put("field", error instanceof FieldError f ? f.getField() : error.getObjectName());
            entry.put("message", error.getDefaultMessage());
        }
        return entry;
    }
}
