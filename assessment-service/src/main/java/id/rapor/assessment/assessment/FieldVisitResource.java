package id.rapor.assessment.assessment;

import id.rapor.assessment.assessment.AssessmentDtos.FieldVisitRequest;
import id.rapor.assessment.assessment.AssessmentDtos.FieldVisitView;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.Locations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verifikasi lapangan: field visits to a lokus, each a record that adjusts the visiting tier's scores. */
@Path("/api/v1/assessment/assessments/{id}/field-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Self-assessment, evaluation and verification of units")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "No or invalid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "Outside the caller's role, region or tier",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such assessment",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FieldVisitResource {

    @Inject
    AssessmentService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(
            operationId = "recordFieldVisit",
            summary = "Record a field visit (verifikasi lapangan) to the lokus",
            description = "Only in phase VERIFIKASI_LAPANGAN, by an evaluator who may act on the tier in the "
                    + "assessment's region (PROVINSI: a provincial evaluator; NASIONAL: administrators). The visit "
                    + "date lies in the cycle year and not in the future; photos are https links; each adjusted "
                    + "score needs a reason. Adjusted scores replace the tier's scores (the reason becomes the "
                    + "score's note) and need a submitted assessment; the result is recomputed when it is verified. "
                    + "A visit is never changed: a correction is a new visit.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = FieldVisitView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (a photo link that is not https, an adjusted score without a reason)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Wrong phase, status or tier, visit date outside the cycle year or in the future, an "
                    + "adjusted score outside the indicator's rubric",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull FieldVisitRequest request) {
        FieldVisitView visit = service.recordFieldVisit(id, request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/assessment/assessments/" + id + "/field-visits"))
                .entity(visit)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.EVALUATOR, Roles.OPERATOR})
    @Operation(operationId = "listFieldVisits", summary = "The field visits of an assessment, oldest first")
    @APIResponse(responseCode = "200", description = "The visits")
    public List<FieldVisitView> list(@PathParam("id") UUID id) {
        return service.fieldVisits(id);
    }
}
