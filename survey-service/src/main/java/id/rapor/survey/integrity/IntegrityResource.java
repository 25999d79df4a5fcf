package id.rapor.survey.integrity;

import id.rapor.platform.error.Problem;
import id.rapor.platform.security.Roles;
import id.rapor.platform.web.PageView;
import id.rapor.survey.integrity.IntegrityDtos.Challenge;
import id.rapor.survey.integrity.IntegrityDtos.FlaggedResponse;
import id.rapor.survey.integrity.IntegrityDtos.ReviewDecision;
import id.rapor.survey.integrity.IntegrityDtos.ReviewResult;
import id.rapor.survey.integrity.IntegrityDtos.VoidDecision;
import id.rapor.survey.integrity.IntegrityDtos.VoidRequestView;
import id.rapor.survey.response.ResponseDtos.VoidResult;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Survey integrity: proof-of-work challenges, the review queue of flagged responses, void requests. */
@Path("/api/v1/survey")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integrity", description = "Proof-of-work, review of flagged responses, approval of voids")
@APIResponse(responseCode = "404", description = "No such campaign, response or request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IntegrityResource {

    @Inject
    ReviewService service;

    @GET
    @Path("campaigns/{campaignId}/challenge")
    @PermitAll
    @Operation(summary = "A proof-of-work challenge for one submission",
            description = "ALTCHA scheme: find number in 0..maxnumber with hex(sha256(salt + number)) = challenge, "
                    + "then send base64 of {algorithm, challenge, number, salt, signature} as the X-Proof-Of-Work "
                    + "header of the submission. Each solution is accepted once, before the salt's expiry. Callers "
                    + "who do not manage the unit send the campaign's public form token as X-Form-Token.")
    @APIResponse(responseCode = "200", description = "The challenge",
            content = @Content(schema = @Schema(implementation = Challenge.class)))
    @APIResponse(responseCode = "403", description = "Missing, revoked or wrong form token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Campaign closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Challenge challenge(@PathParam("campaignId") UUID campaignId,
            @HeaderParam(SubmissionGuard.FORM_TOKEN) String formToken) {
        return service.challenge(campaignId, formToken);
    }

    @GET
    @Path("campaigns/{campaignId}/review-queue")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Flagged responses waiting for review",
            description = "Held out of the tally, the IKM and the ranking until accepted. Answers and flags only.")
    @APIResponse(responseCode = "200", description = "One page of the queue")
    @APIResponse(responseCode = "400", description = "Page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an evaluator of the unit's region or an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<FlaggedResponse> queue(@PathParam("campaignId") UUID campaignId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageView.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.queue(campaignId, page, size);
    }

    @POST
    @Path("campaigns/{campaignId}/responses/{responseId}/review")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept or exclude a flagged response",
            description = "ACCEPT puts it into the tally (and the IKM); EXCLUDE keeps it out for good. Audited with "
                    + "the reason. Publishes SurveyTallyChanged.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = ReviewResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid decision or missing reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an evaluator of the unit's region or an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not waiting for review, or the id exists in several namespaces",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewResult review(@PathParam("campaignId") UUID campaignId, @PathParam("responseId") String responseId,
            @QueryParam("namespace") String namespace, @Valid @NotNull ReviewDecision decision) {
        return service.decide(campaignId, responseId, namespace, decision.decision(), decision.reason());
    }

    @GET
    @Path("campaigns/{campaignId}/void-requests")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "A campaign's void requests")
    @APIResponse(responseCode = "200", description = "The requests, newest first")
    @APIResponse(responseCode = "400", description = "Unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's region or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<VoidRequestView> voidRequests(@PathParam("campaignId") UUID campaignId,
            @QueryParam("state") @Pattern(regexp = "^(PENDING|APPROVED|REJECTED)$",
                    message = "must be PENDING, APPROVED or REJECTED") String state) {
        return service.voidRequests(campaignId, state);
    }

    @POST
    @Path("void-requests/{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve an operator's void request", description = "Voids the response (out of the "
            + "tally, kept with the reason). Decided by an evaluator of the region or an admin, not the requester.")
    @APIResponse(responseCode = "200", description = "Approved and voided",
            content = @Content(schema = @Schema(implementation = VoidResult.class)))
    @APIResponse(responseCode = "400", description = "Missing reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an evaluator of the region or an admin, or the requester",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VoidResult approve(@PathParam("id") UUID id, @Valid @NotNull VoidDecision decision) {
        return service.approveVoid(id, decision.reason());
    }

    @POST
    @Path("void-requests/{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject an operator's void request", description = "The response stays counted as before.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = VoidRequestView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an evaluator of the region or an admin, or the requester",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VoidRequestView reject(@PathParam("id") UUID id, @Valid @NotNull VoidDecision decision) {
        return service.rejectVoid(id, decision.reason());
    }
}
