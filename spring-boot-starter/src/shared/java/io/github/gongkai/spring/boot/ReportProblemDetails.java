package io.github.gongkai.spring.boot;

import io.github.gongkai.core.Report;
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
 * <p>Immutable and thread-safe.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public final class ReportProblemDetails {

    /** The {@code type} of the problem: where the rules are described. */
    public static final URI TYPE = URI.create("https://github.com/gongkai/gongkai/blob/main/validation/README.md#rules");

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
