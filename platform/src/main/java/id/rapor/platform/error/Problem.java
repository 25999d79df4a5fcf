package id.rapor.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the one error body of every Rapor endpoint. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "https://rapor.id/problems/validation")
        String type,

        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,

        @Schema(example = "answers.U3: must be between 1 and 4")
        String detail,

        @Schema(description = "The request this answers (X-Request-Id)")
        String instance,

        @Schema(description = "Fields at fault, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://rapor.id/problems/";

    /** One field at fault: its path in the request and what is wrong with it. */
    public record FieldError(
            @Schema(example = "answers.U3") String field,
            @Schema(example = "must be between 1 and 4") String message) {}

    public static Problem of(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new Problem(
                TYPE_BASE + slug,
                title,
                status,
                detail,
                RequestIds.current(),
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** The response carrying this problem, with the problem media type. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
