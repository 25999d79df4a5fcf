package id.rapor.survey.integrity;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.survey.integrity.IntegrityDtos.VoidDecision;
import id.rapor.survey.integrity.IntegrityDtos.VoidRequestView;
import id.rapor.survey.response.ResponseDtos.VoidResult;
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

/**
 * Decisions on operators' void requests; challenges, the review queue and reviews live with campaigns and responses.
 */
@Path("/api/v1/survey/void-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integrity", description = "Proof-of-work, review of flagged responses, approval of voids")
@APIResponse(
        responseCode = "404",
        description = "No such campaign, response or request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IntegrityResource {

    @Inject
    ReviewService service;

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "approveVoidRequest",
            summary = "Approve an operator's void request",
            description =
                    "Voids the response (out of the "
                            + "tally, kept with the reason). Decided by an evaluator of the region or an admin, not the requester.")
    @APIResponse(
            responseCode = "200",
            description = "Approved and voided",
            content = @Content(schema = @Schema(implementation = VoidResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an evaluator of the region or an admin, or the requester",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VoidResult approve(@PathParam("id") UUID id, @Valid @NotNull VoidDecision decision) {
        return service.approveVoid(id, decision.reason());
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rejectVoidRequest",
            summary = "Reject an operator's void request",
            description = "The response stays counted as before.")
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content = @Content(schema = @Schema(implementation = VoidRequestView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an evaluator of the region or an admin, or the requester",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VoidRequestView reject(@PathParam("id") UUID id, @Valid @NotNull VoidDecision decision) {
        return service.rejectVoid(id, decision.reason());
    }
}
