package io.dyadline.common;

import java.util.List;

/**
 * A failure that the client caused and can fix; the problem mapper turns it into problem+json with its status.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** 400: the request is malformed. */
    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "Bad request", message, field == null ? List.of() : List.of(new Problem.Violation(field, message)));
    }

    /** 422: well-formed, but unusable (a date that does not exist, an ambiguous date). */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "Unprocessable content", message, List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what, List.of());
    }

    public static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "Content too large",
                "The body is larger than the limit of " + limit + " bytes", List.of());
    }

    /** Where the client should look instead (a Location header), or null. */
    public String location() {
        return null;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
