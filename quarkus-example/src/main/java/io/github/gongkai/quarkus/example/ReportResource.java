package io.github.gongkai.quarkus.example;

import io.github.gongkai.core.Report;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code POST /reports}: takes a report as JSON, validates it with gongkai's rules through Bean Validation
 * ({@code @Valid}, with the mapping {@link GongkaiValidatorFactoryCustomizer} adds) and echoes it as the canonical
 * JSON. A report that breaks rules is a 400 problem naming rule and cell ({@link ReportProblems}); a body that is not
 * a report's JSON is a 400 problem naming the JSON Pointer.
 */
@Path("/reports")
public final class ReportResource {

    /** Creates the resource; Quarkus instantiates it. */
    public ReportResource() {
    }

    /**
     * Returns the report after Bean Validation checked it.
     *
     * @param report the body; an empty body is a violation of {@code @NotNull}
     * @return the same report
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Report check(@NotNull @Valid Report report) {
        return report;
    }

    /**
     * Answers the violations of this resource's parameters with {@link ReportProblems#invalid}. Declared here, not
     * application-wide: a method with {@code @ServerExceptionMapper} in a resource class handles only that class's
     * exceptions, so the rest of the application keeps Quarkus's own answer to violations (a global mapper of
     * {@code ConstraintViolationException} would replace it everywhere, and cannot hand an exception back).
     *
     * @param e the violations
     * @param headers the request's headers
     * @param uri the request's URI
     * @return the 400 problem
     */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return ReportProblems.invalid(e, headers, uri);
    }
}
