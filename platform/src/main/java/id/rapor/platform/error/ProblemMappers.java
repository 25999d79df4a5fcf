package id.rapor.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import id.rapor.identity.TokenRejected;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into one RFC 9457 problem+json response; no stack trace or class name ever leaves. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.toProblem().toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return ProblemException.invalid(errors).toProblem().toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e) {
        return Problem.of(400, "validation", "Invalid request", e.getMessage(), null)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        String detail = field == null
                ? "The request body is not valid JSON or does not match the expected shape"
                : "The value of '" + field + "' has the wrong type or format";
        return Problem.of(
                        400,
                        "malformed-body",
                        "Malformed request body",
                        detail,
                        field == null ? null : List.of(new Problem.FieldError(field, "wrong type or format")))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response invalidFormat(com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(Problem.of(
                                401,
                                "unauthorized",
                                "Authentication required",
                                "A valid bearer token is required",
                                null)
                        .toResponse())
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        // The identity module names the cause (expired, wrong issuer or audience, unknown key, ...).
        TokenRejected rejected = TokenRejected.in(e).orElse(null);
        if (rejected != null && rejected.status() == 403) {
            return Problem.of(403, "forbidden", "Forbidden", rejected.detail(), null)
                    .toResponse();
        }
        String detail = rejected != null ? rejected.detail() : "The bearer token is missing, invalid or expired";
        return Response.fromResponse(Problem.of(401, "unauthorized", "Authentication required", detail, null)
                        .toResponse())
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this operation", null)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (a bad UUID or enum value):
            // the path exists, the value is wrong.
            return Problem.of(
                            400,
                            "invalid-parameter",
                            "Invalid parameter",
                            "A path or query parameter has a value of the wrong type or format",
                            null)
                    .toResponse();
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Request failed";
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "The requested representation is not available";
            case 413 -> "The request body is too large";
            case 415 -> "This content type is not supported here";
            default -> title;
        };
        return Problem.of(status, "http-" + status, title, detail, null).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (isDatabaseUnavailable(e)) {
            Log.warnf("database unavailable: %s", e.getMessage());
            return Response.fromResponse(Problem.of(
                                    503,
                                    "unavailable",
                                    "Service unavailable",
                                    "The service cannot reach its database; nothing was saved. Retry later.",
                                    null)
                            .toResponse())
                    .header("Retry-After", "5")
                    .build();
        }
        String state = sqlState(e);
        if ("23505".equals(state)) {
            return ProblemException.conflict("A record with the same key already exists")
                    .toProblem()
                    .toResponse();
        }
        if (state != null && state.startsWith("22")) {
            // PostgreSQL data exceptions (NUL bytes in text, values out of range): the input is at fault
            return Problem.of(
                            400,
                            "invalid-data",
                            "Invalid data",
                            "A value in the request cannot be stored (invalid characters or out of range)",
                            null)
                    .toResponse();
        }
        Log.errorf(e, "unexpected failure in request %s", RequestIds.current());
        return Problem.of(
                        500,
                        "internal",
                        "Internal error",
                        "An unexpected error occurred; quote the request id when reporting it",
                        null)
                .toResponse();
    }

    private static String fieldPath(ConstraintViolation<?> v) {
        // Drop the method and parameter name prefix ("create.request.") so the path names the body field.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts.length == 2 ? parts[1] : path;
    }

    private static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Unable to acquire JDBC Connection")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
