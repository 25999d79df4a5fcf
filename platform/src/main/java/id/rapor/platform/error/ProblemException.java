package id.rapor.platform.error;

import java.util.List;

/**
 * A failure the client can act on, turned into a problem+json response: use the factory methods for the
 * usual statuses (404 not found, 409 conflict, 422 business rule, 403 forbidden, 400 bad request).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException businessRule(String detail) {
        return new ProblemException(422, "business-rule", "Business rule violated", detail, null);
    }

    public static ProblemException businessRule(String field, String detail) {
        return new ProblemException(
                422, "business-rule", "Business rule violated", detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(
                400,
                "validation",
                "Invalid request",
                detail,
                field == null ? null : List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return new ProblemException(400, "validation", "Invalid request", detail, errors);
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        return Problem.of(status, slug, title, getMessage(), errors);
    }
}
