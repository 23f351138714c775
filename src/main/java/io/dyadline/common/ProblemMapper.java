package io.dyadline.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/** Turns every failure into RFC 9457 problem+json; never a stack trace in a body. */
public class ProblemMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        RestResponse<Problem> r = respond(e.status(), e.title(), e.getMessage(), uri, e.violations());
        if (e.location() != null) {
            r.getHeaders().putSingle("Location", e.location());
        }
        return r;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(400, "Bad request", "The request has invalid parameters", uri, violations);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> json(JsonProcessingException e, UriInfo uri) {
        return respond(400, "Bad request", "Malformed JSON: " + e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500 && Transactions.isUnavailable(e)) {
            return unavailable(e, uri);
        }
        if (status >= 500) {
            Log.error("Request failed", e);
            return respond(status, "Internal error", "The request could not be processed", uri, List.of());
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        return respond(status, info.getReasonPhrase(), detail(status, e), uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Exception e, UriInfo uri) {
        if (Transactions.isUnavailable(e)) {
            return unavailable(e, uri);
        }
        Log.error("Unexpected failure", e);
        return respond(500, "Internal error", "The request could not be processed", uri, List.of());
    }

    /** Seconds a client is asked to wait when the database is out of reach. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** 503 while the database is out of reach: the same request may succeed later (a repeated post stores nothing twice). */
    private static RestResponse<Problem> unavailable(Exception e, UriInfo uri) {
        Log.warnf("The database is out of reach: %s", e.getMessage());
        Problem body = new Problem("about:blank", "Service unavailable", 503,
                "The database is out of reach, so the request may not have been carried out. Try it again shortly.",
                uri == null ? null : uri.getPath(), List.of());
        return RestResponse.ResponseBuilder.<Problem>create(503).entity(body).type(Problem.MEDIA_TYPE)
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
    }

    private static String detail(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed here";
            case 406 -> "No acceptable representation";
            case 413 -> "The body is too large";
            case 415 -> "Unsupported media type: send text/plain, text/markdown, text/html or application/json";
            default -> e.getMessage() == null ? "Bad request" : e.getMessage();
        };
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    public static RestResponse<Problem> respond(int status, String title, String detail, UriInfo uri,
                                                List<Problem.Violation> violations) {
        String instance = uri == null ? null : uri.getPath();
        Problem body = new Problem("about:blank", title, status, detail, instance, violations);
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(body).type(Problem.MEDIA_TYPE).build();
    }
}
