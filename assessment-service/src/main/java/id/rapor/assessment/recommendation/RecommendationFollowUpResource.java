package id.rapor.assessment.recommendation;

import id.rapor.assessment.recommendation.RecommendationDtos.FollowUpRequest;
import id.rapor.assessment.recommendation.RecommendationDtos.RecommendationView;
import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The unit's follow-up of a recommendation. */
@Path("/api/v1/assessment/recommendations/{id}/follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Recommendations on assessments, their follow-up and monitoring")
public class RecommendationFollowUpResource {

    @Inject
    RecommendationService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "answerRecommendation",
            summary = "Answer a recommendation with its follow-up and evidence",
            description = "Status belum → proses → selesai, one step at a time (or unchanged while adding text or "
                    + "evidence); skipping or going back is a 409 naming the field status, selesai without evidence "
                    + "a 422 naming evidenceUrl. Audited in the assessment's trail.")
    @APIResponse(
            responseCode = "200",
            description = "Answered",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown status or evidence not a URL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not the unit's operator, nor an evaluator of its region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such recommendation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not the next step, or changed since expectedVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "selesai without evidence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationView answer(@PathParam("id") UUID id, @Valid @NotNull FollowUpRequest request) {
        return service.answer(id, request);
    }
}
