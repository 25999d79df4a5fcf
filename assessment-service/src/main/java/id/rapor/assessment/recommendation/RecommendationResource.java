package id.rapor.assessment.recommendation;

import id.rapor.assessment.recommendation.RecommendationDtos.RecommendationRequest;
import id.rapor.assessment.recommendation.RecommendationDtos.RecommendationView;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluators' recommendations on an assessment's indicators. */
@Path("/api/v1/assessment/assessments/{assessmentId}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Recommendations on assessments, their follow-up and monitoring")
public class RecommendationResource {

    @Inject
    RecommendationService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "writeRecommendation",
            summary = "Write a recommendation on one indicator of an assessment",
            description = "For evaluators of the unit's region and admins; starts as belum. Audited in the "
                    + "assessment's trail.")
    @APIResponse(
            responseCode = "201",
            description = "Written",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not an indicator of the cycle's instrument, or text missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The unit lies outside the evaluator's region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response write(@PathParam("assessmentId") UUID assessmentId, @Valid @NotNull RecommendationRequest request) {
        RecommendationView created = service.write(assessmentId, request);
        return Response.status(Response.Status.CREATED)
                .header("Location", Locations.of("/api/v1/assessment/recommendations/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR, Roles.VIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listRecommendations", summary = "The recommendations of an assessment")
    @APIResponse(
            responseCode = "200",
            description = "Oldest first",
            content = @Content(schema = @Schema(implementation = RecommendationView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The assessment lies outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RecommendationView> list(@PathParam("assessmentId") UUID assessmentId) {
        return service.list(assessmentId);
    }
}
